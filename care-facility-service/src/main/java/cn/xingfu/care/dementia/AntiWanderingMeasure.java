package cn.xingfu.care.dementia;

/** Controls against wandering off (GB 38600 防走失). */
public enum AntiWanderingMeasure {
    ACCESS_CONTROLLED_DOORS,
    POSITIONING_WRISTBANDS,
    PHOTO_ID_RECORDS,
    SHIFT_HEADCOUNT,
    CIRCULAR_CORRIDOR,
    DOOR_ALARMS
}
