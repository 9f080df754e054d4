package cn.xingfu.care.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record CareEventView(
        long id,
        long residentId,
        CareEventType type,
        LocalDate occurredOn,
        @Nullable String note,
        String recordedBy) {}
