package cn.xingfu.canteen.foodsafety.web;

import cn.xingfu.canteen.foodsafety.FoodHandlers;
import cn.xingfu.canteen.foodsafety.FoodSafetyAlerts;
import cn.xingfu.canteen.foodsafety.FoodSafetyRule;
import cn.xingfu.canteen.foodsafety.FoodSafetyRules;
import cn.xingfu.canteen.foodsafety.SampleLog;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Food safety",
        description = "Sample retention, sample fridges, alerts, food handlers and health certificates")
class FoodSafetyController {

    private final SampleLog samples;
    private final FoodSafetyAlerts alerts;
    private final FoodHandlers handlers;
    private final FoodSafetyRules rules;
    private final CanteenDirectory canteens;

    FoodSafetyController(
            SampleLog samples,
            FoodSafetyAlerts alerts,
            FoodHandlers handlers,
            FoodSafetyRules rules,
            CanteenDirectory canteens) {
        this.samples = samples;
        this.alerts = alerts;
        this.handlers = handlers;
        this.rules = rules;
        this.canteens = canteens;
    }

    @GetMapping("/api/canteens/{canteenId}/food-safety/rule")
    @Operation(summary = "The food-safety figures in force at the canteen on a date (default today)")
    FoodSafetyRule rule(
            @PathVariable long canteenId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Actor actor) {
        actor.requireStaff();
        return rules.inForce(
                canteens.canteen(canteenId).districtCode(), date != null ? date : LocalDate.now(CanteenDirectory.ZONE));
    }

    @PutMapping("/api/districts/{districtCode}/food-safety/rule")
    @Operation(summary = "A new version of the district's food-safety figures from a date (district administrator)")
    FoodSafetyRule define(@PathVariable String districtCode, @Valid @RequestBody RuleRequest request, Actor actor) {
        return rules.define(
                districtCode,
                request.effectiveFrom(),
                request.minSampleGrams(),
                request.retentionHours(),
                request.fridgeMinCelsius(),
                request.fridgeMaxCelsius(),
                request.certificateValidDays(),
                actor);
    }

    @PostMapping("/api/canteens/{canteenId}/sample-fridges")
    @ResponseStatus(HttpStatus.CREATED)
    SampleLog.Fridge addFridge(@PathVariable long canteenId, @Valid @RequestBody Named request, Actor actor) {
        return samples.addFridge(canteenId, request.name(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/sample-fridges")
    List<SampleLog.Fridge> fridges(@PathVariable long canteenId, Actor actor) {
        return samples.fridges(canteenId, actor);
    }

    @PostMapping("/api/sample-fridges/{fridgeId}/readings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log the fridge's temperature now; outside the range raises an alert")
    SampleLog.Reading read(@PathVariable long fridgeId, @Valid @RequestBody ReadingRequest request, Actor actor) {
        return samples.read(fridgeId, request.celsius(), actor);
    }

    @GetMapping("/api/sample-fridges/{fridgeId}/readings")
    List<SampleLog.Reading> readings(
            @PathVariable long fridgeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        return samples.readings(fridgeId, date, actor);
    }

    @PostMapping("/api/menu-items/{menuItemId}/sample")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the retained sample of a dish of a meal, taken now by the signed-in staff member")
    SampleLog.Sample take(@PathVariable long menuItemId, @Valid @RequestBody SampleRequest request, Actor actor) {
        return samples.take(menuItemId, request.weightGrams(), request.fridgeId(), actor);
    }

    @PostMapping("/api/samples/{sampleId}/discard")
    @Operation(summary = "The sample was thrown away now; before its keep-until time this raises an alert")
    SampleLog.Sample discard(@PathVariable long sampleId, Actor actor) {
        return samples.discard(sampleId, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/samples")
    List<SampleLog.Sample> samples(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        return samples.samples(canteenId, date, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/food-safety/alerts")
    List<FoodSafetyAlerts.Alert> alerts(
            @PathVariable long canteenId, @RequestParam(defaultValue = "true") boolean openOnly, Actor actor) {
        return alerts.of(canteenId, openOnly, actor);
    }

    @PostMapping("/api/food-safety/alerts/{alertId}/resolve")
    void resolve(@PathVariable long alertId, @Valid @RequestBody Resolution request, Actor actor) {
        alerts.resolve(alertId, request.resolution(), actor);
    }

    @PostMapping("/api/canteens/{canteenId}/food-handlers")
    @ResponseStatus(HttpStatus.CREATED)
    FoodHandlers.Handler register(@PathVariable long canteenId, @Valid @RequestBody Named request, Actor actor) {
        return handlers.register(canteenId, request.name(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/food-handlers")
    List<FoodHandlers.Handler> roster(@PathVariable long canteenId, Actor actor) {
        return handlers.roster(canteenId, actor);
    }

    @PostMapping("/api/food-handlers/{handlerId}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    FoodHandlers.Certificate certify(
            @PathVariable long handlerId, @Valid @RequestBody CertificateRequest request, Actor actor) {
        return handlers.certify(
                handlerId, request.number(), request.issuer(), request.issuedOn(), request.validUntil(), actor);
    }

    @PostMapping("/api/food-handlers/{handlerId}/duties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a food handler on duty for a meal; refused without a valid health certificate")
    FoodHandlers.Duty assign(@PathVariable long handlerId, @Valid @RequestBody DutyRequest request, Actor actor) {
        return handlers.assign(handlerId, request.date(), request.period(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/food-handler-duties")
    List<FoodHandlers.Duty> duties(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        return handlers.duties(canteenId, date, actor);
    }

    record RuleRequest(
            @NotNull LocalDate effectiveFrom,
            @NotNull BigDecimal minSampleGrams,
            int retentionHours,
            @NotNull BigDecimal fridgeMinCelsius,
            @NotNull BigDecimal fridgeMaxCelsius,
            int certificateValidDays) {}

    record Named(@NotBlank @Size(max = 50) String name) {}

    record ReadingRequest(@NotNull BigDecimal celsius) {}

    record SampleRequest(@NotNull BigDecimal weightGrams, long fridgeId) {}

    record Resolution(@NotBlank @Size(max = 300) String resolution) {}

    record CertificateRequest(
            @NotBlank @Size(max = 50) String number,
            @NotBlank @Size(max = 100) String issuer,
            @NotNull LocalDate issuedOn,
            @Nullable LocalDate validUntil) {}

    record DutyRequest(@NotNull LocalDate date, @NotNull MealPeriod period) {}
}
