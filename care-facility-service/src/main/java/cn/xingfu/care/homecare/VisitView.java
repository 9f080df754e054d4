package cn.xingfu.care.homecare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record VisitView(
        long id,
        long bedId,
        LocalDate date,
        String visitor,
        String services,
        int minutes,
        @Nullable String note) {}
