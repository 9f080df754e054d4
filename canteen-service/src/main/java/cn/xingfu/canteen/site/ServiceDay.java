package cn.xingfu.canteen.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a canteen serves meals on a date, and why (not). A make-up working day (调休) is open and
 * {@link #servesAs()} names the weekday whose standing orders it takes; on every other open day that is
 * the date's own weekday.
 */
public record ServiceDay(
        long canteenId,
        LocalDate date,
        boolean open,
        Kind kind,
        DayOfWeek servesAs,
        @Nullable String reasonZh,
        @Nullable String reasonEn) {

    /** Why the day is as it is. */
    public enum Kind {
        /** A weekday the canteen normally serves. */
        REGULAR,
        /** A weekday the canteen never serves (for example Sunday). */
        WEEKLY_REST,
        /** A declared closure: public holiday, repairs, an inspection. */
        CLOSED,
        /** A make-up working day on a normally closed weekday. */
        MAKE_UP
    }
}
