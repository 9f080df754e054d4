package cn.xingfu.care.rating;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rating history, current levels, threshold tables and self-assessments. */
@Service
public class RatingRegistry {

    private static final Comparator<FacilityRating> LATEST_FIRST = Comparator.comparing(FacilityRating::decisionDate)
            .thenComparing(FacilityRating::recordedAt)
            .reversed();

    private final FacilityRatings ratings;
    private final ThresholdTableRows tables;
    private final SelfAssessments assessments;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final Clock clock;

    RatingRegistry(
            FacilityRatings ratings,
            ThresholdTableRows tables,
            SelfAssessments assessments,
            FacilityDirectory facilities,
            Settings settings,
            Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
        this.tables = tables;
        this.assessments = assessments;
        this.facilities = facilities;
        this.settings = settings;
    }

    /** A rating decision as entered by the district. */
    public record NewRating(
            RatingScheme scheme,
            int level,
            String issuer,
            LocalDate decisionDate,
            @Nullable LocalDate validUntil,
            String basisStandard) {}

    /** A facility with its current star and leaf standing, for overviews. */
    public record FacilityStanding(long facilityId, String facilityName, CurrentRating star, CurrentRating leaf) {}

    /** Records a decision; only the district enters them. Earlier decisions stay as they were. */
    @Transactional
    public FacilityRatingView record(Actor actor, long facilityId, NewRating rating) {
        actor.requireDistrictAdmin();
        facilities.get(facilityId);
        if (rating.level() < 1 || rating.level() > 5) {
            throw DomainException.invalid("RATING_LEVEL_INVALID", "等级必须为 1 到 5", "A rating level is 1 to 5")
                    .with(Map.of("level", rating.level()));
        }
        if (rating.validUntil() != null && rating.validUntil().isBefore(rating.decisionDate())) {
            throw DomainException.invalid(
                    "RATING_DATES_INVALID", "有效期不能早于评定日期", "The valid-until date cannot precede the decision");
        }
        FacilityRating saved = ratings.save(new FacilityRating(
                Ids.next(),
                facilityId,
                rating.scheme(),
                rating.level(),
                rating.issuer(),
                rating.decisionDate(),
                rating.validUntil(),
                rating.basisStandard(),
                actor.username(),
                clock.instant()));
        return saved.view();
    }

    @Transactional(readOnly = true)
    public List<FacilityRatingView> history(Actor actor, long facilityId) {
        facilities.visible(actor, facilityId);
        return ratings.findByFacilityIdOrderByDecisionDateDescRecordedAtDesc(facilityId).stream()
                .map(FacilityRating::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CurrentRating current(Actor actor, long facilityId, RatingScheme scheme, LocalDate on) {
        facilities.visible(actor, facilityId);
        return current(
                facilityId, scheme, ratings.findByFacilityIdOrderByDecisionDateDescRecordedAtDesc(facilityId), on);
    }

    /** Star and leaf standing of every facility the actor may see. */
    @Transactional(readOnly = true)
    public List<FacilityStanding> standings(Actor actor, LocalDate on) {
        List<FacilityView> visible = facilities.visibleTo(actor);
        Map<Long, List<FacilityRating>> byFacility =
                ratings
                        .findByFacilityIdIn(
                                visible.stream().map(FacilityView::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(FacilityRating::facilityId));
        List<FacilityStanding> result = new ArrayList<>();
        for (FacilityView facility : visible) {
            List<FacilityRating> history = byFacility.getOrDefault(facility.id(), List.of());
            result.add(new FacilityStanding(
                    facility.id(),
                    facility.name(),
                    current(facility.id(), RatingScheme.STAR, history, on),
                    current(facility.id(), RatingScheme.LEAF, history, on)));
        }
        return result;
    }

    static CurrentRating current(long facilityId, RatingScheme scheme, List<FacilityRating> history, LocalDate on) {
        return history.stream()
                .filter(r -> r.scheme() == scheme && !r.decisionDate().isAfter(on))
                .min(LATEST_FIRST)
                .map(latest -> {
                    boolean valid = latest.validOn(on);
                    Long days = latest.validUntil() == null ? null : ChronoUnit.DAYS.between(on, latest.validUntil());
                    return new CurrentRating(
                            facilityId,
                            scheme,
                            valid ? latest.level() : null,
                            valid ? scheme.chineseLabel(latest.level()) : "未评级（已过期）",
                            valid ? scheme.englishLabel(latest.level()) : "unrated (expired)",
                            latest.decisionDate(),
                            latest.validUntil(),
                            !valid,
                            valid ? days : null);
                })
                .orElseGet(
                        () -> new CurrentRating(facilityId, scheme, null, "未评级", "unrated", null, null, false, null));
    }

    /** The table in force for the scheme on the date, or NO_THRESHOLD_TABLE (422). */
    @Transactional(readOnly = true)
    public ThresholdTable tableFor(RatingScheme scheme, LocalDate on) {
        return tables.findBySchemeOrderByEffectiveFromDesc(scheme).stream()
                .map(ThresholdTableRow::table)
                .filter(t -> t.appliesOn(on))
                .findFirst()
                .orElseThrow(() -> DomainException.rejected(
                        "NO_THRESHOLD_TABLE", "该日期没有生效的评分阈值表", "No threshold table is in force on that date"));
    }

    @Transactional(readOnly = true)
    public List<ThresholdTable> tables() {
        return tables.findAllByOrderBySchemeAscEffectiveFromAsc().stream()
                .map(ThresholdTableRow::table)
                .toList();
    }

    /** Adds a dated table (e.g. the official one once it is known); older tables stay for older assessments. */
    @Transactional
    public ThresholdTable defineTable(Actor actor, ThresholdTable draft) {
        actor.requireDistrictAdmin();
        ThresholdTable table = new ThresholdTable(
                Ids.next(),
                draft.scheme(),
                draft.label(),
                draft.demo(),
                draft.effectiveFrom(),
                draft.effectiveTo(),
                draft.maxima(),
                draft.levels());
        if (table.effectiveTo() != null && table.effectiveTo().isBefore(table.effectiveFrom())) {
            throw DomainException.invalid(
                    "THRESHOLD_TABLE_INVALID", "阈值表结束日期早于开始日期", "Invalid threshold table: it ends before it starts");
        }
        if (table.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw DomainException.rejected(
                            "THRESHOLD_TABLE_BACKDATED",
                            "新的阈值表只能从今天或以后开始生效",
                            "A new threshold table can take effect today or later, never in the past")
                    .with(Map.of("today", LocalDate.now(clock).toString()));
        }
        table.check();
        return tables.save(new ThresholdTableRow(table, actor.username(), clock.instant()))
                .table();
    }

    public RatingPolicy policy(LocalDate on, @Nullable String district) {
        return new RatingPolicy(
                settings.integer("rating.first-application-max-level", on, district),
                settings.integer("rating.veto-lookback-years", on, district),
                settings.integer("rating.min-operating-years", on, district));
    }

    /** Records a self-assessment and evaluates it with the table and policy in force on its date. */
    @Transactional
    public SelfAssessmentView selfAssess(
            Actor actor,
            long facilityId,
            RatingScheme scheme,
            LocalDate assessedOn,
            PartScores scores,
            Vetoes vetoes,
            @Nullable String note) {
        facilities.visible(actor, facilityId);
        SelfAssessment assessment = new SelfAssessment(
                Ids.next(), facilityId, scheme, assessedOn, scores, vetoes, note, actor.username(), clock.instant());
        Evaluation evaluation = evaluate(assessment);
        assessment.evaluated(evaluation, clock.instant());
        return assessments.save(assessment).view(evaluation);
    }

    /**
     * Self-assessments with the evaluation stored when each was recorded: a later threshold table or policy
     * never changes a past result. Rows from before evaluations were stored are evaluated once, then kept.
     */
    @Transactional
    public List<SelfAssessmentView> selfAssessments(Actor actor, long facilityId) {
        facilities.visible(actor, facilityId);
        return assessments.findByFacilityIdOrderByAssessedOnDesc(facilityId).stream()
                .map(a -> a.view(stored(a)))
                .toList();
    }

    private Evaluation stored(SelfAssessment assessment) {
        Evaluation kept = assessment.evaluation();
        if (kept != null) {
            return kept;
        }
        Evaluation evaluation = evaluate(assessment);
        assessment.evaluated(evaluation, clock.instant());
        return evaluation;
    }

    private Evaluation evaluate(SelfAssessment assessment) {
        FacilityView facility = facilities.get(assessment.facilityId());
        LocalDate on = assessment.assessedOn();
        boolean first = ratings.findByFacilityIdOrderByDecisionDateDescRecordedAtDesc(facility.id()).stream()
                .noneMatch(r ->
                        r.scheme() == assessment.scheme() && !r.decisionDate().isAfter(on));
        return RatingRules.evaluate(
                tableFor(assessment.scheme(), on),
                policy(on, facility.district()),
                assessment.scores(),
                assessment.vetoes(),
                facility.openedOn(),
                on,
                first);
    }
}
