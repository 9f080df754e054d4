package cn.xingfu.care.safety;

/** How the family was told of an incident. */
public enum NotificationMethod {
    PHONE,
    IN_PERSON,
    WECHAT,
    SMS,
    OTHER
}
