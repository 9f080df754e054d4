package cn.xingfu.care.canteenlink;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends pending notices to canteen-service, oldest first, on one instance at a time. A notice stays pending until
 * canteen-service answers 2xx (it is idempotent by notice id, so a lost answer only repeats a harmless call); after a
 * failure it waits 30 s, 1 min, 2 min … up to an hour. A stay's later notice waits for its earlier one. A run stops
 * starting calls after {@link CanteenLinkProperties#runBudget()}, so it ends before its lock could expire under it;
 * the rest waits for the next run.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final CanteenLinkProperties properties;
    private final CanteenEndpoint canteen;
    private final Clock clock;

    NoticeSender(JdbcTemplate jdbc, CanteenLinkProperties properties, CanteenEndpoint canteen, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.canteen = canteen;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${xingfu.canteen-link.send-interval:30s}",
            initialDelayString = "${xingfu.canteen-link.initial-delay:20s}")
    // a lock left by a killed instance blocks every instance until it expires: kept short (see the properties)
    @SchedulerLock(name = "canteen-link-notices", lockAtMostFor = "${xingfu.canteen-link.lock-at-most-for:PT2M}")
    void sendPending() {
        if (!properties.outboundPassword().isBlank()) {
            sendDue();
        }
    }

    /** Sends what is due now; returns how many canteen-service accepted. */
    int sendDue() {
        Instant now = clock.instant();
        // elapsed time on the monotonic clock: the service clock may be fixed (tests) or jump
        long stopStartingAt = System.nanoTime() + properties.runBudget().toNanos();
        List<Map<String, Object>> due = jdbc.queryForList(
                "SELECT * FROM canteen_notice WHERE status = 'PENDING' ORDER BY created_at, id LIMIT " + BATCH);
        Set<Long> blocked = new HashSet<>();
        int sent = 0;
        for (Map<String, Object> notice : due) {
            if (System.nanoTime() - stopStartingAt > 0) {
                log.info("Notice run budget of {} used up; the rest goes in the next run", properties.runBudget());
                break;
            }
            long admission = ((Number) notice.get("admission_id")).longValue();
            Instant next = instant(notice.get("next_attempt_at"));
            if (blocked.contains(admission) || next.isAfter(now)) {
                blocked.add(admission);
                continue;
            }
            long id = ((Number) notice.get("id")).longValue();
            try {
                canteen.send(new StayNotice(
                        id,
                        "care-admission:" + admission,
                        (String) notice.get("kind"),
                        date(notice.get("event_date")),
                        (String) notice.get("id_number_hash"),
                        date(notice.get("birth_date")),
                        (String) notice.get("facility_name"),
                        (String) notice.get("discharge_reason")));
                jdbc.update(
                        "UPDATE canteen_notice SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
                                + " last_error = NULL WHERE id = ?",
                        Timestamp.from(now),
                        id);
                sent++;
            } catch (RuntimeException e) {
                int attempts = ((Number) notice.get("attempts")).intValue() + 1;
                Duration wait = Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts - 1, 7)));
                String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                jdbc.update(
                        "UPDATE canteen_notice SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                        attempts,
                        Timestamp.from(now.plus(wait)),
                        error.length() > 300 ? error.substring(0, 300) : error,
                        id);
                blocked.add(admission);
                log.warn("Notice {} to canteen-service failed (attempt {}), next in {}: {}", id, attempts, wait, error);
            }
        }
        return sent;
    }

    /** Drivers differ in what a DATETIME column comes back as. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
