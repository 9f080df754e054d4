package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy rates from the occupancy history: occupied bed-days ÷ available bed-days (beds in service).
 * Covers institutional beds (STANDARD, COGNITIVE_CARE); home-care beds are reported by the homecare module.
 * A resident on leave keeps the bed, so leave days count as occupied.
 */
@Service
public class OccupancyReport {

    private static final int MAX_DAYS = 3 * 366;

    private final Occupancies occupancies;
    private final BedRegistry beds;
    private final FacilityDirectory facilities;

    OccupancyReport(Occupancies occupancies, BedRegistry beds, FacilityDirectory facilities) {
        this.occupancies = occupancies;
        this.beds = beds;
        this.facilities = facilities;
    }

    /** One row per bed type plus a total row (type null) for the facility. */
    @Transactional(readOnly = true)
    public List<OccupancyRate> facility(Actor actor, long facilityId, LocalDate from, LocalDate to) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        checkRange(from, to);
        Map<Long, BedView> bedById = beds.allBedsOf(facilityId).stream()
                .filter(b -> b.type() != BedType.HOME_CARE)
                .collect(Collectors.toMap(BedView::id, Function.identity()));
        Map<Long, Long> available = beds.availableBedDays(facilityId, from, to);
        List<Occupancy> stays = occupancies.overlapping(facilityId, from, to);
        List<OccupancyRate> rates = new ArrayList<>();
        for (BedType type : new BedType[] {BedType.STANDARD, BedType.COGNITIVE_CARE, null}) {
            long availableDays = bedById.values().stream()
                    .filter(b -> type == null || b.type() == type)
                    .mapToLong(b -> available.getOrDefault(b.id(), 0L))
                    .sum();
            long occupiedDays = stays.stream()
                    .filter(o -> o.bedType() != BedType.HOME_CARE)
                    .filter(o -> type == null || o.bedType() == type)
                    .mapToLong(o -> o.daysWithin(from, to))
                    .sum();
            rates.add(new OccupancyRate(
                    facilityId, type, from, to, occupiedDays, availableDays, rate(occupiedDays, availableDays)));
        }
        return rates;
    }

    /** The total row of every facility the actor may see. */
    @Transactional(readOnly = true)
    public List<OccupancyRate> district(Actor actor, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return facilities.visibleTo(actor).stream()
                .map(FacilityView::id)
                .map(id -> facility(actor, id, from, to).get(2))
                .toList();
    }

    private static @Nullable BigDecimal rate(long occupied, long available) {
        return available == 0
                ? null
                : BigDecimal.valueOf(occupied).divide(BigDecimal.valueOf(available), 4, RoundingMode.HALF_UP);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw DomainException.invalid(
                    "DATE_RANGE_INVALID",
                    "日期范围不正确（开始不晚于结束，最长三年）",
                    "The date range is wrong (from ≤ to, at most three years)");
        }
    }
}
