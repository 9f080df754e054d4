package cn.xingfu.canteen.site;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a kiosk (or any screen) tells seniors on a day without meals: the reason and when meals are served
 * again, as one sentence in Chinese and in English. {@code reopensOn} is null when no open day follows within
 * the next 60 days.
 */
public record ClosureNotice(
        LocalDate date,
        ServiceDay.Kind kind,
        String reasonZh,
        String reasonEn,
        @Nullable LocalDate reopensOn,
        String messageZh,
        String messageEn) {}
