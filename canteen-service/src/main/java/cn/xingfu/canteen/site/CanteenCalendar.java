package cn.xingfu.canteen.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One canteen's calendar as loaded in one piece (a few dozen rows a year): the weekdays it serves and the
 * dated exceptions. Pure: answers {@link #day(LocalDate)} without I/O.
 */
record CanteenCalendar(long canteenId, Set<DayOfWeek> openDays, Map<LocalDate, CalendarEntry> exceptions) {

    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    ServiceDay day(LocalDate date) {
        CalendarEntry entry = exceptions.get(date);
        if (entry != null && entry.kind() == ServiceDay.Kind.CLOSED) {
            return new ServiceDay(
                    canteenId,
                    date,
                    false,
                    ServiceDay.Kind.CLOSED,
                    date.getDayOfWeek(),
                    entry.reasonZh(),
                    entry.reasonEn());
        }
        if (entry != null && entry.kind() == ServiceDay.Kind.MAKE_UP) {
            DayOfWeek as = entry.servesAs() != null ? entry.servesAs() : date.getDayOfWeek();
            return new ServiceDay(
                    canteenId, date, true, ServiceDay.Kind.MAKE_UP, as, entry.reasonZh(), entry.reasonEn());
        }
        if (!openDays.contains(date.getDayOfWeek())) {
            return new ServiceDay(
                    canteenId,
                    date,
                    false,
                    ServiceDay.Kind.WEEKLY_REST,
                    date.getDayOfWeek(),
                    "例行休息日",
                    "weekly rest day");
        }
        return new ServiceDay(canteenId, date, true, ServiceDay.Kind.REGULAR, date.getDayOfWeek(), null, null);
    }
}
