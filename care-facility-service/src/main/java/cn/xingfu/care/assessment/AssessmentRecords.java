package cn.xingfu.care.assessment;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.DiagnosisView;
import cn.xingfu.care.resident.ResidentConsents;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessments and care events, grades with the dated policy of the facility's district, and works
 * out who is due for reassessment. Only care managers of the facility record or read details (health data).
 */
@Service
public class AssessmentRecords {

    private static final Set<ConsentScope> HEALTH_RECORD = EnumSet.of(ConsentScope.HEALTH_RECORD);

    private final AbilityAssessments assessments;
    private final CareEvents events;
    private final ResidentRegistry residents;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final Clock clock;
    private final ResidentConsents gate;

    AssessmentRecords(
            AbilityAssessments assessments,
            CareEvents events,
            ResidentRegistry residents,
            FacilityDirectory facilities,
            Settings settings,
            Clock clock,
            ResidentConsents gate) {
        this.gate = gate;
        this.assessments = assessments;
        this.events = events;
        this.residents = residents;
        this.facilities = facilities;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a GB/T 42195-2022 assessment form carries. */
    public record NewAssessment(
            LocalDate assessedOn,
            AssessmentReason reason,
            String firstAssessor,
            String secondAssessor,
            Map<String, Integer> scores,
            @Nullable Integer reportedRiskEvents,
            boolean coma) {}

    @Transactional
    public AssessmentView record(Actor actor, long residentId, NewAssessment form) {
        return record(actor, residentId, form, List.of());
    }

    /**
     * Grades and stores an assessment; it needs a HEALTH_RECORD consent in force or among {@code consents}.
     *
     * @throws DomainException CONSENT_REQUIRED, CONSENT_WITHDRAWN, the form's and the access errors
     */
    @Transactional
    public AssessmentView record(Actor actor, long residentId, NewAssessment form, List<ConsentForm> consents) {
        ResidentSummary resident = residents.summary(residentId);
        requireHealthAccess(actor, resident.facilityId());
        checkAssessors(form.firstAssessor(), form.secondAssessor());
        if (form.assessedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "ASSESSMENT_DATE_IN_FUTURE", "评估日期不能晚于今天", "The assessment date cannot be in the future");
        }
        Map<AbilityItem, Integer> scores = AbilityGrading.parse(form.scores());
        String district = facilities.get(resident.facilityId()).district();
        LocalDate on = form.assessedOn();
        int window = settings.integer("assessment.risk-event-window-days", on, district);
        long recordedRisks = events.findByResidentIdOrderByOccurredOnDesc(residentId).stream()
                .filter(e -> e.type().isRisk())
                .filter(e -> inRiskWindow(e.occurredOn(), on, window))
                .count();
        int riskEvents =
                (int) Math.max(recordedRisks, form.reportedRiskEvents() == null ? 0 : form.reportedRiskEvents());
        List<DiagnosisView> diagnoses = residents.diagnoses(residentId).stream()
                .filter(d -> !d.diagnosedOn().isAfter(on))
                .toList();
        AdjustmentFacts facts = new AdjustmentFacts(
                diagnoses.stream().anyMatch(DiagnosisView::isDementia),
                diagnoses.stream().anyMatch(d -> d.isOtherMentalDisorder() && d.psychiatrist()),
                riskEvents,
                form.coma());
        GradingPolicy policy = new GradingPolicy(
                settings.flag("assessment.raises-stack", on, district),
                settings.integer("assessment.risk-event-threshold", on, district));
        GradingResult result = AbilityGrading.grade(scores, facts, policy);
        LocalDate nextDue = on.plusDays(settings.integer("assessment.reassessment-interval-days", on, district));
        gate.requireFor(actor, residentId, HEALTH_RECORD, consents);
        return assessments
                .save(AbilityAssessment.current(
                        Ids.next(),
                        residentId,
                        resident.facilityId(),
                        on,
                        form.reason(),
                        form.firstAssessor().trim(),
                        form.secondAssessor().trim(),
                        scores,
                        result,
                        riskEvents,
                        form.coma(),
                        nextDue,
                        actor.username(),
                        clock.instant()))
                .view(true);
    }

    /** Keeps an MZ/T 039-2013 result exactly as recorded (grade 0-3); it is never mapped to GB/T grades. */
    @Transactional
    public AssessmentView recordLegacy(
            Actor actor,
            long residentId,
            LocalDate assessedOn,
            AssessmentReason reason,
            String firstAssessor,
            String secondAssessor,
            int legacyGrade,
            @Nullable Integer legacyTotal) {
        return recordLegacy(
                actor,
                residentId,
                assessedOn,
                reason,
                firstAssessor,
                secondAssessor,
                legacyGrade,
                legacyTotal,
                List.of());
    }

    /** As {@link #recordLegacy}, with consents given in the same request. */
    @Transactional
    public AssessmentView recordLegacy(
            Actor actor,
            long residentId,
            LocalDate assessedOn,
            AssessmentReason reason,
            String firstAssessor,
            String secondAssessor,
            int legacyGrade,
            @Nullable Integer legacyTotal,
            List<ConsentForm> consents) {
        ResidentSummary resident = residents.summary(residentId);
        requireHealthAccess(actor, resident.facilityId());
        checkAssessors(firstAssessor, secondAssessor);
        if (legacyGrade < 0 || legacyGrade > 3) {
            throw DomainException.invalid(
                    "LEGACY_GRADE_OUT_OF_RANGE", "MZ/T 039-2013 等级须为0到3", "MZ/T 039-2013 grades run 0..3");
        }
        gate.requireFor(actor, residentId, HEALTH_RECORD, consents);
        return assessments
                .save(AbilityAssessment.legacy(
                        Ids.next(),
                        residentId,
                        resident.facilityId(),
                        assessedOn,
                        reason,
                        firstAssessor.trim(),
                        secondAssessor.trim(),
                        legacyGrade,
                        legacyTotal,
                        actor.username(),
                        clock.instant()))
                .view(true);
    }

    @Transactional(readOnly = true)
    public List<AssessmentView> history(Actor actor, long residentId) {
        ResidentSummary resident = residents.summary(residentId);
        actor.requireFacility(resident.facilityId());
        boolean details = ResidentRegistry.mayReadHealth(actor, resident.facilityId());
        return assessments.findByResidentIdOrderByAssessedOnDescCreatedAtDesc(residentId).stream()
                .map(a -> a.view(details))
                .toList();
    }

    @Transactional(readOnly = true)
    public AssessmentView get(Actor actor, long assessmentId) {
        AbilityAssessment a = assessments
                .findById(assessmentId)
                .orElseThrow(() ->
                        DomainException.notFound("ASSESSMENT_NOT_FOUND", "没有这次评估", "There is no such assessment"));
        actor.requireFacility(a.facilityId());
        return a.view(ResidentRegistry.mayReadHealth(actor, a.facilityId()));
    }

    /**
     * The latest GB/T 42195-2022 assessment made on or before {@code on}, for other modules (home-care beds):
     * a rule judged for a past date must not see an assessment made after it.
     */
    @Transactional(readOnly = true)
    public Optional<AssessmentView> latestCurrentOn(long residentId, LocalDate on) {
        return assessments.findByResidentIdOrderByAssessedOnDescCreatedAtDesc(residentId).stream()
                .filter(a -> a.standardVersion() == StandardVersion.GB_T_42195_2022)
                .filter(a -> !a.assessedOn().isAfter(on))
                .findFirst()
                .map(a -> a.view(false));
    }

    @Transactional
    public CareEventView recordEvent(
            Actor actor, long residentId, CareEventType type, LocalDate occurredOn, @Nullable String note) {
        return recordEvent(actor, residentId, type, occurredOn, note, List.of());
    }

    /**
     * A care event (its type is health data as much as its note) needs a HEALTH_RECORD consent in force or among
     * {@code consents}.
     */
    @Transactional
    public CareEventView recordEvent(
            Actor actor,
            long residentId,
            CareEventType type,
            LocalDate occurredOn,
            @Nullable String note,
            List<ConsentForm> consents) {
        ResidentSummary resident = residents.summary(residentId);
        actor.requireFacility(resident.facilityId());
        if (occurredOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "EVENT_DATE_IN_FUTURE", "事件日期不能晚于今天", "The event date cannot be in the future");
        }
        gate.requireFor(actor, residentId, HEALTH_RECORD, consents);
        return events.save(new CareEvent(
                        Ids.next(),
                        residentId,
                        resident.facilityId(),
                        type,
                        occurredOn,
                        note,
                        actor.username(),
                        clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public List<CareEventView> events(Actor actor, long residentId) {
        actor.requireFacility(residents.summary(residentId).facilityId());
        return events.findByResidentIdOrderByOccurredOnDesc(residentId).stream()
                .map(CareEvent::view)
                .toList();
    }

    /**
     * Living residents of the facility whose assessment is due on or before {@code on}: never assessed under
     * GB/T 42195-2022, interval passed, or a risk event / condition change since the last assessment.
     */
    @Transactional(readOnly = true)
    public List<ReassessmentDue> due(Actor actor, long facilityId, LocalDate on) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        List<ReassessmentDue> due = new ArrayList<>();
        for (ResidentSummary resident : residents.summariesOf(facilityId)) {
            if (resident.deceased()) {
                continue;
            }
            dueFor(resident, on).filter(d -> !d.dueOn().isAfter(on)).ifPresent(due::add);
        }
        due.sort(Comparator.comparing(ReassessmentDue::dueOn));
        return due;
    }

    private Optional<ReassessmentDue> dueFor(ResidentSummary resident, LocalDate on) {
        Optional<AbilityAssessment> latest = latest(resident.id());
        if (latest.isEmpty()) {
            return Optional.of(new ReassessmentDue(
                    resident.id(), resident.name(), null, null, on, ReassessmentDue.Cause.NEVER_ASSESSED, true));
        }
        AbilityAssessment last = latest.get();
        Optional<LocalDate> event = events.findByResidentIdOrderByOccurredOnDesc(resident.id()).stream()
                .map(CareEvent::occurredOn)
                .filter(d -> d.isAfter(last.assessedOn()))
                .min(Comparator.naturalOrder());
        LocalDate interval = last.nextDueOn();
        if (event.isPresent() && (interval == null || !event.get().isAfter(interval))) {
            return Optional.of(new ReassessmentDue(
                    resident.id(),
                    resident.name(),
                    last.assessedOn(),
                    last.finalGrade(),
                    event.get(),
                    ReassessmentDue.Cause.EVENT,
                    event.get().isBefore(on)));
        }
        if (interval == null) {
            return Optional.empty();
        }
        return Optional.of(new ReassessmentDue(
                resident.id(),
                resident.name(),
                last.assessedOn(),
                last.finalGrade(),
                interval,
                ReassessmentDue.Cause.INTERVAL,
                interval.isBefore(on)));
    }

    private Optional<AbilityAssessment> latest(long residentId) {
        return assessments.findByResidentIdOrderByAssessedOnDescCreatedAtDesc(residentId).stream()
                .filter(a -> a.standardVersion() == StandardVersion.GB_T_42195_2022)
                .findFirst();
    }

    /**
     * A risk event counts for an assessment when it happened in the {@code window} days ending on the
     * assessment day: with 30, from 29 days before up to the day itself; 30 days before is outside.
     */
    static boolean inRiskWindow(LocalDate occurredOn, LocalDate assessedOn, int window) {
        return !occurredOn.isAfter(assessedOn) && occurredOn.isAfter(assessedOn.minusDays(window));
    }

    private static void requireHealthAccess(Actor actor, long facilityId) {
        actor.requireFacility(facilityId);
        if (!ResidentRegistry.mayReadHealth(actor, facilityId)) {
            throw DomainException.forbidden(
                    "HEALTH_DATA_RESTRICTED",
                    "能力评估仅限本机构的照护负责人录入和查看",
                    "Assessments are recorded and read only by care managers of the resident's facility");
        }
    }

    private static void checkAssessors(String first, String second) {
        if (first.isBlank() || second.isBlank() || first.trim().equals(second.trim())) {
            throw DomainException.invalid(
                    "TWO_ASSESSORS_REQUIRED", "评估须由两名不同的评估员完成", "An assessment needs two different assessors");
        }
    }
}
