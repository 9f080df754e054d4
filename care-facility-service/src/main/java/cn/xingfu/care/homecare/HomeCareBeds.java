package cn.xingfu.care.homecare;

import cn.xingfu.care.assessment.AbilityGrade;
import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.ResidentConsents;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home-care beds. A bed is active on a date only when all hold: a signed agreement valid that day, the
 * latest GB/T 42195 grade at least the configured minimum, every device online (and at least one), the
 * senior not living in an institution and alive. Months below the minimum of visits are flagged.
 */
@Service
public class HomeCareBeds {

    private final ServiceAgreements agreements;
    private final HomeDevices devices;
    private final DeviceHeartbeats heartbeats;
    private final HomeVisits visits;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final AssessmentRecords assessments;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final Clock clock;
    private final ResidentConsents consents;

    HomeCareBeds(
            ServiceAgreements agreements,
            HomeDevices devices,
            DeviceHeartbeats heartbeats,
            HomeVisits visits,
            BedRegistry beds,
            ResidentRegistry residents,
            AssessmentRecords assessments,
            FacilityDirectory facilities,
            Settings settings,
            Clock clock,
            ResidentConsents consents) {
        this.consents = consents;
        this.agreements = agreements;
        this.devices = devices;
        this.heartbeats = heartbeats;
        this.visits = visits;
        this.beds = beds;
        this.residents = residents;
        this.assessments = assessments;
        this.facilities = facilities;
        this.settings = settings;
        this.clock = clock;
    }

    /** Signs a senior onto a vacant home-care bed; the bed becomes OCCUPIED by the agreement. */
    @Transactional
    public AgreementView sign(
            Actor actor,
            long bedId,
            long residentId,
            String number,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo) {
        BedView bed = homeCareBed(actor, bedId);
        ResidentSummary resident = residents.summary(residentId);
        actor.requireFacility(resident.facilityId());
        if (validTo.isBefore(validFrom) || signedOn.isAfter(validFrom.plusYears(1))) {
            throw DomainException.invalid(
                    "AGREEMENT_DATES_INVALID",
                    "协议日期不正确（有效期结束不能早于开始）",
                    "The agreement dates are wrong (the end cannot precede the start)");
        }
        if (resident.deceased()) {
            throw DomainException.rejected("RESIDENT_DECEASED", "老人已故", "The resident has died");
        }
        ServiceAgreement agreement = new ServiceAgreement(
                Ids.next(),
                bedId,
                residentId,
                bed.facilityId(),
                number.trim(),
                signedOn,
                validFrom,
                validTo,
                actor.username(),
                clock.instant());
        if (!beds.occupy(bedId, agreement.id())) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "BED_NOT_VACANT",
                    "此家庭养老床位已有服务协议或已停用",
                    "This home-care bed already has an agreement or is out of service",
                    Map.of("bedId", bedId));
        }
        return agreements.save(agreement).view();
    }

    @Transactional
    public AgreementView terminate(Actor actor, long agreementId, LocalDate on) {
        ServiceAgreement agreement = agreements
                .findById(agreementId)
                .orElseThrow(() ->
                        DomainException.notFound("AGREEMENT_NOT_FOUND", "没有这份服务协议", "There is no such agreement"));
        actor.requireFacility(agreement.facilityId());
        if (!agreement.open()) {
            throw DomainException.conflict("AGREEMENT_TERMINATED", "协议已终止", "The agreement has already ended");
        }
        agreement.terminate(on);
        beds.release(agreement.bedId(), agreement.id());
        return agreement.view();
    }

    @Transactional
    public DeviceView addDevice(Actor actor, long bedId, DeviceType type, String serialNumber) {
        homeCareBed(actor, bedId);
        return devices.save(new HomeDevice(Ids.next(), bedId, type, serialNumber.trim(), clock.instant()))
                .view(clock.instant(), tolerance(bedId));
    }

    /** A device reported in (the platform forwards heartbeats; staff may also confirm by hand). */
    @Transactional
    public DeviceView heartbeat(Actor actor, long deviceId) {
        HomeDevice device = devices.findById(deviceId)
                .orElseThrow(() -> DomainException.notFound("DEVICE_NOT_FOUND", "没有这台设备", "There is no such device"));
        homeCareBed(actor, device.bedId());
        Instant now = clock.instant();
        device.heartbeat(now);
        heartbeats.save(new DeviceHeartbeat(Ids.next(), deviceId, now));
        return device.view(now, tolerance(device.bedId()));
    }

    @Transactional
    public VisitView recordVisit(
            Actor actor,
            long bedId,
            LocalDate date,
            String visitor,
            String services,
            int minutes,
            @Nullable String note) {
        return recordVisit(actor, bedId, date, visitor, services, minutes, note, List.of());
    }

    /**
     * A visit describes the senior's care at home: it needs a HOME_VISIT consent of the senior whose agreement had
     * begun by the visit day (the latest such), in force or among {@code given}. A bed that never had an agreement by
     * then has no senior to ask.
     */
    @Transactional
    public VisitView recordVisit(
            Actor actor,
            long bedId,
            LocalDate date,
            String visitor,
            String services,
            int minutes,
            @Nullable String note,
            List<ConsentForm> given) {
        homeCareBed(actor, bedId);
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "VISIT_DATE_IN_FUTURE", "上门日期不能晚于今天", "The visit date cannot be in the future");
        }
        if (minutes <= 0) {
            throw DomainException.invalid("VISIT_DURATION_INVALID", "服务时长须大于0", "The visit must last some minutes");
        }
        Optional<ServiceAgreement> agreement = agreements.findByBedIdOrderByValidFromDesc(bedId).stream()
                .filter(a -> !a.validFrom().isAfter(date))
                .findFirst();
        if (agreement.isPresent()) {
            consents.requireFor(actor, agreement.get().residentId(), EnumSet.of(ConsentScope.HOME_VISIT), given);
        } else if (!given.isEmpty()) {
            throw DomainException.invalid(
                    "CONSENT_WITHOUT_RESIDENT",
                    "该日期此床位没有服务协议，无法登记老人的同意",
                    "No agreement of this bed had begun by that day, so there is no resident to record a consent for");
        }
        return visits.save(new HomeVisit(
                        Ids.next(), bedId, date, visitor, services, minutes, note, actor.username(), clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public List<VisitView> visitsOf(Actor actor, long bedId) {
        homeCareBed(actor, bedId);
        return visits.findByBedIdOrderByDateDesc(bedId).stream()
                .map(HomeVisit::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DeviceView> devicesOf(Actor actor, long bedId) {
        homeCareBed(actor, bedId);
        Instant now = clock.instant();
        Duration tolerance = tolerance(bedId);
        return devices.findByBedId(bedId).stream()
                .map(d -> d.view(now, tolerance))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AgreementView> agreementsOf(Actor actor, long bedId) {
        homeCareBed(actor, bedId);
        return agreements.findByBedIdOrderByValidFromDesc(bedId).stream()
                .map(ServiceAgreement::view)
                .toList();
    }

    /**
     * Every condition of an active bed on {@code on}, each judged with the facts of that date: the agreement
     * valid then, the latest assessment on or before it, the devices' heartbeats at the end of that day (now,
     * for today), a stay in an institution that day, and the date of death. Future dates are refused.
     */
    @Transactional(readOnly = true)
    public BedActivity activity(Actor actor, long bedId, LocalDate on) {
        BedView bed = homeCareBed(actor, bedId);
        LocalDate today = LocalDate.now(clock);
        if (on.isAfter(today)) {
            throw DomainException.invalid(
                    "ACTIVITY_DATE_IN_FUTURE", "不能判断未来日期的床位状态", "A bed's activity cannot be judged for a future date");
        }
        String district = facilities.get(bed.facilityId()).district();
        Instant judgedAt = on.equals(today)
                ? clock.instant()
                : on.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1000);

        Optional<ServiceAgreement> agreement = agreements.findByBedIdOrderByValidFromDesc(bedId).stream()
                .filter(a -> a.validOn(on))
                .findFirst();
        Optional<Long> resident = agreement.map(ServiceAgreement::residentId);
        AbilityGrade minimum = AbilityGrade.valueOf(settings.text("homecare.min-grade", on, district));
        ActivityRules.Assessment assessment = resident.flatMap(r -> assessments.latestCurrentOn(r, on))
                .map(a -> new ActivityRules.Assessment(a.assessedOn(), a.finalGrade()))
                .orElse(null);

        List<HomeDevice> installed = devices.findByBedId(bedId);
        Map<Long, Instant> lastHeartbeat = installed.isEmpty()
                ? Map.of()
                : heartbeats
                        .lastAtOrBefore(installed.stream().map(HomeDevice::id).toList(), judgedAt)
                        .stream()
                        .collect(Collectors.toMap(
                                DeviceHeartbeats.LastHeartbeat::deviceId, DeviceHeartbeats.LastHeartbeat::at));
        List<ActivityRules.DeviceState> deviceStates = installed.stream()
                .map(d -> new ActivityRules.DeviceState(d.installedAt(), lastHeartbeat.get(d.id())))
                .toList();

        Optional<ResidentSummary> summary = resident.map(residents::summary);
        return ActivityRules.judge(
                bedId,
                new ActivityRules.Facts(
                        on,
                        judgedAt,
                        agreement.map(ServiceAgreement::view).orElse(null),
                        minimum,
                        assessment,
                        deviceStates,
                        tolerance(bed.facilityId(), on),
                        resident.map(r -> residents.inInstitutionOn(r, on)).orElse(false),
                        summary.map(ResidentSummary::deceasedOn).orElse(null)));
    }

    /** Visits per home-care bed of the facility in the month, flagged below the minimum in force that month. */
    @Transactional(readOnly = true)
    public List<MonthlyVisits> monthlyVisits(Actor actor, long facilityId, YearMonth month) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        String district = facilities.get(facilityId).district();
        int required = settings.integer("homecare.min-visits-per-month", month.atDay(1), district);
        List<BedView> homeBeds = beds.allBedsOf(facilityId).stream()
                .filter(b -> b.type() == BedType.HOME_CARE)
                .toList();
        Map<Long, Long> counts = visits
                .findByBedIdInAndDateBetween(
                        homeBeds.stream().map(BedView::id).toList(), month.atDay(1), month.atEndOfMonth())
                .stream()
                .collect(Collectors.groupingBy(HomeVisit::bedId, Collectors.counting()));
        return homeBeds.stream()
                .map(b -> {
                    int count = counts.getOrDefault(b.id(), 0L).intValue();
                    return new MonthlyVisits(b.id(), b.label(), month, count, required, count < required);
                })
                .toList();
    }

    private BedView homeCareBed(Actor actor, long bedId) {
        BedView bed = beds.get(bedId);
        actor.requireFacility(bed.facilityId());
        if (bed.type() != BedType.HOME_CARE) {
            throw DomainException.rejected("NOT_A_HOME_CARE_BED", "这不是家庭养老床位", "This is not a home-care bed");
        }
        return bed;
    }

    private Duration tolerance(long bedId) {
        return tolerance(beds.get(bedId).facilityId(), LocalDate.now(clock));
    }

    private Duration tolerance(long facilityId, LocalDate on) {
        String district = facilities.get(facilityId).district();
        return Duration.ofHours(settings.integer("homecare.device-offline-after-hours", on, district));
    }
}
