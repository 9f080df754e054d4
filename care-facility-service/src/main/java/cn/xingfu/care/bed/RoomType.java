package cn.xingfu.care.bed;

/** Bedrooms hold beds; the others are the functional rooms a dementia unit must have. */
public enum RoomType {
    BEDROOM,
    DINING_ROOM,
    LIVING_ROOM,
    SHARED_TOILET,
    ASSISTED_BATHING,
    REMINISCENCE_AREA,
    ACTIVITY_ROOM,
    COGNITIVE_TRAINING,
    OCCUPATIONAL_THERAPY,
    FIVE_SENSE_THERAPY,
    EXERCISE_THERAPY,
    NURSE_STATION,
    OTHER
}
