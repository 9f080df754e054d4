package cn.xingfu.care.bed;

import java.time.LocalDate;
import java.util.List;

/** Bed-days a bed was available in a period: days it was in service and not in an outage. Plain Java. */
final class BedDays {

    private BedDays() {}

    /** Days of [from, to] (both inclusive) on or after {@code inServiceFrom} that no outage covers. */
    static long available(LocalDate inServiceFrom, List<BedOutage> outages, LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate day = inServiceFrom.isAfter(from) ? inServiceFrom : from;
                !day.isAfter(to);
                day = day.plusDays(1)) {
            LocalDate d = day;
            if (outages.stream().noneMatch(o -> o.covers(d))) {
                days++;
            }
        }
        return days;
    }
}
