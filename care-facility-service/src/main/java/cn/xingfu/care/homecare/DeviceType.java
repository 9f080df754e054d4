package cn.xingfu.care.homecare;

/** Smart devices installed in the home. */
public enum DeviceType {
    MATTRESS_MONITOR,
    DOOR_WINDOW_SENSOR,
    ACTIVITY_SENSOR,
    EMERGENCY_CALL,
    GAS_ALARM,
    OTHER
}
