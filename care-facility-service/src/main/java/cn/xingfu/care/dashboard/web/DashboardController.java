package cn.xingfu.care.dashboard.web;

import cn.xingfu.care.alert.AlertView;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.caregiver.CertificationStatus;
import cn.xingfu.care.caregiver.ExpiryAlert;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.dashboard.CareDashboard;
import cn.xingfu.care.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for the dashboard page, and the same tables as CSV (path ending in .csv) for Excel. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final CareDashboard dashboard;
    private final Clock clock;

    DashboardController(CareDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/me")
    Map<String, Object> me(Actor actor) {
        return Map.of(
                "username", actor.username(),
                "displayName", actor.displayName(),
                "role", actor.role().name(),
                "today", LocalDate.now(clock).toString(),
                "facilities",
                        dashboard.facilities(actor, null).stream()
                                .map(f -> Map.of("id", f.id(), "name", f.name(), "district", f.district()))
                                .toList());
    }

    @GetMapping("/occupancy")
    List<CareDashboard.OccupancyRow> occupancy(Actor actor, @RequestParam(required = false) @Nullable Long facilityId) {
        return dashboard.occupancyNow(actor, facilityId);
    }

    @GetMapping("/occupancy.csv")
    ResponseEntity<byte[]> occupancyCsv(Actor actor, @RequestParam(required = false) @Nullable Long facilityId) {
        List<List<?>> rows = new ArrayList<>();
        for (var r : dashboard.occupancyNow(actor, facilityId)) {
            rows.add(List.of(
                    r.facilityName(),
                    bedType(r.bedType()),
                    r.beds(),
                    r.occupied(),
                    r.reserved(),
                    r.vacant(),
                    r.outOfService(),
                    text(r.ratePercent())));
        }
        return CsvExport.of(
                "occupancy.csv",
                List.of(
                        "机构 Facility",
                        "床位类型 Bed type",
                        "床位 Beds",
                        "在住 Occupied",
                        "预留 Reserved",
                        "空床 Vacant",
                        "停用 Out of service",
                        "入住率% Occupancy %"),
                rows);
    }

    @GetMapping("/occupancy/history")
    List<CareDashboard.OccupancyPoint> history(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(defaultValue = "12") int months) {
        return dashboard.occupancyHistory(actor, facilityId, months, LocalDate.now(clock));
    }

    @GetMapping("/occupancy/history.csv")
    ResponseEntity<byte[]> historyCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(defaultValue = "12") int months) {
        List<List<?>> rows = new ArrayList<>();
        for (var p : dashboard.occupancyHistory(actor, facilityId, months, LocalDate.now(clock))) {
            rows.add(List.of(
                    p.month(),
                    p.facilityName(),
                    p.bedType() == null ? "合计 All" : bedType(p.bedType()),
                    p.occupiedBedDays(),
                    p.availableBedDays(),
                    text(p.ratePercent())));
        }
        return CsvExport.of(
                "occupancy-history.csv",
                List.of(
                        "月份 Month",
                        "机构 Facility",
                        "床位类型 Bed type",
                        "占用床日 Occupied bed-days",
                        "可用床日 Available bed-days",
                        "入住率% Occupancy %"),
                rows);
    }

    @GetMapping("/vacancies")
    List<CareDashboard.Vacancy> vacancies(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @Nullable BedType type) {
        return dashboard.vacancies(actor, facilityId, type);
    }

    @GetMapping("/vacancies.csv")
    ResponseEntity<byte[]> vacanciesCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @Nullable BedType type) {
        List<List<?>> rows = new ArrayList<>();
        for (var v : dashboard.vacancies(actor, facilityId, type)) {
            rows.add(List.of(v.facilityName(), v.district(), bedType(v.bedType()), text(v.roomNumber()), v.bedLabel()));
        }
        return CsvExport.of(
                "vacancies.csv", List.of("机构 Facility", "区县 District", "床位类型 Bed type", "房间 Room", "床位 Bed"), rows);
    }

    @GetMapping("/certification")
    StaffRegistry.CertificationReport certification(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return dashboard.certification(actor, facilityId, day(date));
    }

    @GetMapping("/certification.csv")
    ResponseEntity<byte[]> certificationCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        var report = dashboard.certification(actor, facilityId, day(date));
        List<List<?>> rows = new ArrayList<>();
        List<CertificationStatus> all = new ArrayList<>(report.facilities());
        all.add(report.total());
        for (var s : all) {
            rows.add(List.of(
                    s.facilityName(),
                    s.checkedOn(),
                    s.activeCaregivers(),
                    s.certifiedCaregivers(),
                    text(s.ratePercent()),
                    s.activeCaregivers() == 0 ? "无护理员 no caregivers" : s.meetsTarget() ? "是 yes" : "否 no",
                    String.join(
                            "、",
                            s.missing().stream()
                                    .map(CertificationStatus.MissingCaregiver::name)
                                    .toList())));
        }
        return CsvExport.of(
                "certification.csv",
                List.of(
                        "机构 Facility",
                        "核查日期 Checked on",
                        "在岗护理员 Active caregivers",
                        "持证 Certified",
                        "持证率% Rate %",
                        "达标 Meets 100%",
                        "未持证 Missing"),
                rows);
    }

    @GetMapping("/expiries")
    List<ExpiryAlert> expiries(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return dashboard.expiries(actor, facilityId, day(date));
    }

    @GetMapping("/expiries.csv")
    ResponseEntity<byte[]> expiriesCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        List<List<?>> rows = new ArrayList<>();
        for (var a : dashboard.expiries(actor, facilityId, day(date))) {
            rows.add(List.of(
                    a.staffName(),
                    a.kind() == ExpiryAlert.Kind.HEALTH_CERTIFICATE
                            ? "健康证明 Health certificate"
                            : "养老护理员证书 Caregiver certificate",
                    a.certificateNumber(),
                    a.validUntil(),
                    a.daysLeft(),
                    a.leadDays()));
        }
        return CsvExport.of(
                "expiring-certificates.csv",
                List.of(
                        "姓名 Name",
                        "证书 Certificate",
                        "编号 Number",
                        "有效期至 Valid until",
                        "剩余天数 Days left",
                        "提醒档 Alert band (days)"),
                rows);
    }

    @GetMapping("/ratings")
    List<CareDashboard.RatingRow> ratings(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return dashboard.ratings(actor, facilityId, day(date));
    }

    @GetMapping("/ratings.csv")
    ResponseEntity<byte[]> ratingsCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        List<List<?>> rows = new ArrayList<>();
        for (var r : dashboard.ratings(actor, facilityId, day(date))) {
            rows.add(List.of(
                    r.facilityName(),
                    r.star().labelZh(),
                    text(r.star().validUntil()),
                    text(r.star().daysToExpiry()),
                    r.leaf().labelZh(),
                    text(r.leaf().validUntil()),
                    text(r.leaf().daysToExpiry())));
        }
        return CsvExport.of(
                "ratings.csv",
                List.of(
                        "机构 Facility",
                        "星级 Star",
                        "星级有效期至 Star valid until",
                        "星级剩余天数 Star days left",
                        "叶级 Leaf",
                        "叶级有效期至 Leaf valid until",
                        "叶级剩余天数 Leaf days left"),
                rows);
    }

    @GetMapping("/assessments")
    List<CareDashboard.AssessmentDue> assessments(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return dashboard.assessmentsDue(actor, facilityId, day(date));
    }

    @GetMapping("/assessments.csv")
    ResponseEntity<byte[]> assessmentsCsv(
            Actor actor,
            @RequestParam(required = false) @Nullable Long facilityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        List<List<?>> rows = new ArrayList<>();
        for (var a : dashboard.assessmentsDue(actor, facilityId, day(date))) {
            rows.add(List.of(
                    a.facilityName(),
                    a.residentName(),
                    text(a.lastAssessedOn()),
                    a.dueOn(),
                    cause(a.cause()),
                    a.overdue() ? "是 yes" : "否 no"));
        }
        return CsvExport.of(
                "assessments-due.csv",
                List.of("机构 Facility", "老人 Resident", "上次评估 Last assessed", "应评日期 Due on", "原因 Cause", "逾期 Overdue"),
                rows);
    }

    @GetMapping("/alerts")
    List<AlertView> alerts(Actor actor, @RequestParam(required = false) @Nullable Long facilityId) {
        return dashboard.alerts(actor, facilityId);
    }

    @GetMapping("/safety")
    List<CareDashboard.SafetyRow> safety(Actor actor, @RequestParam(required = false) @Nullable Long facilityId) {
        return dashboard.safety(actor, facilityId);
    }

    @GetMapping("/district")
    CareDashboard.DistrictOverview district(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return dashboard.district(actor, day(date));
    }

    @GetMapping("/district.csv")
    ResponseEntity<byte[]> districtCsv(
            Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        var overview = dashboard.district(actor, day(date));
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("机构数 Facilities", "", overview.facilities()));
        for (var c : overview.stars()) {
            rows.add(List.of("星级 Star", c.labelZh(), c.facilities()));
        }
        for (var c : overview.leaves()) {
            rows.add(List.of("叶级 Leaf", c.labelZh(), c.facilities()));
        }
        for (var b : overview.beds()) {
            rows.add(List.of("床位 Beds", bedType(b.bedType()), b.beds()));
        }
        rows.add(List.of(
                "持证率% Certification %", "", text(overview.certification().ratePercent())));
        return CsvExport.of("district-overview.csv", List.of("指标 Measure", "分项 Item", "数值 Value"), rows);
    }

    private LocalDate day(@Nullable LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    static String cause(cn.xingfu.care.assessment.ReassessmentDue.Cause cause) {
        return switch (cause) {
            case NEVER_ASSESSED -> "尚未按 GB/T 42195-2022 评估 Never assessed";
            case INTERVAL -> "到期复评 Interval passed";
            case EVENT -> "风险事件或状况变化 Event or change";
        };
    }

    static String bedType(BedType type) {
        return switch (type) {
            case STANDARD -> "普通床位 Standard";
            case COGNITIVE_CARE -> "认知障碍照护床位 Cognitive care";
            case HOME_CARE -> "家庭养老床位 Home care";
        };
    }
}
