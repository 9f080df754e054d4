package cn.xingfu.care.shared.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored audit event as the district administrator's search shows it. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        @Nullable Long actorId,
        String actorUsername,
        String actorRole,
        AuditAction action,
        String kind,
        String subjectType,
        String subjectId,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue) {}
