package cn.xingfu.care.shared.audit;

import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The district administrator's search of the audit log, newest first. Reading the log is itself audited:
 * the log tells who looked at whose trail.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    AuditTrail(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    public Page<AuditRecord> search(AuditQuery query, Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "审计日志仅限区级管理员查看", "Only a district administrator may read the audit log");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw DomainException.invalid("AUDIT_RANGE_INVALID", "开始时间须早于结束时间", "The start must be before the end");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        condition(where, args, "actor_username = ?", query.who());
        condition(where, args, "subject_type = ?", query.subjectType());
        condition(where, args, "subject_id = ?", query.subjectId());
        condition(where, args, "kind = ?", query.kind());
        condition(where, args, "occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        condition(where, args, "occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<AuditRecord> rows = jdbc.query(
                "SELECT * FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                AuditTrail::row,
                pageArgs.toArray());
        log.record(
                actor, new AuditEntry(AuditAction.READ, "AUDIT_LOG", "audit", "search", null, null, describe(query)));
        return new PageImpl<>(rows, PageRequest.of(query.page(), query.size()), total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, @Nullable Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(sql);
            args.add(value instanceof String text ? text.trim() : value);
        }
    }

    private static String describe(AuditQuery q) {
        return "who=" + q.who() + ";subject=" + q.subjectType() + ":" + q.subjectId() + ";kind=" + q.kind();
    }

    private static AuditRecord row(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id") == null ? null : rs.getLong("actor_id"),
                rs.getString("actor_username"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("kind"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("field"),
                rs.getString("old_value"),
                rs.getString("new_value"));
    }
}
