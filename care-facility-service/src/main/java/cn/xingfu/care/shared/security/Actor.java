package cn.xingfu.care.shared.security;

import cn.xingfu.kernel.DomainException;
import java.util.Set;

/**
 * Who is asking. Modules take an {@code Actor} rather than reading the security context, so scope rules
 * ("a care manager acts only for her facilities") are plain, testable Java.
 *
 * @param facilityIds the facilities a care manager manages; empty for district administrators, who act
 *     for every facility
 */
public record Actor(long id, String username, String displayName, Role role, Set<Long> facilityIds) {

    public Actor {
        facilityIds = Set.copyOf(facilityIds);
    }

    public boolean isDistrictAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    /** District administrators manage every facility; care managers only theirs. */
    public boolean mayManage(long facilityId) {
        return isDistrictAdmin() || facilityIds.contains(facilityId);
    }

    /** Throws FACILITY_OUT_OF_SCOPE (403) unless this actor manages the facility. */
    public void requireFacility(long facilityId) {
        if (!mayManage(facilityId)) {
            throw DomainException.forbidden(
                    "FACILITY_OUT_OF_SCOPE", "您只能查看和操作您管理的机构", "You may only see and change the facilities you manage");
        }
    }

    /** Throws DISTRICT_ADMIN_ONLY (403) unless this actor is a district administrator. */
    public void requireDistrictAdmin() {
        if (!isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "此操作需要区级管理员", "Only a district administrator may do this");
        }
    }
}
