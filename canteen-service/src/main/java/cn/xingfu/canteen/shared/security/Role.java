package cn.xingfu.canteen.shared.security;

/** What a signed-in account may do. Staff roles are ordered from narrow to broad. */
public enum Role {
    /** Serves at the counter of one canteen: scans cards, places and advances orders, confirms cash. */
    CANTEEN_STAFF,
    /** Runs one canteen: menus, wallet top-ups and refunds, cards, seniors of that canteen. */
    CANTEEN_MANAGER,
    /** District civil-affairs bureau: every canteen, subsidy policies, accounts. */
    DISTRICT_ADMIN,
    /** A self-service kiosk device bound to one canteen. */
    KIOSK,
    /** A delivery volunteer: only their own route. */
    VOLUNTEER,
    /** Another Xingfu service (care-facility) calling with its own machine credentials: only the endpoints made for it. */
    SERVICE;

    public String authority() {
        return "ROLE_" + name();
    }
}
