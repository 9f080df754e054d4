package cn.xingfu.care.dashboard;

import cn.xingfu.care.alert.AlertDesk;
import cn.xingfu.care.alert.AlertView;
import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.assessment.ReassessmentDue;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.caregiver.CertificationStatus;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.rating.CurrentRating;
import cn.xingfu.care.rating.RatingRegistry;
import cn.xingfu.care.resident.OccupancyRate;
import cn.xingfu.care.resident.OccupancyReport;
import cn.xingfu.care.safety.ResidentSafety;
import cn.xingfu.care.safety.RiskTask;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the dashboard, always limited to the facilities the actor may see (a care manager hers, a
 * district administrator all). {@code facilityId} narrows further and is checked against that scope.
 */
@Service
public class CareDashboard {

    static final int MAX_MONTHS = 24;

    private final FacilityDirectory facilities;
    private final BedRegistry beds;
    private final OccupancyReport occupancy;
    private final StaffRegistry staff;
    private final RatingRegistry ratings;
    private final AssessmentRecords assessments;
    private final AlertDesk alerts;
    private final ResidentSafety safety;

    CareDashboard(
            FacilityDirectory facilities,
            BedRegistry beds,
            OccupancyReport occupancy,
            StaffRegistry staff,
            RatingRegistry ratings,
            AssessmentRecords assessments,
            AlertDesk alerts,
            ResidentSafety safety) {
        this.facilities = facilities;
        this.beds = beds;
        this.occupancy = occupancy;
        this.staff = staff;
        this.ratings = ratings;
        this.assessments = assessments;
        this.alerts = alerts;
        this.safety = safety;
    }

    /** Beds of one type at one facility now. {@code ratePercent} = occupied ÷ beds in service. */
    public record OccupancyRow(
            long facilityId,
            String facilityName,
            BedType bedType,
            int beds,
            int occupied,
            int reserved,
            int vacant,
            int outOfService,
            @Nullable BigDecimal ratePercent) {}

    /** Occupied ÷ available bed-days of a month; {@code bedType} null = all institutional beds. */
    public record OccupancyPoint(
            String month,
            long facilityId,
            String facilityName,
            @Nullable BedType bedType,
            long occupiedBedDays,
            long availableBedDays,
            @Nullable BigDecimal ratePercent) {}

    /** A vacant bed someone could be admitted to. */
    public record Vacancy(
            long facilityId,
            String facilityName,
            String district,
            long bedId,
            String bedLabel,
            BedType bedType,
            @Nullable String roomNumber) {}

    /** Current star and leaf standing of a facility. */
    public record RatingRow(long facilityId, String facilityName, CurrentRating star, CurrentRating leaf) {}

    /** How many facilities hold each level (level null = unrated). */
    public record LevelCount(@Nullable Integer level, String labelZh, String labelEn, int facilities) {}

    /** Beds of a type across the facilities shown. */
    public record BedTypeCount(BedType bedType, int beds, int occupied, int vacant) {}

    /** A resident whose ability assessment (GB/T 42195-2022) is due or overdue. */
    public record AssessmentDue(
            long facilityId,
            String facilityName,
            long residentId,
            String residentName,
            @Nullable LocalDate lastAssessedOn,
            LocalDate dueOn,
            ReassessmentDue.Cause cause,
            boolean overdue) {}

    /** The district at a glance. */
    public record DistrictOverview(
            LocalDate on,
            int facilities,
            List<LevelCount> stars,
            List<LevelCount> leaves,
            List<BedTypeCount> beds,
            CertificationStatus certification) {}

    @Transactional(readOnly = true)
    public List<FacilityView> facilities(Actor actor, @Nullable Long facilityId) {
        List<FacilityView> visible = facilities.visibleTo(actor);
        if (facilityId == null) {
            return visible;
        }
        FacilityView one = facilities.visible(actor, facilityId);
        return List.of(one);
    }

    @Transactional(readOnly = true)
    public List<OccupancyRow> occupancyNow(Actor actor, @Nullable Long facilityId) {
        List<OccupancyRow> rows = new ArrayList<>();
        for (FacilityView facility : facilities(actor, facilityId)) {
            List<BedView> stock = beds.allBedsOf(facility.id());
            for (BedType type : BedType.values()) {
                List<BedView> ofType =
                        stock.stream().filter(b -> b.type() == type).toList();
                if (ofType.isEmpty()) {
                    continue;
                }
                int occupied = count(ofType, b -> b.status() == BedStatus.OCCUPIED);
                int reserved = count(ofType, b -> b.status() == BedStatus.RESERVED);
                int vacant = count(ofType, b -> b.status() == BedStatus.VACANT);
                int out = count(ofType, b -> b.status() == BedStatus.OUT_OF_SERVICE);
                rows.add(new OccupancyRow(
                        facility.id(),
                        facility.name(),
                        type,
                        ofType.size(),
                        occupied,
                        reserved,
                        vacant,
                        out,
                        percent(occupied, ofType.size() - out)));
            }
        }
        return rows;
    }

    /** Month by month, oldest first, ending with the current month up to {@code today}. */
    @Transactional(readOnly = true)
    public List<OccupancyPoint> occupancyHistory(Actor actor, @Nullable Long facilityId, int months, LocalDate today) {
        if (months < 1 || months > MAX_MONTHS) {
            throw DomainException.invalid("MONTHS_OUT_OF_RANGE", "月份数须在 1 到 24 之间", "Ask for 1 to 24 months");
        }
        List<FacilityView> shown = facilities(actor, facilityId);
        List<OccupancyPoint> points = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            LocalDate from = month.atDay(1);
            LocalDate to = back == 0 ? today : month.atEndOfMonth();
            for (FacilityView facility : shown) {
                for (OccupancyRate rate : occupancy.facility(actor, facility.id(), from, to)) {
                    points.add(new OccupancyPoint(
                            month.toString(),
                            facility.id(),
                            facility.name(),
                            rate.bedType(),
                            rate.occupiedBedDays(),
                            rate.availableBedDays(),
                            percent(rate.occupiedBedDays(), rate.availableBedDays())));
                }
            }
        }
        return points;
    }

    @Transactional(readOnly = true)
    public List<Vacancy> vacancies(Actor actor, @Nullable Long facilityId, @Nullable BedType type) {
        List<Vacancy> found = new ArrayList<>();
        for (FacilityView facility : facilities(actor, facilityId)) {
            List<BedView> vacant = beds.allBedsOf(facility.id()).stream()
                    .filter(b -> b.status() == BedStatus.VACANT)
                    .filter(b -> type == null || b.type() == type)
                    .toList();
            Map<Long, RoomView> rooms =
                    beds
                            .rooms(vacant.stream()
                                    .map(BedView::roomId)
                                    .filter(id -> id != null)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(RoomView::id, Function.identity()));
            for (BedView bed : vacant) {
                RoomView room = bed.roomId() == null ? null : rooms.get(bed.roomId());
                found.add(new Vacancy(
                        facility.id(),
                        facility.name(),
                        facility.district(),
                        bed.id(),
                        bed.label(),
                        bed.type(),
                        room == null ? null : room.number()));
            }
        }
        found.sort(Comparator.comparing(Vacancy::facilityName).thenComparing(Vacancy::bedLabel));
        return found;
    }

    @Transactional(readOnly = true)
    public StaffRegistry.CertificationReport certification(Actor actor, @Nullable Long facilityId, LocalDate on) {
        if (facilityId == null) {
            return staff.certificationReport(actor, on);
        }
        CertificationStatus one = staff.certification(actor, facilityId, on);
        return new StaffRegistry.CertificationReport(List.of(one), one);
    }

    @Transactional(readOnly = true)
    public List<cn.xingfu.care.caregiver.ExpiryAlert> expiries(Actor actor, @Nullable Long facilityId, LocalDate on) {
        return staff.expiryAlerts(actor, on).stream()
                .filter(a -> facilityId == null || a.facilityId() == facilityId)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RatingRow> ratings(Actor actor, @Nullable Long facilityId, LocalDate on) {
        if (facilityId != null) {
            facilities.visible(actor, facilityId);
        }
        return ratings.standings(actor, on).stream()
                .filter(s -> facilityId == null || s.facilityId() == facilityId)
                .map(s -> new RatingRow(s.facilityId(), s.facilityName(), s.star(), s.leaf()))
                .toList();
    }

    /** Residents whose assessment is due on or before the date, most overdue first. */
    @Transactional(readOnly = true)
    public List<AssessmentDue> assessmentsDue(Actor actor, @Nullable Long facilityId, LocalDate on) {
        List<AssessmentDue> due = new ArrayList<>();
        for (FacilityView facility : facilities(actor, facilityId)) {
            for (ReassessmentDue d : assessments.due(actor, facility.id(), on)) {
                due.add(new AssessmentDue(
                        facility.id(),
                        facility.name(),
                        d.residentId(),
                        d.residentName(),
                        d.lastAssessedOn(),
                        d.dueOn(),
                        d.cause(),
                        d.overdue()));
            }
        }
        due.sort(Comparator.comparing(AssessmentDue::dueOn).thenComparing(AssessmentDue::residentName));
        return due;
    }

    /** GB 38600 safety at one facility: open alerts, risks not yet assessed (open tasks) and open incidents. */
    public record SafetyRow(
            long facilityId,
            String facilityName,
            int openAlerts,
            int unassessedRisks,
            int residentsWithOpenTasks,
            int openIncidents) {}

    /** Open alerts (staffing breaches, exits of residents at risk of wandering), newest first. */
    @Transactional(readOnly = true)
    public List<AlertView> alerts(Actor actor, @Nullable Long facilityId) {
        if (facilityId != null) {
            facilities.visible(actor, facilityId);
        }
        return alerts.open(actor).stream()
                .filter(a -> facilityId == null || a.facilityId() == facilityId)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SafetyRow> safety(Actor actor, @Nullable Long facilityId) {
        List<AlertView> open = alerts.open(actor);
        List<SafetyRow> rows = new ArrayList<>();
        for (FacilityView facility : facilities(actor, facilityId)) {
            List<RiskTask> tasks = safety.openTasks(actor, facility.id());
            rows.add(new SafetyRow(
                    facility.id(),
                    facility.name(),
                    (int) open.stream()
                            .filter(a -> a.facilityId() == facility.id())
                            .count(),
                    tasks.size(),
                    (int) tasks.stream().map(RiskTask::residentId).distinct().count(),
                    safety.incidentsOf(actor, facility.id(), true).size()));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public DistrictOverview district(Actor actor, LocalDate on) {
        List<RatingRow> standing = ratings(actor, null, on);
        List<OccupancyRow> now = occupancyNow(actor, null);
        List<BedTypeCount> bedCounts = new ArrayList<>();
        for (BedType type : BedType.values()) {
            List<OccupancyRow> ofType =
                    now.stream().filter(r -> r.bedType() == type).toList();
            bedCounts.add(new BedTypeCount(
                    type,
                    ofType.stream().mapToInt(OccupancyRow::beds).sum(),
                    ofType.stream().mapToInt(OccupancyRow::occupied).sum(),
                    ofType.stream().mapToInt(OccupancyRow::vacant).sum()));
        }
        return new DistrictOverview(
                on,
                standing.size(),
                levelCounts(standing.stream().map(RatingRow::star).toList(), "星", "star"),
                levelCounts(standing.stream().map(RatingRow::leaf).toList(), "叶", "leaf"),
                bedCounts,
                staff.certificationReport(actor, on).total());
    }

    private static List<LevelCount> levelCounts(List<CurrentRating> current, String zh, String en) {
        List<LevelCount> counts = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            int l = level;
            counts.add(new LevelCount(level, "一二三四五".charAt(level - 1) + zh, level + "-" + en, (int) current.stream()
                    .filter(r -> r.level() != null && r.level() == l)
                    .count()));
        }
        counts.add(new LevelCount(null, "未评级", "unrated", (int)
                current.stream().filter(r -> r.level() == null).count()));
        return counts;
    }

    private static int count(List<BedView> beds, Predicate<BedView> test) {
        return (int) beds.stream().filter(test).count();
    }

    static @Nullable BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
