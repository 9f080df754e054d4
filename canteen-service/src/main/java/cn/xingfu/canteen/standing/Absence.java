package cn.xingfu.canteen.standing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period a senior was (or will be) away from the canteen; {@code endsOn} null = until further notice. Both ends
 * are inclusive service dates.
 */
public record Absence(
        long pauseId,
        long seniorId,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        PauseReason reason,
        PauseSource source,
        @Nullable String sourceRef,
        @Nullable String note) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && (endsOn == null || !endsOn.isBefore(from));
    }
}
