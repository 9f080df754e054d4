package cn.xingfu.canteen.senior;

/** What a consent covers; each is a separate consent (单独同意, PIPL art. 29). */
public enum ConsentScope {
    /** Dietary needs and allergies (health data): dish warnings, texture, kitchen counts of special meals. */
    HEALTH_DIET,
    /** Hardship and disability statuses (低保, 特困, 失能 …) used to grant subsidies. */
    ELIGIBILITY_STATUS,
    /** Home address, phone and position used to deliver meals. */
    DELIVERY_ADDRESS
}
