package cn.xingfu.canteen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanteenCalendarTests {

    private static final LocalDate SATURDAY = LocalDate.of(2031, 3, 8);
    private static final LocalDate SUNDAY = SATURDAY.plusDays(1);
    private static final LocalDate MONDAY = SATURDAY.plusDays(2);
    private static final LocalDate TUESDAY = SATURDAY.plusDays(3);

    private final CanteenCalendar calendar = new CanteenCalendar(
            7,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Map.of(
                    TUESDAY, new CalendarEntry(TUESDAY, ServiceDay.Kind.CLOSED, null, "停电", "power cut"),
                    SATURDAY,
                            new CalendarEntry(
                                    SATURDAY, ServiceDay.Kind.MAKE_UP, DayOfWeek.THURSDAY, "调休", "make-up day")));

    @Test
    void aWeekdayServesAsItselfAndAWeeklyRestDayIsClosed() {
        assertThat(calendar.day(MONDAY)).satisfies(day -> {
            assertThat(day.open()).isTrue();
            assertThat(day.kind()).isEqualTo(ServiceDay.Kind.REGULAR);
            assertThat(day.servesAs()).isEqualTo(DayOfWeek.MONDAY);
        });
        assertThat(calendar.day(SUNDAY).open()).isFalse();
        assertThat(calendar.day(SUNDAY).kind()).isEqualTo(ServiceDay.Kind.WEEKLY_REST);
    }

    @Test
    void aClosureClosesAWeekdayAndAMakeUpDayOpensARestDayAsTheNamedWeekday() {
        assertThat(calendar.day(TUESDAY).open()).isFalse();
        assertThat(calendar.day(TUESDAY).reasonEn()).isEqualTo("power cut");
        assertThat(calendar.day(SATURDAY)).satisfies(day -> {
            assertThat(day.open()).isTrue();
            assertThat(day.kind()).isEqualTo(ServiceDay.Kind.MAKE_UP);
            assertThat(day.servesAs()).isEqualTo(DayOfWeek.THURSDAY);
        });
    }
}
