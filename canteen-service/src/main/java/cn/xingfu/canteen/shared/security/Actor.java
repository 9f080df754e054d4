package cn.xingfu.canteen.shared.security;

import cn.xingfu.kernel.DomainException;

/**
 * Who is asking: a staff member, a kiosk device or a volunteer. Modules take an {@code Actor} instead of
 * reading the security context, so rules such as "a kiosk orders only for its canteen" stay testable.
 *
 * @param id the account id (staff user, kiosk device or volunteer account)
 * @param username the login name, recorded in audit trails
 * @param canteenId the canteen the account is bound to; {@code null} for district administrators
 */
public record Actor(long id, String username, Role role, Long canteenId) {

    public boolean isKiosk() {
        return role == Role.KIOSK;
    }

    public boolean isDistrictAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    public boolean isStaff() {
        return role == Role.CANTEEN_STAFF || role == Role.CANTEEN_MANAGER || role == Role.DISTRICT_ADMIN;
    }

    public boolean isManager() {
        return role == Role.CANTEEN_MANAGER || role == Role.DISTRICT_ADMIN;
    }

    /** District administrators act for every canteen; everyone else only for their own. */
    public boolean mayActFor(long canteen) {
        return isDistrictAdmin() || (canteenId != null && canteenId == canteen);
    }

    /** Throws unless this actor may act for the canteen. */
    public void requireCanteen(long canteen) {
        if (!mayActFor(canteen)) {
            throw DomainException.forbidden(
                    "OUT_OF_CANTEEN_SCOPE", "您只能操作本食堂的数据", "You may only act for your own canteen");
        }
    }

    /** Throws unless this actor is canteen staff, a manager or a district administrator. */
    public void requireStaff() {
        if (!isStaff()) {
            throw DomainException.forbidden("STAFF_ONLY", "此操作需要工作人员", "Only staff may do this");
        }
    }

    /** Throws unless this actor is a canteen manager or a district administrator. */
    public void requireManager() {
        if (!isManager()) {
            throw DomainException.forbidden(
                    "MANAGER_ONLY", "此操作需要食堂负责人或区级管理员", "Only a canteen manager or district administrator may do this");
        }
    }
}
