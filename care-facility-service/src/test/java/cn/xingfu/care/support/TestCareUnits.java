package cn.xingfu.care.support;

import cn.xingfu.care.caregiver.CareUnits;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;

/**
 * Care units for roster tests, standing in for the dementia module's units in this test context. Ids are
 * negative, so they can never be mistaken for a real unit's id.
 */
@TestComponent
public class TestCareUnits implements CareUnits {

    private final AtomicLong next = new AtomicLong(-1);
    private final Map<Long, CareUnit> units = new ConcurrentHashMap<>();

    public long add(long facilityId, String name, boolean cognitiveImpairment) {
        long id = next.getAndDecrement();
        units.put(id, new CareUnit(id, facilityId, name, cognitiveImpairment));
        return id;
    }

    @Override
    public Optional<CareUnit> findUnit(long unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public List<CareUnit> unitsOf(long facilityId) {
        return units.values().stream()
                .filter(unit -> unit.facilityId() == facilityId)
                .sorted(Comparator.comparing(CareUnit::name))
                .toList();
    }
}
