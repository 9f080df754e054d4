package cn.xingfu.canteen.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One dated exception in a canteen's calendar, as stored. */
record CalendarEntry(
        LocalDate date, ServiceDay.Kind kind, @Nullable DayOfWeek servesAs, String reasonZh, String reasonEn) {}
