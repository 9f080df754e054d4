package cn.xingfu.care.resident.web;

import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionHistoryEntry;
import cn.xingfu.care.resident.AdmissionStatus;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.DiagnosisView;
import cn.xingfu.care.resident.DischargeReason;
import cn.xingfu.care.resident.Gender;
import cn.xingfu.care.resident.OccupancyRate;
import cn.xingfu.care.resident.OccupancyReport;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Residents, diagnoses, stays (admission, transfer, leave, discharge) and occupancy rates. */
@RestController
class ResidentController {

    private final ResidentRegistry residents;
    private final AdmissionDesk desk;
    private final OccupancyReport occupancy;
    private final Clock clock;

    ResidentController(ResidentRegistry residents, AdmissionDesk desk, OccupancyReport occupancy, Clock clock) {
        this.residents = residents;
        this.desk = desk;
        this.occupancy = occupancy;
        this.clock = clock;
    }

    @PostMapping("/api/facilities/{facilityId}/residents")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentView register(Actor actor, @PathVariable long facilityId, @Valid @RequestBody NewResident request) {
        return residents.register(
                actor,
                facilityId,
                request.name(),
                request.gender(),
                request.birthDate(),
                request.idNumber(),
                request.phone(),
                request.healthNotes(),
                ConsentForm.orNone(request.consents()));
    }

    @GetMapping("/api/facilities/{facilityId}/residents")
    List<ResidentView> residents(Actor actor, @PathVariable long facilityId) {
        return residents.ofFacility(actor, facilityId);
    }

    @GetMapping("/api/residents/{residentId}")
    ResidentView resident(Actor actor, @PathVariable long residentId) {
        return residents.get(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/death")
    ResidentView death(Actor actor, @PathVariable long residentId, @Valid @RequestBody DatedNote request) {
        return residents.recordDeath(actor, residentId, day(request.date()));
    }

    @GetMapping("/api/residents/{residentId}/diagnoses")
    List<DiagnosisView> diagnoses(Actor actor, @PathVariable long residentId) {
        return residents.diagnosesFor(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/diagnoses")
    @ResponseStatus(HttpStatus.CREATED)
    DiagnosisView addDiagnosis(Actor actor, @PathVariable long residentId, @Valid @RequestBody NewDiagnosis request) {
        return residents.addDiagnosis(
                actor,
                residentId,
                request.icd10Code(),
                request.name(),
                request.diagnosedOn(),
                request.diagnosedBy(),
                Boolean.TRUE.equals(request.psychiatrist()),
                ConsentForm.orNone(request.consents()));
    }

    @GetMapping("/api/residents/{residentId}/admissions")
    List<AdmissionView> admissionsOf(Actor actor, @PathVariable long residentId) {
        return desk.ofResident(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/admissions")
    @ResponseStatus(HttpStatus.CREATED)
    AdmissionView request(Actor actor, @PathVariable long residentId, @Valid @RequestBody DatedNote request) {
        return desk.request(actor, residentId, day(request.date()), request.note());
    }

    @GetMapping("/api/facilities/{facilityId}/admissions")
    List<AdmissionView> admissions(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam(required = false, defaultValue = "") Set<AdmissionStatus> status) {
        return desk.ofFacility(actor, facilityId, status);
    }

    @GetMapping("/api/admissions/{admissionId}")
    AdmissionView admission(Actor actor, @PathVariable long admissionId) {
        return desk.get(actor, admissionId);
    }

    @GetMapping("/api/admissions/{admissionId}/history")
    List<AdmissionHistoryEntry> history(Actor actor, @PathVariable long admissionId) {
        return desk.history(actor, admissionId);
    }

    @PostMapping("/api/admissions/{admissionId}/approve")
    AdmissionView approve(Actor actor, @PathVariable long admissionId) {
        return desk.approve(actor, admissionId, LocalDate.now(clock));
    }

    @PostMapping("/api/admissions/{admissionId}/reject")
    AdmissionView reject(Actor actor, @PathVariable long admissionId, @Valid @RequestBody RejectionReason request) {
        return desk.reject(actor, admissionId, LocalDate.now(clock), request.reason());
    }

    @PostMapping("/api/admissions/{admissionId}/reserve")
    AdmissionView reserve(Actor actor, @PathVariable long admissionId, @Valid @RequestBody BedChoice request) {
        return desk.reserve(actor, admissionId, request.bedId(), LocalDate.now(clock));
    }

    @PostMapping("/api/admissions/{admissionId}/admit")
    AdmissionView admit(Actor actor, @PathVariable long admissionId, @Valid @RequestBody Admit request) {
        return desk.admit(actor, admissionId, request.bedId(), day(request.date()));
    }

    @PostMapping("/api/admissions/{admissionId}/transfer")
    AdmissionView transfer(Actor actor, @PathVariable long admissionId, @Valid @RequestBody Transfer request) {
        return desk.transfer(actor, admissionId, request.bedId(), day(request.date()), request.reason());
    }

    @PostMapping("/api/admissions/{admissionId}/leave")
    AdmissionView leave(Actor actor, @PathVariable long admissionId, @Valid @RequestBody Leave request) {
        return desk.startLeave(actor, admissionId, day(request.from()), request.expectedReturn(), request.reason());
    }

    @PostMapping("/api/admissions/{admissionId}/return")
    AdmissionView returned(Actor actor, @PathVariable long admissionId, @Valid @RequestBody DatedNote request) {
        return desk.endLeave(actor, admissionId, day(request.date()));
    }

    @PostMapping("/api/admissions/{admissionId}/discharge")
    AdmissionView discharge(Actor actor, @PathVariable long admissionId, @Valid @RequestBody Discharge request) {
        return desk.discharge(actor, admissionId, day(request.date()), request.reason(), request.note());
    }

    @PostMapping("/api/admissions/{admissionId}/cancel")
    AdmissionView cancel(Actor actor, @PathVariable long admissionId, @Valid @RequestBody DatedNote request) {
        return desk.cancel(actor, admissionId, day(request.date()), request.note());
    }

    @GetMapping("/api/facilities/{facilityId}/occupancy")
    List<OccupancyRate> occupancy(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return occupancy.facility(actor, facilityId, from, to);
    }

    @GetMapping("/api/occupancy")
    List<OccupancyRate> districtOccupancy(
            Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return occupancy.district(actor, from, to);
    }

    private LocalDate day(@Nullable LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    record NewResident(
            @NotBlank @Size(max = 60) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @NotBlank @Size(min = 18, max = 18) String idNumber,
            @Size(max = 20) @Nullable String phone,
            @Size(max = 2000) @Nullable String healthNotes,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}

    record NewDiagnosis(
            @NotBlank @Size(max = 10) String icd10Code,
            @NotBlank @Size(max = 100) String name,
            @NotNull LocalDate diagnosedOn,
            @NotBlank @Size(max = 100) String diagnosedBy,
            @Nullable Boolean psychiatrist,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}

    record DatedNote(
            @Nullable LocalDate date,
            @Size(max = 500) @Nullable String note) {}

    /** Not {@code Reason}: springdoc names schemas by simple name, and rating's {@code Evaluation.Reason} took it. */
    record RejectionReason(@NotBlank @Size(max = 500) String reason) {}

    record BedChoice(@NotNull Long bedId) {}

    record Admit(@Nullable Long bedId, @Nullable LocalDate date) {}

    record Transfer(
            @NotNull Long bedId,
            @Nullable LocalDate date,
            @Size(max = 500) @Nullable String reason) {}

    record Leave(
            @Nullable LocalDate from,
            @Nullable LocalDate expectedReturn,
            @NotBlank @Size(max = 200) String reason) {}

    record Discharge(
            @Nullable LocalDate date,
            @NotNull DischargeReason reason,
            @Size(max = 500) @Nullable String note) {}
}
