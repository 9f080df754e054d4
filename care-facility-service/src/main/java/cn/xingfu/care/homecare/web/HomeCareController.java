package cn.xingfu.care.homecare.web;

import cn.xingfu.care.homecare.AgreementView;
import cn.xingfu.care.homecare.BedActivity;
import cn.xingfu.care.homecare.DeviceType;
import cn.xingfu.care.homecare.DeviceView;
import cn.xingfu.care.homecare.HomeCareBeds;
import cn.xingfu.care.homecare.MonthlyVisits;
import cn.xingfu.care.homecare.VisitView;
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
import java.time.YearMonth;
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

/** Home-care beds: agreements, devices, visits, activity on a date and the monthly visit check. */
@RestController
class HomeCareController {

    private final HomeCareBeds homeCare;
    private final Clock clock;

    HomeCareController(HomeCareBeds homeCare, Clock clock) {
        this.homeCare = homeCare;
        this.clock = clock;
    }

    @PostMapping("/api/home-care-beds/{bedId}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    AgreementView sign(Actor actor, @PathVariable long bedId, @Valid @RequestBody AgreementRequest request) {
        return homeCare.sign(
                actor,
                bedId,
                request.residentId(),
                request.number(),
                request.signedOn(),
                request.validFrom(),
                request.validTo());
    }

    @GetMapping("/api/home-care-beds/{bedId}/agreements")
    List<AgreementView> agreements(Actor actor, @PathVariable long bedId) {
        return homeCare.agreementsOf(actor, bedId);
    }

    @PostMapping("/api/home-care-agreements/{agreementId}/terminate")
    AgreementView terminate(Actor actor, @PathVariable long agreementId) {
        return homeCare.terminate(actor, agreementId, LocalDate.now(clock));
    }

    @PostMapping("/api/home-care-beds/{bedId}/devices")
    @ResponseStatus(HttpStatus.CREATED)
    DeviceView addDevice(Actor actor, @PathVariable long bedId, @Valid @RequestBody DeviceRequest request) {
        return homeCare.addDevice(actor, bedId, request.type(), request.serialNumber());
    }

    @GetMapping("/api/home-care-beds/{bedId}/devices")
    List<DeviceView> devices(Actor actor, @PathVariable long bedId) {
        return homeCare.devicesOf(actor, bedId);
    }

    @PostMapping("/api/home-care-devices/{deviceId}/heartbeat")
    DeviceView heartbeat(Actor actor, @PathVariable long deviceId) {
        return homeCare.heartbeat(actor, deviceId);
    }

    @PostMapping("/api/home-care-beds/{bedId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    VisitView visit(Actor actor, @PathVariable long bedId, @Valid @RequestBody VisitRequest request) {
        return homeCare.recordVisit(
                actor,
                bedId,
                request.date() != null ? request.date() : LocalDate.now(clock),
                request.visitor(),
                request.services(),
                request.minutes(),
                request.note(),
                ConsentForm.orNone(request.consents()));
    }

    @GetMapping("/api/home-care-beds/{bedId}/visits")
    List<VisitView> visits(Actor actor, @PathVariable long bedId) {
        return homeCare.visitsOf(actor, bedId);
    }

    @GetMapping("/api/home-care-beds/{bedId}/activity")
    BedActivity activity(
            Actor actor,
            @PathVariable long bedId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        return homeCare.activity(actor, bedId, on != null ? on : LocalDate.now(clock));
    }

    @GetMapping("/api/facilities/{facilityId}/home-care-visits")
    List<MonthlyVisits> monthly(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return homeCare.monthlyVisits(actor, facilityId, month);
    }

    record AgreementRequest(
            @NotNull Long residentId,
            @NotBlank @Size(max = 60) String number,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo) {}

    record DeviceRequest(
            @NotNull DeviceType type,
            @NotBlank @Size(max = 60) String serialNumber) {}

    record VisitRequest(
            @Nullable LocalDate date,
            @NotBlank @Size(max = 60) String visitor,
            @NotBlank @Size(max = 300) String services,
            @Min(1) @Max(1440) int minutes,
            @Size(max = 500) @Nullable String note,
            @Size(max = 10) @Nullable List<@Valid ConsentForm> consents) {}
}
