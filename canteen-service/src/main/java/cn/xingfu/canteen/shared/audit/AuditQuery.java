package cn.xingfu.canteen.shared.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit search; each is optional. {@code who} matches the login name exactly, {@code subjectId}
 * the subject's id (with {@code subjectType}, if given); {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(
        @Nullable String who,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String kind,
        @Nullable Instant from,
        @Nullable Instant to,
        int page,
        int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 200);
    }
}
