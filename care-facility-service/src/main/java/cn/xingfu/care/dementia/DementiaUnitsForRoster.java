package cn.xingfu.care.dementia;

import cn.xingfu.care.caregiver.CareUnits;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the caregiver roster name dementia units: every unit here is a cognitive-impairment unit. */
@Component
class DementiaUnitsForRoster implements CareUnits {

    private final CognitiveUnits units;

    DementiaUnitsForRoster(CognitiveUnits units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CareUnit> findUnit(long unitId) {
        return units.findById(unitId).map(u -> new CareUnit(u.getId(), u.getFacilityId(), u.getName(), true));
    }
}
