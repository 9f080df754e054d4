package cn.xingfu.care.canteenlink;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.resident.StayChanged;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the notice for canteen-service into the outbox in the same transaction as the admission or discharge, so
 * a stay is never announced without happening nor happens without being announced. Only the keyed hash of the ID
 * number is stored.
 */
@Component
class StayNotices {

    private final JdbcTemplate jdbc;
    private final ResidentRegistry residents;
    private final FacilityDirectory facilities;
    private final CanteenLinkProperties properties;
    private final Clock clock;

    StayNotices(
            JdbcTemplate jdbc,
            ResidentRegistry residents,
            FacilityDirectory facilities,
            CanteenLinkProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.facilities = facilities;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(StayChanged changed) {
        if (properties.matchingKey().isBlank()) {
            return;
        }
        ResidentSummary resident = residents.summary(changed.residentId());
        String hash =
                new ResidentMatch(properties.matchingKey()).hash(residents.idNumberForMatching(changed.residentId()));
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update(
                    "INSERT INTO canteen_notice (id, admission_id, kind, event_date, id_number_hash, birth_date,"
                            + " facility_name, discharge_reason, status, attempts, next_attempt_at, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    Ids.next(),
                    changed.admissionId(),
                    changed.kind().name(),
                    changed.on(),
                    hash,
                    resident.birthDate(),
                    facilities.get(changed.facilityId()).name(),
                    changed.dischargeReason() == null
                            ? null
                            : changed.dischargeReason().name(),
                    now,
                    now);
        } catch (DuplicateKeyException alreadyNoted) {
            // one notice per stay and kind
        }
    }
}
