package cn.xingfu.care.safety;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record IncidentView(
        long id,
        long facilityId,
        long residentId,
        @Nullable Risk risk,
        Instant occurredAt,
        String description,
        String reportedBy,
        @Nullable Instant familyNotifiedAt,
        @Nullable NotificationMethod familyNotificationMethod,
        @Nullable String familyNotifiedBy,
        @Nullable String reviewNote,
        @Nullable String reviewedBy,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        boolean open) {}
