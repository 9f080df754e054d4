package cn.xingfu.care.caregiver.web;

import cn.xingfu.care.caregiver.CaregiverLevel;
import cn.xingfu.care.caregiver.CertificateView;
import cn.xingfu.care.caregiver.CertificationStatus;
import cn.xingfu.care.caregiver.ExpiryAlert;
import cn.xingfu.care.caregiver.HealthCertificateView;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.caregiver.StaffRole;
import cn.xingfu.care.caregiver.StaffView;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff, caregiver and health certificates, the certification rate and expiry alerts. */
@RestController
class StaffController {

    private final StaffRegistry registry;
    private final Clock clock;

    StaffController(StaffRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/api/facilities/{facilityId}/staff")
    @ResponseStatus(HttpStatus.CREATED)
    StaffView register(Actor actor, @PathVariable long facilityId, @Valid @RequestBody StaffRequest request) {
        return registry.register(
                actor,
                facilityId,
                new StaffRegistry.NewStaff(request.name(), request.idNumber(), request.role(), request.hiredOn()));
    }

    @GetMapping("/api/facilities/{facilityId}/staff")
    List<StaffView> staff(Actor actor, @PathVariable long facilityId) {
        return registry.staffOf(actor, facilityId);
    }

    @GetMapping("/api/staff/{staffId}")
    StaffRegistry.StaffDetails details(Actor actor, @PathVariable long staffId) {
        return registry.details(actor, staffId);
    }

    @PutMapping("/api/staff/{staffId}/active")
    StaffView setActive(Actor actor, @PathVariable long staffId, @Valid @RequestBody ActiveRequest request) {
        return registry.setActive(actor, staffId, request.active());
    }

    @PostMapping("/api/staff/{staffId}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    CertificateView addCertificate(
            Actor actor, @PathVariable long staffId, @Valid @RequestBody CertificateRequest request) {
        return registry.addCertificate(
                actor,
                staffId,
                new StaffRegistry.NewCertificate(
                        request.level(),
                        request.certificateNumber(),
                        request.issuer(),
                        request.issueDate(),
                        request.validUntil(),
                        request.trainingHours()));
    }

    @PostMapping("/api/certificates/{certificateId}/revoke")
    CertificateView revoke(Actor actor, @PathVariable long certificateId) {
        return registry.revokeCertificate(actor, certificateId);
    }

    @PostMapping("/api/staff/{staffId}/health-certificates")
    @ResponseStatus(HttpStatus.CREATED)
    HealthCertificateView addHealthCertificate(
            Actor actor, @PathVariable long staffId, @Valid @RequestBody HealthCertificateRequest request) {
        return registry.addHealthCertificate(
                actor, staffId, request.certificateNumber(), request.issuer(), request.issueDate());
    }

    @GetMapping("/api/facilities/{facilityId}/certification")
    CertificationStatus certification(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return registry.certification(actor, facilityId, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/api/certification")
    StaffRegistry.CertificationReport report(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return registry.certificationReport(actor, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/api/certification/expiries")
    List<ExpiryAlert> expiries(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return registry.expiryAlerts(actor, date == null ? LocalDate.now(clock) : date);
    }

    record StaffRequest(
            @NotBlank @Size(max = 60) String name,

            @Nullable @Pattern(regexp = "\\d{17}[\\dXx]", message = "must be an 18-character ID number")
            String idNumber,

            @NotNull StaffRole role,
            @Nullable @PastOrPresent LocalDate hiredOn) {}

    record ActiveRequest(@NotNull Boolean active) {}

    record CertificateRequest(
            @NotNull CaregiverLevel level,
            @NotBlank @Size(max = 40) String certificateNumber,
            @NotBlank @Size(max = 120) String issuer,
            @NotNull @PastOrPresent LocalDate issueDate,
            @Nullable LocalDate validUntil,
            @NotNull @Min(0) @Max(10_000) Integer trainingHours) {}

    record HealthCertificateRequest(
            @NotBlank @Size(max = 40) String certificateNumber,
            @NotBlank @Size(max = 120) String issuer,
            @NotNull @PastOrPresent LocalDate issueDate) {}
}
