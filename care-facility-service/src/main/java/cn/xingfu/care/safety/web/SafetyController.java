package cn.xingfu.care.safety.web;

import cn.xingfu.care.safety.ExitEventView;
import cn.xingfu.care.safety.IncidentView;
import cn.xingfu.care.safety.NotificationMethod;
import cn.xingfu.care.safety.ResidentSafety;
import cn.xingfu.care.safety.Risk;
import cn.xingfu.care.safety.RiskLevel;
import cn.xingfu.care.safety.RiskTask;
import cn.xingfu.care.safety.RiskView;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** GB 38600 risks, exit/door events and incidents of residents. */
@RestController
class SafetyController {

    private final ResidentSafety safety;
    private final Clock clock;

    SafetyController(ResidentSafety safety, Clock clock) {
        this.safety = safety;
        this.clock = clock;
    }

    @GetMapping("/api/residents/{residentId}/risks")
    List<RiskView> risks(Actor actor, @PathVariable long residentId) {
        return safety.risksOf(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/risks")
    @ResponseStatus(HttpStatus.CREATED)
    RiskView assess(Actor actor, @PathVariable long residentId, @Valid @RequestBody RiskRequest request) {
        return safety.assess(
                actor,
                residentId,
                new ResidentSafety.NewRiskAssessment(
                        request.risk(),
                        request.level(),
                        request.measures(),
                        request.assessedOn() != null ? request.assessedOn() : LocalDate.now(clock),
                        request.assessedBy()));
    }

    @GetMapping("/api/facilities/{facilityId}/risk-tasks")
    List<RiskTask> tasks(Actor actor, @PathVariable long facilityId) {
        return safety.openTasks(actor, facilityId);
    }

    @PostMapping("/api/residents/{residentId}/exit-events")
    @ResponseStatus(HttpStatus.CREATED)
    ExitEventView exit(Actor actor, @PathVariable long residentId, @Valid @RequestBody ExitRequest request) {
        return safety.exitEvent(actor, residentId, request.door(), request.at());
    }

    @GetMapping("/api/residents/{residentId}/exit-events")
    List<ExitEventView> exits(Actor actor, @PathVariable long residentId) {
        return safety.exitEventsOf(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    IncidentView report(Actor actor, @PathVariable long residentId, @Valid @RequestBody IncidentRequest request) {
        return safety.reportIncident(
                actor,
                residentId,
                request.risk(),
                request.occurredAt() != null ? request.occurredAt() : clock.instant(),
                request.description());
    }

    @GetMapping("/api/facilities/{facilityId}/incidents")
    List<IncidentView> incidents(
            Actor actor, @PathVariable long facilityId, @RequestParam(defaultValue = "false") boolean open) {
        return safety.incidentsOf(actor, facilityId, open);
    }

    @PostMapping("/api/incidents/{incidentId}/family-notification")
    IncidentView notified(Actor actor, @PathVariable long incidentId, @Valid @RequestBody Notification request) {
        return safety.familyNotified(actor, incidentId, request.notifiedAt(), request.method(), request.notifiedBy());
    }

    @PostMapping("/api/incidents/{incidentId}/review")
    IncidentView review(Actor actor, @PathVariable long incidentId, @Valid @RequestBody Review request) {
        return safety.review(actor, incidentId, request.note());
    }

    @PostMapping("/api/incidents/{incidentId}/close")
    IncidentView close(Actor actor, @PathVariable long incidentId) {
        return safety.close(actor, incidentId);
    }

    record RiskRequest(
            @NotNull Risk risk,
            @NotNull RiskLevel level,
            @Size(max = 1000) @Nullable String measures,
            @Nullable LocalDate assessedOn,
            @NotBlank @Size(max = 60) String assessedBy) {}

    record ExitRequest(
            @NotBlank @Size(max = 60) String door, @Nullable Instant at) {}

    record IncidentRequest(
            @Nullable Risk risk,
            @Nullable Instant occurredAt,
            @NotBlank @Size(max = 2000) String description) {}

    record Notification(
            @Nullable Instant notifiedAt,
            @NotNull NotificationMethod method,
            @NotBlank @Size(max = 60) String notifiedBy) {}

    record Review(@NotBlank @Size(max = 2000) String note) {}
}
