package cn.xingfu.care.rating.web;

import cn.xingfu.care.rating.CurrentRating;
import cn.xingfu.care.rating.FacilityRatingView;
import cn.xingfu.care.rating.PartScores;
import cn.xingfu.care.rating.RatingRegistry;
import cn.xingfu.care.rating.RatingScheme;
import cn.xingfu.care.rating.SelfAssessmentView;
import cn.xingfu.care.rating.ThresholdTable;
import cn.xingfu.care.rating.Vetoes;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Star and leaf ratings, threshold tables and self-assessments. */
@RestController
class RatingController {

    private final RatingRegistry registry;
    private final Clock clock;

    RatingController(RatingRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/api/facilities/{facilityId}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    FacilityRatingView record(Actor actor, @PathVariable long facilityId, @Valid @RequestBody RatingRequest request) {
        return registry.record(
                actor,
                facilityId,
                new RatingRegistry.NewRating(
                        request.scheme(),
                        request.level(),
                        request.issuer(),
                        request.decisionDate(),
                        request.validUntil(),
                        request.basisStandard()));
    }

    @GetMapping("/api/facilities/{facilityId}/ratings")
    List<FacilityRatingView> history(Actor actor, @PathVariable long facilityId) {
        return registry.history(actor, facilityId);
    }

    @GetMapping("/api/facilities/{facilityId}/ratings/current")
    List<CurrentRating> current(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return List.of(
                registry.current(actor, facilityId, RatingScheme.STAR, on),
                registry.current(actor, facilityId, RatingScheme.LEAF, on));
    }

    @GetMapping("/api/ratings/standings")
    List<RatingRegistry.FacilityStanding> standings(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return registry.standings(actor, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/api/rating-thresholds")
    List<ThresholdTable> tables() {
        return registry.tables();
    }

    @PostMapping("/api/rating-thresholds")
    @ResponseStatus(HttpStatus.CREATED)
    ThresholdTable defineTable(Actor actor, @Valid @RequestBody ThresholdTableRequest request) {
        return registry.defineTable(
                actor,
                new ThresholdTable(
                        0,
                        request.scheme(),
                        request.label(),
                        Boolean.TRUE.equals(request.demo()),
                        request.effectiveFrom(),
                        request.effectiveTo(),
                        request.maxima().scores(),
                        request.levels().stream()
                                .map(l -> new ThresholdTable.LevelThreshold(
                                        l.level(), l.minTotal(), l.minimum().scores()))
                                .toList()));
    }

    @PostMapping("/api/facilities/{facilityId}/self-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    SelfAssessmentView selfAssess(
            Actor actor, @PathVariable long facilityId, @Valid @RequestBody SelfAssessmentRequest request) {
        return registry.selfAssess(
                actor,
                facilityId,
                request.scheme(),
                request.assessedOn(),
                request.scores().scores(),
                new Vetoes(
                        request.gb38600Compliant(),
                        request.lastAccidentOrPenalty(),
                        Boolean.TRUE.equals(request.onDishonestList()),
                        Boolean.TRUE.equals(request.refusedPlaqueReturn())),
                request.note());
    }

    @GetMapping("/api/facilities/{facilityId}/self-assessments")
    List<SelfAssessmentView> selfAssessments(Actor actor, @PathVariable long facilityId) {
        return registry.selfAssessments(actor, facilityId);
    }

    record RatingRequest(
            @NotNull RatingScheme scheme,
            @NotNull Integer level,
            @NotBlank @Size(max = 120) String issuer,
            @NotNull LocalDate decisionDate,
            @Nullable LocalDate validUntil,
            @NotBlank @Size(max = 120) String basisStandard) {}

    record Scores(
            @NotNull Integer environment,
            @NotNull Integer facilities,
            @NotNull Integer operations,
            @NotNull Integer service) {

        PartScores scores() {
            return new PartScores(environment, facilities, operations, service);
        }
    }

    record LevelRequest(
            @NotNull Integer level,
            @NotNull Integer minTotal,
            @NotNull @Valid Scores minimum) {}

    record ThresholdTableRequest(
            @NotNull RatingScheme scheme,
            @NotBlank @Size(max = 200) String label,
            @Nullable Boolean demo,
            @NotNull LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            @NotNull @Valid Scores maxima,
            @NotEmpty @Size(max = 5) List<@Valid LevelRequest> levels) {}

    record SelfAssessmentRequest(
            @NotNull RatingScheme scheme,
            @NotNull LocalDate assessedOn,
            @NotNull @Valid Scores scores,
            @NotNull Boolean gb38600Compliant,
            @Nullable LocalDate lastAccidentOrPenalty,
            @Nullable Boolean onDishonestList,
            @Nullable Boolean refusedPlaqueReturn,
            @Nullable @Size(max = 500) String note) {}
}
