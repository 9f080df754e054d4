package cn.xingfu.care.shared.security;

/** What a care account may do. */
public enum Role {
    /** Runs one or more facilities: beds, residents, assessments, staff of those facilities only. */
    CARE_MANAGER,
    /** District civil-affairs bureau: every facility, settings, accounts. */
    DISTRICT_ADMIN,
    /** Another Xingfu service (canteen-service) calling with its own machine credentials: only the endpoints made for it. */
    SERVICE;

    public String authority() {
        return "ROLE_" + name();
    }
}
