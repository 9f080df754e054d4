package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Food-safety alerts of a canteen: one per kind and subject, open until a manager records what was done. */
@Service
public class FoodSafetyAlerts {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(CanteenDirectory.ZONE);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FoodSafetyAlerts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What went wrong. */
    public enum Kind {
        /** A dish of a meal had no sample when serving ended. */
        MISSING_SAMPLE,
        /** A sample was thrown away before its retention time. */
        EARLY_DISCARD,
        /** A sample fridge reading outside the allowed range. */
        TEMPERATURE_OUT_OF_RANGE
    }

    /** An alert as staff see it. */
    public record Alert(
            long id,
            long canteenId,
            Kind kind,
            String subject,
            String detailZh,
            String detailEn,
            Instant raisedAt,
            @Nullable Instant resolvedAt,
            @Nullable String resolvedBy,
            @Nullable String resolution) {}

    /** Raises an alert once per kind and subject; true when it is new. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean raise(long canteenId, Kind kind, String subject, String zh, String en, Instant at) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM food_safety_alert WHERE kind = ? AND subject = ?",
                Integer.class,
                kind.name(),
                subject);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update(
                    "INSERT INTO food_safety_alert (id, canteen_id, kind, subject, detail_zh, detail_en, raised_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Ids.next(),
                    canteenId,
                    kind.name(),
                    subject,
                    cut(zh),
                    cut(en),
                    Timestamp.from(at));
            return true;
        } catch (DuplicateKeyException raisedMeanwhile) {
            return false;
        }
    }

    /** A late sample closes its missing-sample alert (the record says who took it and when). */
    @Transactional(propagation = Propagation.MANDATORY)
    void resolveMissing(long canteenId, long menuItemId, String by, Instant at) {
        jdbc.update(
                "UPDATE food_safety_alert SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE canteen_id = ?"
                        + " AND kind = 'MISSING_SAMPLE' AND subject = ? AND resolved_at IS NULL",
                Timestamp.from(at),
                by,
                "late sample recorded 已补留样",
                canteenId,
                "dish:" + menuItemId);
    }

    @Transactional(readOnly = true)
    public List<Alert> of(long canteenId, boolean openOnly, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return jdbc.query(
                "SELECT * FROM food_safety_alert WHERE canteen_id = ?" + (openOnly ? " AND resolved_at IS NULL" : "")
                        + " ORDER BY raised_at DESC",
                (rs, i) -> {
                    Timestamp resolved = rs.getTimestamp("resolved_at");
                    return new Alert(
                            rs.getLong("id"),
                            rs.getLong("canteen_id"),
                            Kind.valueOf(rs.getString("kind")),
                            rs.getString("subject"),
                            rs.getString("detail_zh"),
                            rs.getString("detail_en"),
                            rs.getTimestamp("raised_at").toInstant(),
                            resolved == null ? null : resolved.toInstant(),
                            rs.getString("resolved_by"),
                            rs.getString("resolution"));
                },
                canteenId);
    }

    /** A manager records what was done. @throws DomainException ALERT_NOT_FOUND, RESOLUTION_REQUIRED */
    @Transactional
    public void resolve(long alertId, String resolution, Actor actor) {
        actor.requireManager();
        Long canteenId = jdbc
                .query(
                        "SELECT canteen_id FROM food_safety_alert WHERE id = ? AND resolved_at IS NULL",
                        (rs, i) -> rs.getLong(1),
                        alertId)
                .stream()
                .findFirst()
                .orElseThrow(
                        () -> DomainException.notFound("ALERT_NOT_FOUND", "找不到未处理的该提醒", "No open alert with this id"));
        actor.requireCanteen(canteenId);
        if (resolution == null || resolution.isBlank() || resolution.length() > 300) {
            throw DomainException.invalid(
                    "RESOLUTION_REQUIRED", "请写明处理情况（最多 300 字）", "Say what was done (at most 300 characters)");
        }
        jdbc.update(
                "UPDATE food_safety_alert SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                actor.username(),
                resolution.trim(),
                alertId);
    }

    static String local(Instant instant) {
        return LOCAL.format(instant);
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
