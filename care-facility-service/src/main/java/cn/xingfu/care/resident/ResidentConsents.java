package cn.xingfu.care.resident;

import cn.xingfu.care.shared.audit.AuditEntry;
import cn.xingfu.care.shared.audit.AuditLog;
import cn.xingfu.care.shared.security.Actor;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' consents to the processing of their health data (PIPL art. 28/29) and the gate every writer of that data
 * passes ({@link #requireFor}). A scope is withheld unless its latest consent is in force: with no consent at all
 * (residents registered before consents were asked for) or after a withdrawal, no new data of the scope is stored.
 * What is on file stays (养老机构管理办法 art. 32 record keeping); see docs/privacy.md for who still sees it.
 */
@Service
public class ResidentConsents {

    private static final int IDS_PER_QUERY = 1000;

    /** The latest consent of a scope, as far as the gate cares. */
    enum State {
        IN_FORCE,
        WITHDRAWN
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Residents residents;
    private final AuditLog audit;
    private final Clock clock;

    ResidentConsents(JdbcTemplate jdbc, Residents residents, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a consent taken down by a care manager of the resident's facility or a district administrator.
     *
     * @throws DomainException RESIDENT_NOT_FOUND, FACILITY_OUT_OF_SCOPE, RESIDENT_DECEASED, CONSENT_INVALID
     */
    @Transactional
    public ResidentConsent give(Actor actor, long residentId, ConsentForm form) {
        Resident resident = resident(residentId);
        actor.requireFacility(resident.facilityId());
        if (resident.deceasedOn() != null || resident.anonymisedOn() != null) {
            throw DomainException.conflict(
                    "RESIDENT_DECEASED", "老人已故或档案已匿名，不能再登记同意", "The resident has died or the record is anonymised");
        }
        return record(actor, residentId, form);
    }

    /**
     * Withdraws a consent: from the commit on, no new data of its scope is stored for the resident.
     *
     * @throws DomainException RESIDENT_NOT_FOUND, FACILITY_OUT_OF_SCOPE, CONSENT_NOT_FOUND, CONSENT_ALREADY_WITHDRAWN
     */
    @Transactional
    public ResidentConsent withdraw(Actor actor, long residentId, long consentId, @Nullable String reason) {
        actor.requireFacility(resident(residentId).facilityId());
        ResidentConsent consent = history(residentId).stream()
                .filter(c -> c.id() == consentId)
                .findFirst()
                .orElseThrow(
                        () -> DomainException.notFound("CONSENT_NOT_FOUND", "找不到该同意记录", "There is no such consent"));
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        // conditional, so that of two withdrawals at once only one is recorded and audited
        int updated = jdbc.update(
                "UPDATE resident_consent SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?"
                        + " WHERE id = ? AND withdrawn_at IS NULL",
                Timestamp.from(now),
                actor.username(),
                why,
                consentId);
        if (updated == 0) {
            throw DomainException.conflict(
                    "CONSENT_ALREADY_WITHDRAWN", "该同意已撤回", "This consent has already been withdrawn");
        }
        audit.record(
                actor,
                AuditEntry.revoked(
                        "CONSENT", "resident", residentId, consent.scope() + " v" + consent.documentVersion()));
        return new ResidentConsent(
                consent.id(),
                residentId,
                consent.scope(),
                consent.givenBy(),
                consent.relation(),
                consent.documentVersion(),
                consent.givenAt(),
                consent.recordedBy(),
                now,
                actor.username(),
                why,
                false);
    }

    /** Every consent of the resident, newest first. */
    @Transactional(readOnly = true)
    public List<ResidentConsent> list(Actor actor, long residentId) {
        actor.requireFacility(resident(residentId).facilityId());
        return history(residentId);
    }

    /**
     * The gate before health data is stored: throws unless every scope in {@code written} has a consent in force or
     * one in {@code given} (taken down with the same request), then records the given ones. The caller has checked
     * that the actor may act for the resident, and stores its data in the same transaction after this returns, so a
     * refusal stores nothing and a later failure rolls the consents back with the data.
     *
     * @throws DomainException CONSENT_INVALID (400); CONSENT_WITHDRAWN (422) when a missing scope's consent was
     *     withdrawn, else CONSENT_REQUIRED (422), both with the missing scopes in {@code missing}
     */
    @Transactional
    public void requireFor(Actor actor, long residentId, Set<ConsentScope> written, List<ConsentForm> given) {
        given.forEach(ConsentForm::check);
        if (written.isEmpty() && given.isEmpty()) {
            return;
        }
        Map<ConsentScope, State> latest = latest(List.of(residentId)).getOrDefault(residentId, Map.of());
        Set<ConsentScope> missing = EnumSet.noneOf(ConsentScope.class);
        missing.addAll(written);
        latest.forEach((scope, state) -> {
            if (state == State.IN_FORCE) {
                missing.remove(scope);
            }
        });
        given.forEach(form -> missing.remove(form.scope()));
        if (!missing.isEmpty()) {
            throw refusal(missing, latest);
        }
        given.forEach(form -> record(actor, residentId, form));
    }

    /**
     * Retention ran out: the consents stay as the record that processing was lawful, without the consenter's name
     * (often a relative's) or the reason given for a withdrawal.
     */
    void anonymise(long residentId) {
        jdbc.update(
                "UPDATE resident_consent SET given_by = '已匿名', withdrawal_reason = NULL WHERE resident_id = ?",
                residentId);
    }

    /** Latest state of each scope that ever had a consent, per resident; residents without any are left out. */
    Map<Long, Map<ConsentScope, State>> latest(Collection<Long> residentIds) {
        Map<Long, Map<ConsentScope, State>> latest = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(residentIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            named.query(
                    "SELECT resident_id, scope, withdrawn_at FROM resident_consent WHERE resident_id IN (:ids)"
                            + " ORDER BY given_at, id",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))),
                    rs -> {
                        // oldest first, so the last one put is the latest of each scope
                        latest.computeIfAbsent(rs.getLong("resident_id"), k -> new EnumMap<>(ConsentScope.class))
                                .put(
                                        ConsentScope.valueOf(rs.getString("scope")),
                                        rs.getTimestamp("withdrawn_at") == null ? State.IN_FORCE : State.WITHDRAWN);
                    });
        }
        return latest;
    }

    private static DomainException refusal(Set<ConsentScope> missing, Map<ConsentScope, State> latest) {
        List<String> codes = missing.stream().map(Enum::name).toList();
        String zh = String.join("、", missing.stream().map(ConsentScope::zh).toList());
        String en = String.join(", ", missing.stream().map(ConsentScope::en).toList());
        List<String> withdrawn = missing.stream()
                .filter(scope -> latest.get(scope) == State.WITHDRAWN)
                .map(Enum::name)
                .toList();
        if (!withdrawn.isEmpty()) {
            return new DomainException(
                    DomainException.Kind.REJECTED,
                    "CONSENT_WITHDRAWN",
                    "老人（或其监护人、代理人）已撤回同意，不能再记录以下信息：" + zh + "。已有记录依法保存。",
                    "The resident (or their guardian or agent) withdrew consent, so this can no longer be recorded: "
                            + en + ". Records already on file are kept as the law requires.",
                    Map.of("missing", codes, "withdrawn", withdrawn));
        }
        return new DomainException(
                DomainException.Kind.REJECTED,
                "CONSENT_REQUIRED",
                "记录以下健康信息须先取得老人（或其监护人、代理人）的单独同意：" + zh,
                "Recording this needs the separate consent of the resident (or their guardian or agent) first: " + en,
                Map.of("missing", codes));
    }

    private ResidentConsent record(Actor actor, long residentId, ConsentForm form) {
        form.check();
        ResidentConsent consent = new ResidentConsent(
                Ids.next(),
                residentId,
                form.scope(),
                form.givenBy().trim(),
                form.relation(),
                form.documentVersion().trim(),
                clock.instant(),
                actor.username(),
                null,
                null,
                null,
                true);
        jdbc.update(
                "INSERT INTO resident_consent (id, resident_id, scope, given_by, relation, document_version, given_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                consent.id(),
                residentId,
                consent.scope().name(),
                consent.givenBy(),
                consent.relation().name(),
                consent.documentVersion(),
                Timestamp.from(consent.givenAt()),
                consent.recordedBy());
        // the consenter's name stays on the row; the audit says what and how, not who by name
        audit.record(
                actor,
                AuditEntry.created(
                        "CONSENT",
                        "resident",
                        residentId,
                        consent.scope() + " v" + consent.documentVersion() + " by " + consent.relation()));
        return consent;
    }

    private List<ResidentConsent> history(long residentId) {
        return jdbc.query(
                "SELECT * FROM resident_consent WHERE resident_id = ? ORDER BY given_at DESC, id DESC",
                ResidentConsents::row,
                residentId);
    }

    private Resident resident(long residentId) {
        return residents
                .findById(residentId)
                .orElseThrow(
                        () -> DomainException.notFound("RESIDENT_NOT_FOUND", "没有这位老人", "There is no such resident"));
    }

    private static ResidentConsent row(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ResidentConsent(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                ConsentScope.valueOf(rs.getString("scope")),
                rs.getString("given_by"),
                ConsentRelation.valueOf(rs.getString("relation")),
                rs.getString("document_version"),
                rs.getTimestamp("given_at").toInstant(),
                rs.getString("recorded_by"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"),
                withdrawn == null);
    }
}
