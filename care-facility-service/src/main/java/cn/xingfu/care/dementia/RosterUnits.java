package cn.xingfu.care.dementia;

import cn.xingfu.care.caregiver.CareUnits;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the caregiver roster about dementia units, so an uncertified caregiver can never be rostered on
 * one (CAREGIVER_UNCERTIFIED). Every unit of this module is a cognitive-impairment unit.
 */
@Component
class RosterUnits implements CareUnits {

    private final CognitiveUnits units;

    RosterUnits(CognitiveUnits units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CareUnit> findUnit(long unitId) {
        return units.findById(unitId).map(RosterUnits::asCareUnit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CareUnit> unitsOf(long facilityId) {
        return units.findByFacilityIdOrderByName(facilityId).stream()
                .map(RosterUnits::asCareUnit)
                .toList();
    }

    private static CareUnit asCareUnit(CognitiveUnit unit) {
        return new CareUnit(unit.id(), unit.facilityId(), unit.name(), true);
    }
}
