package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.audit.AuditEntry;
import cn.xingfu.canteen.shared.audit.AuditLog;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent records of seniors (PIPL art. 29: separate consent for sensitive data) and what they withhold. A scope is
 * withheld when its latest record is withdrawn: the senior directory then leaves that data out of every profile it
 * hands to ordering, subsidies, kitchen and delivery, so withdrawal stops the processing everywhere at once.
 * Seniors registered before consents were recorded have no record and are processed as before (see docs/privacy.md).
 */
@Service
public class Consents {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Seniors seniors;
    private final AuditLog audit;
    private final Clock clock;

    Consents(JdbcTemplate jdbc, Seniors seniors, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.seniors = seniors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a consent given at the counter or at home, by a manager of the home canteen.
     *
     * @throws DomainException SENIOR_NOT_FOUND, MANAGER_ONLY, OUT_OF_CANTEEN_SCOPE, CONSENT_INVALID
     */
    @Transactional
    public ConsentRecord give(
            long seniorId,
            ConsentScope scope,
            String givenBy,
            ConsentRecord.Relation relation,
            String documentVersion,
            Actor actor) {
        actor.requireManager();
        requireHomeCanteen(seniorId, actor);
        if (givenBy.isBlank() || documentVersion.isBlank()) {
            throw DomainException.invalid(
                    "CONSENT_INVALID", "请填写同意人和告知书版本", "Say who consented and which version of the notice they read");
        }
        ConsentRecord record = new ConsentRecord(
                Ids.next(),
                seniorId,
                scope,
                givenBy.trim(),
                relation,
                documentVersion.trim(),
                clock.instant(),
                actor.username(),
                null,
                null,
                null);
        jdbc.update(
                "INSERT INTO consent_record (id, senior_id, scope, given_by, relation, document_version, given_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                record.id(),
                seniorId,
                scope.name(),
                record.givenBy(),
                relation.name(),
                record.documentVersion(),
                Timestamp.from(record.givenAt()),
                actor.username());
        audit.record(
                actor,
                AuditEntry.created(
                        "CONSENT", "senior", seniorId, scope + " v" + record.documentVersion() + " by " + relation));
        return record;
    }

    /**
     * Withdraws a consent; from the commit on the data of its scope is no longer processed.
     *
     * @throws DomainException CONSENT_NOT_FOUND, CONSENT_ALREADY_WITHDRAWN, MANAGER_ONLY, OUT_OF_CANTEEN_SCOPE
     */
    @Transactional
    public ConsentRecord withdraw(long seniorId, long consentId, @Nullable String reason, Actor actor) {
        actor.requireManager();
        requireHomeCanteen(seniorId, actor);
        ConsentRecord record = history(seniorId).stream()
                .filter(r -> r.id() == consentId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("CONSENT_NOT_FOUND", "找不到该同意记录", "No such consent"));
        if (!record.active()) {
            throw DomainException.conflict(
                    "CONSENT_ALREADY_WITHDRAWN", "该同意已撤回", "This consent has already been withdrawn");
        }
        Instant now = clock.instant();
        jdbc.update(
                "UPDATE consent_record SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?"
                        + " WHERE id = ? AND withdrawn_at IS NULL",
                Timestamp.from(now),
                actor.username(),
                reason,
                consentId);
        audit.record(
                actor,
                AuditEntry.revoked("CONSENT", "senior", seniorId, record.scope() + " v" + record.documentVersion()));
        return new ConsentRecord(
                record.id(),
                seniorId,
                record.scope(),
                record.givenBy(),
                record.relation(),
                record.documentVersion(),
                record.givenAt(),
                record.recordedBy(),
                now,
                actor.username(),
                reason);
    }

    /** Every consent of the senior, newest first, for staff of the home canteen. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> list(long seniorId, Actor actor) {
        actor.requireStaff();
        requireHomeCanteen(seniorId, actor);
        return history(seniorId);
    }

    /** The scopes whose latest record is withdrawn. */
    Set<ConsentScope> withheld(long seniorId) {
        return withheld(List.of(seniorId)).getOrDefault(seniorId, Set.of());
    }

    /** Withheld scopes of several seniors in one query; seniors withholding nothing are left out. */
    Map<Long, Set<ConsentScope>> withheld(Collection<Long> seniorIds) {
        Map<Long, Map<ConsentScope, Boolean>> latest = new HashMap<>();
        if (seniorIds.isEmpty()) {
            return Map.of();
        }
        named.query(
                "SELECT senior_id, scope, withdrawn_at FROM consent_record WHERE senior_id IN (:ids)"
                        + " ORDER BY given_at, id",
                Map.of("ids", seniorIds),
                rs -> {
                    latest.computeIfAbsent(rs.getLong("senior_id"), k -> new EnumMap<>(ConsentScope.class))
                            .put(ConsentScope.valueOf(rs.getString("scope")), rs.getTimestamp("withdrawn_at") != null);
                });
        Map<Long, Set<ConsentScope>> withheld = new HashMap<>();
        latest.forEach((senior, scopes) -> {
            Set<ConsentScope> off = EnumSet.noneOf(ConsentScope.class);
            scopes.forEach((scope, withdrawn) -> {
                if (withdrawn) {
                    off.add(scope);
                }
            });
            if (!off.isEmpty()) {
                withheld.put(senior, Set.copyOf(off));
            }
        });
        return withheld;
    }

    private List<ConsentRecord> history(long seniorId) {
        return jdbc.query(
                "SELECT * FROM consent_record WHERE senior_id = ? ORDER BY given_at DESC, id DESC",
                Consents::row,
                seniorId);
    }

    private void requireHomeCanteen(long seniorId, Actor actor) {
        Senior senior = seniors.findById(seniorId).orElseThrow(SeniorDirectory::notFound);
        actor.requireCanteen(senior.homeCanteenId());
    }

    private static ConsentRecord row(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ConsentRecord(
                rs.getLong("id"),
                rs.getLong("senior_id"),
                ConsentScope.valueOf(rs.getString("scope")),
                rs.getString("given_by"),
                ConsentRecord.Relation.valueOf(rs.getString("relation")),
                rs.getString("document_version"),
                rs.getTimestamp("given_at").toInstant(),
                rs.getString("recorded_by"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"));
    }
}
