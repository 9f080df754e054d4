package cn.xingfu.care.assessment.web;

import cn.xingfu.care.assessment.AssessmentReason;
import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.assessment.AssessmentView;
import cn.xingfu.care.assessment.CareEventType;
import cn.xingfu.care.assessment.CareEventView;
import cn.xingfu.care.assessment.ReassessmentDue;
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
import java.util.Map;
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

/** GB/T 42195-2022 assessments, legacy MZ/T 039-2013 records, care events and the reassessment list. */
@RestController
class AssessmentController {

    private final AssessmentRecords records;
    private final Clock clock;

    AssessmentController(AssessmentRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @PostMapping("/api/residents/{residentId}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView record(Actor actor, @PathVariable long residentId, @Valid @RequestBody AssessmentForm form) {
        return records.record(
                actor,
                residentId,
                new AssessmentRecords.NewAssessment(
                        form.assessedOn(),
                        form.reason(),
                        form.firstAssessor(),
                        form.secondAssessor(),
                        form.scores(),
                        form.riskEventsLast30Days(),
                        Boolean.TRUE.equals(form.coma())),
                ConsentForm.orNone(form.consents()));
    }

    @PostMapping("/api/residents/{residentId}/assessments/legacy")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView recordLegacy(Actor actor, @PathVariable long residentId, @Valid @RequestBody LegacyForm form) {
        return records.recordLegacy(
                actor,
                residentId,
                form.assessedOn(),
                form.reason(),
                form.firstAssessor(),
                form.secondAssessor(),
                form.grade(),
                form.total(),
                ConsentForm.orNone(form.consents()));
    }

    @GetMapping("/api/residents/{residentId}/assessments")
    List<AssessmentView> history(Actor actor, @PathVariable long residentId) {
        return records.history(actor, residentId);
    }

    @GetMapping("/api/assessments/{assessmentId}")
    AssessmentView get(Actor actor, @PathVariable long assessmentId) {
        return records.get(actor, assessmentId);
    }

    @PostMapping("/api/residents/{residentId}/care-events")
    @ResponseStatus(HttpStatus.CREATED)
    CareEventView recordEvent(Actor actor, @PathVariable long residentId, @Valid @RequestBody EventForm form) {
        return records.recordEvent(
                actor,
                residentId,
                form.type(),
                form.occurredOn() != null ? form.occurredOn() : LocalDate.now(clock),
                form.note(),
                ConsentForm.orNone(form.consents()));
    }

    @GetMapping("/api/residents/{residentId}/care-events")
    List<CareEventView> events(Actor actor, @PathVariable long residentId) {
        return records.events(actor, residentId);
    }

    @GetMapping("/api/facilities/{facilityId}/reassessments-due")
    List<ReassessmentDue> due(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return records.due(actor, facilityId, on != null ? on : LocalDate.now(clock));
    }

    record AssessmentForm(
            @NotNull LocalDate assessedOn,
            @NotNull AssessmentReason reason,
            @NotBlank @Size(max = 60) String firstAssessor,
            @NotBlank @Size(max = 60) String secondAssessor,
            @NotNull Map<String, Integer> scores,
            @Min(0) @Max(100) @Nullable Integer riskEventsLast30Days,
            @Nullable Boolean coma,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}

    record LegacyForm(
            @NotNull LocalDate assessedOn,
            @NotNull AssessmentReason reason,
            @NotBlank @Size(max = 60) String firstAssessor,
            @NotBlank @Size(max = 60) String secondAssessor,
            @NotNull Integer grade,
            @Nullable Integer total,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}

    record EventForm(
            @NotNull CareEventType type,
            @Nullable LocalDate occurredOn,
            @Size(max = 500) @Nullable String note,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}
}
