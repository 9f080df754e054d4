package cn.xingfu.canteen.standing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was away when: staff-recorded pauses (hospital, family) and care-institution stays reported by
 * care-facility-service. For the anti-fraud report (a subsidised meal on a day the senior was admitted elsewhere)
 * and for anyone who must know whether a senior could have eaten at the canteen on a date.
 */
@Service
@Transactional(readOnly = true)
public class SeniorAbsences {

    private final Pauses pauses;

    SeniorAbsences(Pauses pauses) {
        this.pauses = pauses;
    }

    /** The senior's absences overlapping {@code from}..{@code to} (inclusive). */
    public List<Absence> of(long seniorId, LocalDate from, LocalDate to) {
        return pauses.overlapping(seniorId, from, to).stream()
                .map(Pause::toAbsence)
                .toList();
    }

    /** Absences of several seniors overlapping the range, in one query (empty input, empty answer). */
    public List<Absence> of(Collection<Long> seniorIds, LocalDate from, LocalDate to) {
        if (seniorIds.isEmpty()) {
            return List.of();
        }
        return pauses.overlapping(seniorIds, from, to).stream()
                .map(Pause::toAbsence)
                .toList();
    }

    /** Every absence overlapping the range (at most 400 days), e.g. a month being settled. */
    public List<Absence> overlapping(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 400) {
            throw cn.xingfu.kernel.DomainException.invalid(
                    "INVALID_RANGE", "日期范围无效（最多 400 天）", "Invalid date range (at most 400 days)");
        }
        return pauses.overlappingAll(from, to).stream().map(Pause::toAbsence).toList();
    }

    public boolean absentOn(long seniorId, LocalDate date) {
        return !pauses.overlapping(seniorId, date, date).isEmpty();
    }
}
