package cn.xingfu.care.caregiver;

import java.util.List;
import java.util.Optional;

/**
 * Port for the modules that own care units (the dementia module's 认知障碍照护 units): the roster asks it
 * which facility a unit belongs to and whether it is a cognitive-impairment unit. The roster depends on
 * this interface only, so the unit owner may depend on the roster without a cycle.
 */
public interface CareUnits {

    Optional<CareUnit> findUnit(long unitId);

    List<CareUnit> unitsOf(long facilityId);

    /** A unit a roster entry may name. */
    record CareUnit(long id, long facilityId, String name, boolean cognitiveImpairment) {}
}
