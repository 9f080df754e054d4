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
 * withheld unless its latest record is a consent in force: with no record at all (seniors registered before consents
 * were asked for) or after a withdrawal, the senior directory leaves that data out of every profile it hands to
 * ordering, subsidies, kitchen and delivery, so the processing stops everywhere at once. Writing such data needs the
 * consent first ({@link #requireFor}).
 */
@Service
public class Consents {

    private static final int IDS_PER_QUERY = 1000;

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
        return record(seniorId, new ConsentForm(scope, givenBy, relation, documentVersion), actor);
    }

    /** Stores and audits a consent; the caller has checked the actor may act for the senior. */
    ConsentRecord record(long seniorId, ConsentForm form, Actor actor) {
        form.check();
        ConsentRecord record = new ConsentRecord(
                Ids.next(),
                seniorId,
                form.scope(),
                form.givenBy().trim(),
                form.relation(),
                form.documentVersion().trim(),
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
                record.scope().name(),
                record.givenBy(),
                record.relation().name(),
                record.documentVersion(),
                Timestamp.from(record.givenAt()),
                actor.username());
        audit.record(
                actor,
                AuditEntry.created(
                        "CONSENT",
                        "senior",
                        seniorId,
                        record.scope() + " v" + record.documentVersion() + " by " + record.relation()));
        return record;
    }

    /**
     * Throws unless every scope in {@code written} is covered by a consent in force or one of {@code forms} (given
     * in the same request), so that nothing of the request is stored.
     *
     * @throws DomainException CONSENT_REQUIRED (422) with the missing scopes in {@code missing}
     */
    static void requireFor(Set<ConsentScope> written, List<ConsentForm> forms, Set<ConsentScope> inForce) {
        forms.forEach(ConsentForm::check);
        Set<ConsentScope> missing = EnumSet.noneOf(ConsentScope.class);
        missing.addAll(written);
        missing.removeAll(inForce);
        forms.forEach(form -> missing.remove(form.scope()));
        if (missing.isEmpty()) {
            return;
        }
        throw new DomainException(
                DomainException.Kind.REJECTED,
                "CONSENT_REQUIRED",
                "登记以下个人信息须先取得长者（或其监护人、代理人）的单独同意："
                        + String.join(
                                "、", missing.stream().map(ConsentScope::zh).toList()),
                "Recording this needs the separate consent of the senior (or their guardian or agent) first: "
                        + String.join(
                                ", ", missing.stream().map(ConsentScope::en).toList()),
                Map.of("missing", missing.stream().map(Enum::name).toList()));
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

    /** The scopes the senior has a consent in force for. */
    Set<ConsentScope> inForce(long seniorId) {
        Set<ConsentScope> given = EnumSet.allOf(ConsentScope.class);
        given.removeAll(withheld(seniorId).keySet());
        return given;
    }

    /** The withheld scopes of the senior, each with why (never given or withdrawn). */
    Map<ConsentScope, ConsentNotice.State> withheld(long seniorId) {
        return withheld(List.of(seniorId)).get(seniorId);
    }

    /**
     * Withheld scopes of several seniors, a query per thousand; every senior asked about is in the answer, with an
     * empty map when all their consents are in force.
     */
    Map<Long, Map<ConsentScope, ConsentNotice.State>> withheld(Collection<Long> seniorIds) {
        Map<Long, Map<ConsentScope, Boolean>> withdrawnByLatest = new HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(seniorIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            named.query(
                    "SELECT senior_id, scope, withdrawn_at FROM consent_record WHERE senior_id IN (:ids)"
                            + " ORDER BY given_at, id",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))),
                    rs -> {
                        // rows come oldest first, so the last one put is the latest of each scope
                        withdrawnByLatest
                                .computeIfAbsent(rs.getLong("senior_id"), k -> new EnumMap<>(ConsentScope.class))
                                .put(
                                        ConsentScope.valueOf(rs.getString("scope")),
                                        rs.getTimestamp("withdrawn_at") != null);
                    });
        }
        Map<Long, Map<ConsentScope, ConsentNotice.State>> withheld = new HashMap<>();
        for (long id : ids) {
            Map<ConsentScope, Boolean> latest = withdrawnByLatest.getOrDefault(id, Map.of());
            Map<ConsentScope, ConsentNotice.State> off = new EnumMap<>(ConsentScope.class);
            for (ConsentScope scope : ConsentScope.values()) {
                Boolean withdrawn = latest.get(scope);
                if (withdrawn == null) {
                    off.put(scope, ConsentNotice.State.NOT_GIVEN);
                } else if (withdrawn) {
                    off.put(scope, ConsentNotice.State.WITHDRAWN);
                }
            }
            withheld.put(id, Map.copyOf(off));
        }
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
