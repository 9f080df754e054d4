package cn.xingfu.care.homecare;

import cn.xingfu.care.assessment.AbilityGrade;
import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.assessment.AssessmentView;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.shared.DomainException;
import cn.xingfu.care.shared.Ids;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
    private final HomeVisits visits;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final AssessmentRecords assessments;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final Clock clock;

    HomeCareBeds(
            ServiceAgreements agreements,
            HomeDevices devices,
            HomeVisits visits,
            BedRegistry beds,
            ResidentRegistry residents,
            AssessmentRecords assessments,
            FacilityDirectory facilities,
            Settings settings,
            Clock clock) {
        this.agreements = agreements;
        this.devices = devices;
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
        if (!beds.occupy(bedId, agreement.getId())) {
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
        actor.requireFacility(agreement.getFacilityId());
        if (!agreement.open()) {
            throw DomainException.conflict("AGREEMENT_TERMINATED", "协议已终止", "The agreement has already ended");
        }
        agreement.terminate(on);
        beds.release(agreement.getBedId(), agreement.getId());
        return agreement.view();
    }

    @Transactional
    public DeviceView addDevice(Actor actor, long bedId, DeviceType type, String serialNumber) {
        homeCareBed(actor, bedId);
        return devices.save(new HomeDevice(Ids.next(), bedId, type, serialNumber.trim(), clock.instant()))
                .view(Instant.now(clock), tolerance(bedId));
    }

    /** A device reported in (the platform forwards heartbeats; staff may also confirm by hand). */
    @Transactional
    public DeviceView heartbeat(Actor actor, long deviceId) {
        HomeDevice device = devices.findById(deviceId)
                .orElseThrow(() -> DomainException.notFound("DEVICE_NOT_FOUND", "没有这台设备", "There is no such device"));
        homeCareBed(actor, device.getBedId());
        Instant now = Instant.now(clock);
        device.heartbeat(now);
        return device.view(now, tolerance(device.getBedId()));
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
        homeCareBed(actor, bedId);
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "VISIT_DATE_IN_FUTURE", "上门日期不能晚于今天", "The visit date cannot be in the future");
        }
        if (minutes <= 0) {
            throw DomainException.invalid("VISIT_DURATION_INVALID", "服务时长须大于0", "The visit must last some minutes");
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
        Instant now = Instant.now(clock);
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

    /** Every condition of an active bed on {@code on}; devices are judged by their latest heartbeat now. */
    @Transactional(readOnly = true)
    public BedActivity activity(Actor actor, long bedId, LocalDate on) {
        BedView bed = homeCareBed(actor, bedId);
        String district = facilities.get(bed.facilityId()).district();
        List<BedActivity.Condition> conditions = new ArrayList<>();

        Optional<ServiceAgreement> agreement = agreements.findByBedIdOrderByValidFromDesc(bedId).stream()
                .filter(a -> a.validOn(on))
                .findFirst();
        conditions.add(new BedActivity.Condition(
                "AGREEMENT",
                agreement.isPresent(),
                agreement.map(a -> "协议 " + a.view().number() + " 有效").orElse("当日无有效的已签服务协议")));

        AbilityGrade minimum = AbilityGrade.valueOf(settings.text("homecare.min-grade", on, district));
        Optional<AssessmentView> latest = agreement.flatMap(a -> assessments.latestCurrent(a.getResidentId()));
        boolean graded = latest.map(
                        a -> a.finalGrade() != null && a.finalGrade().atLeast(minimum))
                .orElse(false);
        conditions.add(new BedActivity.Condition(
                "ASSESSMENT",
                graded,
                latest.map(a -> "最近评估 " + a.assessedOn() + "："
                                + (a.finalGrade() == null ? "-" : a.finalGrade().nameZh()) + "；要求不低于 "
                                + minimum.nameZh())
                        .orElse("无 GB/T 42195-2022 评估；要求不低于 " + minimum.nameZh())));

        Instant now = Instant.now(clock);
        Duration tolerance = tolerance(bed.facilityId(), on);
        List<HomeDevice> installed = devices.findByBedId(bedId);
        long offline =
                installed.stream().filter(d -> !d.onlineAt(now, tolerance)).count();
        conditions.add(new BedActivity.Condition(
                "DEVICES_ONLINE",
                !installed.isEmpty() && offline == 0,
                installed.isEmpty() ? "未安装设备" : offline + " / " + installed.size() + " 台设备离线"));

        Optional<ResidentSummary> resident = agreement.map(a -> residents.summary(a.getResidentId()));
        boolean atHome = resident.map(r -> !r.inInstitution()).orElse(false);
        conditions.add(new BedActivity.Condition(
                "NOT_IN_INSTITUTION", atHome, atHome ? "居家" : resident.isPresent() ? "已入住养老机构" : "无服务对象"));
        boolean alive = resident.map(
                        r -> r.deceasedOn() == null || r.deceasedOn().isAfter(on))
                .orElse(false);
        conditions.add(new BedActivity.Condition("ALIVE", alive, alive ? "在世" : resident.isPresent() ? "已故" : "无服务对象"));

        return new BedActivity(
                bedId, on, conditions.stream().allMatch(BedActivity.Condition::met), List.copyOf(conditions));
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
                .collect(Collectors.groupingBy(HomeVisit::getBedId, Collectors.counting()));
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
