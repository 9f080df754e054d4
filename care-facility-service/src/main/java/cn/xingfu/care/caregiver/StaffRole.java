package cn.xingfu.care.caregiver;

/** What a staff member does; only {@link #CAREGIVER} counts for the certification rate. */
public enum StaffRole {
    /** 养老护理员. */
    CAREGIVER,
    NURSE,
    DOCTOR,
    /** 食品从业人员: needs a valid annual health certificate to be scheduled. */
    FOOD_HANDLER,
    MANAGER,
    OTHER
}
