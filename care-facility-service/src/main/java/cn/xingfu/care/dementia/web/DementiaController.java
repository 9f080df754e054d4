package cn.xingfu.care.dementia.web;

import cn.xingfu.care.dementia.AntiWanderingMeasure;
import cn.xingfu.care.dementia.CognitiveUnitView;
import cn.xingfu.care.dementia.ComplianceCheck;
import cn.xingfu.care.dementia.ComplianceSheet;
import cn.xingfu.care.dementia.DementiaCare;
import cn.xingfu.care.dementia.EducationLevel;
import cn.xingfu.care.dementia.ScreeningTool;
import cn.xingfu.care.dementia.ScreeningView;
import cn.xingfu.care.dementia.Shift;
import cn.xingfu.care.dementia.ShiftRecord;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/** Dementia units, shift staffing, screenings and the compliance sheet. */
@RestController
class DementiaController {

    private final DementiaCare care;
    private final Clock clock;

    DementiaController(DementiaCare care, Clock clock) {
        this.care = care;
        this.clock = clock;
    }

    @PostMapping("/api/facilities/{facilityId}/dementia-units")
    @ResponseStatus(HttpStatus.CREATED)
    CognitiveUnitView create(Actor actor, @PathVariable long facilityId, @Valid @RequestBody UnitRequest request) {
        return care.createUnit(
                actor,
                facilityId,
                request.name(),
                request.carePlanners(),
                request.antiWanderingMeasures(),
                request.roomIds());
    }

    @GetMapping("/api/facilities/{facilityId}/dementia-units")
    List<CognitiveUnitView> units(Actor actor, @PathVariable long facilityId) {
        return care.unitsOf(actor, facilityId);
    }

    @GetMapping("/api/dementia-units/{unitId}")
    CognitiveUnitView unit(Actor actor, @PathVariable long unitId) {
        return care.getUnit(actor, unitId);
    }

    @PutMapping("/api/dementia-units/{unitId}")
    CognitiveUnitView update(Actor actor, @PathVariable long unitId, @Valid @RequestBody UnitRequest request) {
        return care.updateUnit(
                actor, unitId, request.carePlanners(), request.antiWanderingMeasures(), request.roomIds());
    }

    @PostMapping("/api/dementia-units/{unitId}/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    ShiftRecord shift(Actor actor, @PathVariable long unitId, @Valid @RequestBody ShiftRequest request) {
        return care.recordShift(
                actor,
                unitId,
                request.date() != null ? request.date() : LocalDate.now(clock),
                request.shift(),
                request.residentsPresent());
    }

    /** Checks the unit's staffing on the date against the roster now, raising or closing alerts. */
    @PostMapping("/api/dementia-units/{unitId}/staffing-check")
    List<ComplianceCheck> staffingCheck(
            Actor actor,
            @PathVariable long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return care.checkStaffing(actor, unitId, on != null ? on : LocalDate.now(clock));
    }

    @GetMapping("/api/dementia-units/{unitId}/compliance")
    ComplianceSheet compliance(
            Actor actor,
            @PathVariable long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return care.compliance(actor, unitId, on != null ? on : LocalDate.now(clock));
    }

    @PostMapping("/api/residents/{residentId}/cognitive-screenings")
    @ResponseStatus(HttpStatus.CREATED)
    ScreeningView screen(Actor actor, @PathVariable long residentId, @Valid @RequestBody ScreeningRequest request) {
        return care.recordScreening(
                actor,
                residentId,
                request.tool(),
                request.score(),
                request.education(),
                request.screenedOn(),
                request.screenedBy(),
                Boolean.TRUE.equals(request.doctorConfirmed()),
                ConsentForm.orNone(request.consents()));
    }

    @GetMapping("/api/residents/{residentId}/cognitive-screenings")
    List<ScreeningView> screenings(Actor actor, @PathVariable long residentId) {
        return care.screeningsOf(actor, residentId);
    }

    record UnitRequest(
            @NotBlank @Size(max = 60) String name,
            @Min(0) @Max(100) int carePlanners,
            @NotNull Set<AntiWanderingMeasure> antiWanderingMeasures,
            @NotNull @Size(max = 200) Set<Long> roomIds) {}

    record ShiftRequest(
            @Nullable LocalDate date,
            @NotNull Shift shift,
            @Min(0) @Max(500) int residentsPresent) {}

    record ScreeningRequest(
            @NotNull ScreeningTool tool,
            @NotNull @Min(0) @Max(30) Integer score,
            @NotNull EducationLevel education,
            @NotNull LocalDate screenedOn,
            @NotBlank @Size(max = 60) String screenedBy,
            @Nullable Boolean doctorConfirmed,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}
}
