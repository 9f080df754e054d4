package cn.xingfu.care.safety;

import cn.xingfu.care.alert.AlertDesk;
import cn.xingfu.care.alert.AlertKind;
import cn.xingfu.care.alert.AlertView;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GB 38600 resident safety: the nine risk assessments, the open tasks they leave, exit/door events of residents
 * at risk of wandering off (each alerts the care manager) and incidents with family notification and review.
 */
@Service
public class ResidentSafety {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RiskAssessments risks;
    private final ExitEvents exits;
    private final Incidents incidents;
    private final ResidentRegistry residents;
    private final FacilityDirectory facilities;
    private final AlertDesk alerts;
    private final Clock clock;

    ResidentSafety(
            RiskAssessments risks,
            ExitEvents exits,
            Incidents incidents,
            ResidentRegistry residents,
            FacilityDirectory facilities,
            AlertDesk alerts,
            Clock clock) {
        this.risks = risks;
        this.exits = exits;
        this.incidents = incidents;
        this.residents = residents;
        this.facilities = facilities;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** What is entered for one risk. */
    public record NewRiskAssessment(
            Risk risk, RiskLevel level, @Nullable String measures, LocalDate assessedOn, String assessedBy) {}

    @Transactional
    public RiskView assess(Actor actor, long residentId, NewRiskAssessment form) {
        ResidentSummary resident = resident(actor, residentId);
        if (form.level() == RiskLevel.UNASSESSED) {
            throw DomainException.invalid(
                    "RISK_LEVEL_INVALID", "评估结果须为低风险、需防护或高风险", "A risk is assessed as LOW, NEEDS_PROTECTION or HIGH");
        }
        if (form.level().needsMeasures()
                && (form.measures() == null || form.measures().isBlank())) {
            throw DomainException.invalid(
                            "RISK_MEASURES_REQUIRED",
                            "需防护或高风险的项目须写明防护措施",
                            "A risk that needs protection or is high must have its protective measures written down")
                    .with(Map.of("risk", form.risk().name()));
        }
        if (form.assessedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "ASSESSMENT_DATE_IN_FUTURE", "评估日期不能晚于今天", "The assessment date cannot be in the future");
        }
        String measures = form.measures() == null || form.measures().isBlank()
                ? null
                : form.measures().trim();
        return risks.save(new RiskAssessment(
                        Ids.next(),
                        residentId,
                        resident.facilityId(),
                        form.risk(),
                        form.level(),
                        measures,
                        form.assessedOn(),
                        form.assessedBy().trim(),
                        actor.username(),
                        clock.instant()))
                .view();
    }

    /** The nine risks of the resident, in the standard's order, each current or UNASSESSED. */
    @Transactional(readOnly = true)
    public List<RiskView> risksOf(Actor actor, long residentId) {
        resident(actor, residentId);
        return current(risks.findByResidentIdOrderByAssessedOnDescCreatedAtDesc(residentId)).values().stream()
                .toList();
    }

    /** Open tasks of the facility: every risk not yet assessed for a living resident in it. */
    @Transactional(readOnly = true)
    public List<RiskTask> openTasks(Actor actor, long facilityId) {
        facilities.visible(actor, facilityId);
        List<ResidentSummary> living = residents.summariesOf(facilityId).stream()
                .filter(r -> r.inInstitution() && !r.deceased())
                .toList();
        Map<Long, List<RiskAssessment>> byResident = risks
                .findByResidentIdInOrderByAssessedOnDescCreatedAtDesc(
                        living.stream().map(ResidentSummary::id).toList())
                .stream()
                .collect(Collectors.groupingBy(RiskAssessment::residentId));
        List<RiskTask> tasks = new ArrayList<>();
        for (ResidentSummary resident : living) {
            current(byResident.getOrDefault(resident.id(), List.of())).values().stream()
                    .filter(v -> v.level() == RiskLevel.UNASSESSED)
                    .forEach(v ->
                            tasks.add(new RiskTask(facilityId, resident.id(), resident.name(), v.risk(), v.nameZh())));
        }
        return tasks;
    }

    /**
     * Records that a resident passed an exit or door. When the resident's current wandering risk needs
     * protection or is high, the care manager is alerted (one alert per event).
     */
    @Transactional
    public ExitEventView exitEvent(Actor actor, long residentId, String door, @Nullable Instant at) {
        ResidentSummary resident = resident(actor, residentId);
        Instant occurredAt = at != null ? at : clock.instant();
        if (occurredAt.isAfter(clock.instant().plusSeconds(60))) {
            throw DomainException.invalid(
                    "EVENT_TIME_IN_FUTURE", "事件时间不能晚于现在", "The event time cannot be in the future");
        }
        RiskView wandering = current(risks.findByResidentIdOrderByAssessedOnDescCreatedAtDesc(residentId))
                .get(Risk.WANDERING);
        boolean atRisk = wandering.level().needsMeasures();
        long id = Ids.next();
        Long alertId = null;
        if (atRisk) {
            String when = TIME.format(occurredAt.atZone(clock.getZone()));
            AlertView alert = alerts.raise(
                    resident.facilityId(),
                    AlertKind.WANDERING_EXIT,
                    "wandering:resident:" + residentId + ":exit:" + id,
                    "有走失风险的老人 " + resident.name() + " 于 " + when + " 经过 " + door + "，请立即确认其去向",
                    "Resident " + resident.name() + ", at risk of wandering off, passed " + door + " at " + when
                            + ": check where they are now");
            alertId = alert.id();
        }
        return exits.save(new ExitEvent(
                        id,
                        resident.facilityId(),
                        residentId,
                        door.trim(),
                        occurredAt,
                        atRisk,
                        alertId,
                        actor.username(),
                        clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public List<ExitEventView> exitEventsOf(Actor actor, long residentId) {
        resident(actor, residentId);
        return exits.findByResidentIdOrderByOccurredAtDesc(residentId).stream()
                .map(ExitEvent::view)
                .toList();
    }

    @Transactional
    public IncidentView reportIncident(
            Actor actor, long residentId, @Nullable Risk risk, Instant occurredAt, String description) {
        ResidentSummary resident = resident(actor, residentId);
        if (occurredAt.isAfter(clock.instant().plusSeconds(60))) {
            throw DomainException.invalid(
                    "EVENT_TIME_IN_FUTURE", "事件时间不能晚于现在", "The event time cannot be in the future");
        }
        return incidents
                .save(new Incident(
                        Ids.next(),
                        resident.facilityId(),
                        residentId,
                        risk,
                        occurredAt,
                        description.trim(),
                        actor.username(),
                        clock.instant()))
                .view();
    }

    @Transactional
    public IncidentView familyNotified(
            Actor actor, long incidentId, @Nullable Instant at, NotificationMethod method, String notifiedBy) {
        Incident incident = incident(actor, incidentId);
        Instant when = at != null ? at : clock.instant();
        if (when.isAfter(clock.instant().plusSeconds(60))) {
            throw DomainException.invalid(
                    "EVENT_TIME_IN_FUTURE", "通知时间不能晚于现在", "The notification time cannot be in the future");
        }
        incident.familyNotified(when, method, notifiedBy.trim());
        return incident.view();
    }

    @Transactional
    public IncidentView review(Actor actor, long incidentId, String note) {
        Incident incident = incident(actor, incidentId);
        incident.reviewed(note.trim(), actor.username());
        return incident.view();
    }

    @Transactional
    public IncidentView close(Actor actor, long incidentId) {
        Incident incident = incident(actor, incidentId);
        incident.close(actor.username(), clock.instant());
        return incident.view();
    }

    @Transactional(readOnly = true)
    public List<IncidentView> incidentsOf(Actor actor, long facilityId, boolean openOnly) {
        facilities.visible(actor, facilityId);
        return (openOnly
                        ? incidents.findByFacilityIdAndClosedAtIsNullOrderByOccurredAtDesc(facilityId)
                        : incidents.findByFacilityIdOrderByOccurredAtDesc(facilityId))
                .stream().map(Incident::view).toList();
    }

    /** Latest assessment per risk (history is newest first), UNASSESSED where there is none. */
    private static Map<Risk, RiskView> current(List<RiskAssessment> newestFirst) {
        Map<Risk, RiskView> current = new EnumMap<>(Risk.class);
        for (RiskAssessment a : newestFirst) {
            current.putIfAbsent(a.risk(), a.view());
        }
        for (Risk risk : Risk.values()) {
            current.putIfAbsent(risk, RiskView.unassessed(risk));
        }
        return current;
    }

    private ResidentSummary resident(Actor actor, long residentId) {
        ResidentSummary resident = residents.summary(residentId);
        actor.requireFacility(resident.facilityId());
        return resident;
    }

    private Incident incident(Actor actor, long incidentId) {
        Incident incident = incidents
                .findById(incidentId)
                .orElseThrow(
                        () -> DomainException.notFound("INCIDENT_NOT_FOUND", "没有这个事件", "There is no such incident"));
        actor.requireFacility(incident.facilityId());
        return incident;
    }
}
