package cn.xingfu.care.resident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record AdmissionHistoryEntry(
        AdmissionEventType type,
        LocalDate date,
        Instant recordedAt,
        String recordedBy,
        @Nullable Long fromBedId,
        @Nullable Long toBedId,
        @Nullable String note) {}
