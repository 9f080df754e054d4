package cn.xingfu.care.dementia;

import cn.xingfu.care.alert.AlertDesk;
import cn.xingfu.care.alert.AlertKind;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.caregiver.RosterQueries;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.resident.AdmissionRule;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.ResidentConsents;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentSummary;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dementia units and their rules. As an {@link AdmissionRule} it refuses a COGNITIVE_CARE bed to anyone
 * without an F00-F03 diagnosis or a recent positive MMSE/MoCA screen (cut-offs by education, dated).
 */
@Service
public class DementiaCare implements AdmissionRule {

    private final CognitiveUnits units;
    private final UnitShifts shifts;
    private final CognitiveScreenings screenings;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final RosterQueries roster;
    private final AlertDesk alerts;
    private final Clock clock;
    private final ResidentConsents consents;

    DementiaCare(
            CognitiveUnits units,
            UnitShifts shifts,
            CognitiveScreenings screenings,
            BedRegistry beds,
            ResidentRegistry residents,
            FacilityDirectory facilities,
            Settings settings,
            RosterQueries roster,
            AlertDesk alerts,
            Clock clock,
            ResidentConsents consents) {
        this.consents = consents;
        this.clock = clock;
        this.units = units;
        this.shifts = shifts;
        this.screenings = screenings;
        this.beds = beds;
        this.residents = residents;
        this.facilities = facilities;
        this.settings = settings;
        this.roster = roster;
        this.alerts = alerts;
    }

    @Override
    public void check(long residentId, BedView bed, LocalDate on) {
        if (bed.type() != BedType.COGNITIVE_CARE) {
            return;
        }
        boolean diagnosed = residents.diagnoses(residentId).stream()
                .anyMatch(d -> d.isDementia() && !d.diagnosedOn().isAfter(on));
        if (diagnosed) {
            return;
        }
        String district = facilities.get(bed.facilityId()).district();
        int validDays = settings.integer("dementia.screening.valid-days", on, district);
        boolean needsDoctor = settings.flag("dementia.screening.requires-doctor-confirmation", on, district);
        boolean screened = screenings.findByResidentIdOrderByScreenedOnDesc(residentId).stream()
                .filter(s -> !s.screenedOn().isAfter(on) && !s.screenedOn().isBefore(on.minusDays(validDays)))
                .filter(s -> !needsDoctor || s.doctorConfirmed())
                .anyMatch(s -> positive(s, district));
        if (!screened) {
            throw DomainException.rejected(
                    "DEMENTIA_EVIDENCE_REQUIRED",
                    "入住认知障碍照护床位须有痴呆诊断（ICD-10 F00-F03）或有效的阳性筛查记录（MMSE/MoCA）",
                    "A cognitive-care bed needs a dementia diagnosis (ICD-10 F00-F03) or a recent positive MMSE/MoCA screening");
        }
    }

    @Transactional
    public ScreeningView recordScreening(
            Actor actor,
            long residentId,
            ScreeningTool tool,
            int score,
            EducationLevel education,
            LocalDate screenedOn,
            String screenedBy,
            boolean doctorConfirmed) {
        return recordScreening(
                actor, residentId, tool, score, education, screenedOn, screenedBy, doctorConfirmed, List.of());
    }

    /**
     * A screening needs a HEALTH_RECORD consent in force or among {@code given}; for a resident with dementia it is
     * usually a guardian's.
     */
    @Transactional
    public ScreeningView recordScreening(
            Actor actor,
            long residentId,
            ScreeningTool tool,
            int score,
            EducationLevel education,
            LocalDate screenedOn,
            String screenedBy,
            boolean doctorConfirmed,
            List<ConsentForm> given) {
        ResidentSummary resident = residents.summary(residentId);
        requireHealthAccess(actor, resident.facilityId());
        if (score < 0 || score > 30) {
            throw DomainException.invalid("SCREENING_SCORE_OUT_OF_RANGE", "筛查得分须在0到30之间", "Screening scores run 0..30");
        }
        consents.requireFor(actor, residentId, EnumSet.of(ConsentScope.HEALTH_RECORD), given);
        CognitiveScreening screening = screenings.save(new CognitiveScreening(
                Ids.next(),
                residentId,
                resident.facilityId(),
                tool,
                score,
                education,
                screenedOn,
                screenedBy,
                doctorConfirmed,
                actor.username(),
                clock.instant()));
        return screening.view(
                positive(screening, facilities.get(resident.facilityId()).district()));
    }

    @Transactional(readOnly = true)
    public List<ScreeningView> screeningsOf(Actor actor, long residentId) {
        ResidentSummary resident = residents.summary(residentId);
        requireHealthAccess(actor, resident.facilityId());
        String district = facilities.get(resident.facilityId()).district();
        return screenings.findByResidentIdOrderByScreenedOnDesc(residentId).stream()
                .map(s -> s.view(positive(s, district)))
                .toList();
    }

    @Transactional
    public CognitiveUnitView createUnit(
            Actor actor,
            long facilityId,
            String name,
            int carePlanners,
            Set<AntiWanderingMeasure> measures,
            Set<Long> rooms) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        checkRooms(facilityId, rooms);
        return units.saveAndFlush(new CognitiveUnit(
                        Ids.next(), facilityId, name.trim(), carePlanners, measures, rooms, clock.instant()))
                .view();
    }

    @Transactional
    public CognitiveUnitView updateUnit(
            Actor actor, long unitId, int carePlanners, Set<AntiWanderingMeasure> measures, Set<Long> rooms) {
        CognitiveUnit unit = unit(actor, unitId);
        checkRooms(unit.facilityId(), rooms);
        unit.update(carePlanners, measures, rooms);
        units.flush();
        return unit.view();
    }

    @Transactional(readOnly = true)
    public List<CognitiveUnitView> unitsOf(Actor actor, long facilityId) {
        actor.requireFacility(facilityId);
        return units.findByFacilityIdOrderByName(facilityId).stream()
                .map(CognitiveUnit::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CognitiveUnitView getUnit(Actor actor, long unitId) {
        return unit(actor, unitId).view();
    }

    /**
     * Records (or corrects) the headcount of one shift. Who was on duty is not typed in: it is the roster.
     * The unit's staffing is checked again, so an alert reflects the latest facts.
     */
    @Transactional
    public ShiftRecord recordShift(Actor actor, long unitId, LocalDate date, Shift shift, int residentsPresent) {
        CognitiveUnit unit = unit(actor, unitId);
        if (residentsPresent < 0) {
            throw DomainException.invalid("SHIFT_COUNTS_INVALID", "人数不能为负", "Counts cannot be negative");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "HEADCOUNT_DATE_IN_FUTURE", "不能为未来的班次清点人数", "A headcount cannot be recorded for a future shift");
        }
        shifts.findByUnitIdAndDateAndShift(unit.id(), date, shift).ifPresent(existing -> {
            shifts.delete(existing);
            shifts.flush();
        });
        ShiftRecord saved = shifts.save(new UnitShift(
                        Ids.next(), unit.id(), date, shift, residentsPresent, actor.username(), clock.instant()))
                .view();
        raiseStaffingAlerts(unit, date);
        return saved;
    }

    /**
     * Checks the unit's staffing on {@code date} against the roster and raises an alert to the care manager for
     * every shift that breaks a rule (closing the alerts of shifts that meet them again). Returns the checks.
     */
    @Transactional
    public List<ComplianceCheck> checkStaffing(Actor actor, long unitId, LocalDate date) {
        return raiseStaffingAlerts(unit(actor, unitId), date);
    }

    /** Every unit, today and tomorrow: the roster may have changed, or a day began with shifts unfilled. */
    @Transactional
    public int checkAllStaffing() {
        LocalDate today = LocalDate.now(clock);
        int breaches = 0;
        for (CognitiveUnit unit : units.findAll()) {
            for (LocalDate date : List.of(today, today.plusDays(1))) {
                breaches += (int) raiseStaffingAlerts(unit, date).stream()
                        .filter(c -> !c.passed())
                        .count();
            }
        }
        return breaches;
    }

    private List<ComplianceCheck> raiseStaffingAlerts(CognitiveUnit unit, LocalDate date) {
        String district = facilities.get(unit.facilityId()).district();
        List<ComplianceCheck> checks = staffing(unit, date, district).stream()
                .filter(StaffingRules::alerting)
                .toList();
        for (ComplianceCheck check : checks) {
            String subject = "staffing:unit:" + unit.id() + ":" + date + ":" + check.subject() + ":" + check.rule();
            if (check.passed()) {
                alerts.resolve(unit.facilityId(), subject);
            } else {
                alerts.raise(
                        unit.facilityId(),
                        AlertKind.STAFFING,
                        subject,
                        unit.name() + " " + date + " " + shiftZh(check.subject()) + "：" + ruleZh(check.rule()) + "（要求 "
                                + check.required() + "，实际 " + check.actual() + "）",
                        unit.name() + " " + date + " " + check.subject() + " shift: " + ruleEn(check.rule())
                                + " (required " + check.required() + ", found " + check.actual() + ")");
            }
        }
        return checks;
    }

    private List<ComplianceCheck> staffing(CognitiveUnit unit, LocalDate date, String district) {
        Map<Shift, UnitShift> counted = shifts.findByUnitIdAndDate(unit.id(), date).stream()
                .collect(Collectors.toMap(UnitShift::shift, s -> s));
        int inBeds = occupiedCognitiveBeds(unit, date);
        List<StaffingRules.ShiftStaffing> staffing = Arrays.stream(Shift.values())
                .map(shift -> new StaffingRules.ShiftStaffing(
                        shift,
                        roster.caregiversOnShift(unit.id(), date, cn.xingfu.care.caregiver.Shift.valueOf(shift.name())),
                        counted.containsKey(shift) ? counted.get(shift).residentsPresent() : null,
                        inBeds))
                .toList();
        return StaffingRules.check(
                staffing,
                number("dementia.staff.residents-per-caregiver", date, district),
                number("dementia.staff.min-night-caregivers", date, district));
    }

    private int occupiedCognitiveBeds(CognitiveUnit unit, LocalDate date) {
        Set<Long> inUnit = beds.rooms(unit.roomIds()).stream()
                .flatMap(r -> r.bedIds().stream())
                .collect(Collectors.toSet());
        return residents.bedsOccupiedOn(unit.facilityId(), inUnit, BedType.COGNITIVE_CARE, date);
    }

    private static String shiftZh(String shift) {
        return switch (shift) {
            case "DAY" -> "白班";
            case "EVENING" -> "中班";
            default -> "夜班";
        };
    }

    private static String ruleZh(String rule) {
        return rule.equals(StaffingRules.NIGHT) ? "夜班护理员不足" : "护理员与老人配比不足";
    }

    private static String ruleEn(String rule) {
        return rule.equals(StaffingRules.NIGHT) ? "too few night caregivers" : "caregiver : resident ratio not met";
    }

    /** Every unit requirement in force on {@code on}, with the rule, what is required and what was found. */
    @Transactional(readOnly = true)
    public ComplianceSheet compliance(Actor actor, long unitId, LocalDate on) {
        CognitiveUnit unit = unit(actor, unitId);
        String district = facilities.get(unit.facilityId()).district();
        List<ComplianceCheck> checks = new ArrayList<>();
        List<RoomView> rooms = beds.rooms(unit.roomIds());
        Map<Long, BedView> bedById =
                beds.allBedsOf(unit.facilityId()).stream().collect(Collectors.toMap(BedView::id, b -> b));

        List<CognitiveUnit> siblings = units.findByFacilityIdOrderByName(unit.facilityId());
        int unitBeds = cognitiveBeds(unit, bedById);
        int max = number("dementia.unit.max-beds", on, district);
        if (siblings.size() <= 1) {
            int min = number("dementia.unit.single-min-beds", on, district);
            checks.add(new ComplianceCheck(
                    "UNIT_BEDS",
                    unit.name(),
                    min + "-" + max,
                    String.valueOf(unitBeds),
                    unitBeds >= min && unitBeds <= max));
        } else {
            int min = number("dementia.unit.multi-min-beds", on, district);
            checks.add(new ComplianceCheck(
                    "UNIT_BEDS",
                    unit.name(),
                    min + "-" + max,
                    String.valueOf(unitBeds),
                    unitBeds >= min && unitBeds <= max));
            int minAverage = number("dementia.unit.multi-min-average-beds", on, district);
            double average = siblings.stream()
                    .mapToInt(u -> cognitiveBeds(u, bedById))
                    .average()
                    .orElse(0);
            checks.add(new ComplianceCheck(
                    "UNITS_AVERAGE_BEDS",
                    siblings.size() + " units",
                    "≥" + minAverage,
                    String.format("%.1f", average),
                    average >= minAverage));
        }

        int maxPerRoom = number("dementia.room.max-beds", on, district);
        BigDecimal single = settings.number("dementia.room.single-min-area", on, district);
        BigDecimal dbl = settings.number("dementia.room.double-min-area", on, district);
        BigDecimal perBed = settings.number("dementia.room.shared-min-area-per-bed", on, district);
        for (RoomView room : rooms) {
            if (room.type() != RoomType.BEDROOM || room.bedCount() == 0) {
                continue;
            }
            int n = room.bedCount();
            checks.add(new ComplianceCheck(
                    "ROOM_BEDS", room.number(), "≤" + maxPerRoom, String.valueOf(n), n <= maxPerRoom));
            BigDecimal required = n == 1 ? single : n == 2 ? dbl : perBed.multiply(BigDecimal.valueOf(n));
            checks.add(new ComplianceCheck(
                    "ROOM_AREA",
                    room.number(),
                    "≥" + required.stripTrailingZeros().toPlainString() + " m² (" + n + " beds)",
                    room.areaM2().stripTrailingZeros().toPlainString() + " m²",
                    room.areaM2().compareTo(required) >= 0));
        }

        checks.addAll(staffing(unit, on, district));
        int minPlanners = number("dementia.staff.min-care-planners", on, district);
        checks.add(new ComplianceCheck(
                "CARE_PLANNERS",
                unit.name(),
                "≥" + minPlanners,
                String.valueOf(unit.carePlanners()),
                unit.carePlanners() >= minPlanners));

        Set<RoomType> present = rooms.stream().map(RoomView::type).collect(Collectors.toSet());
        for (String required : list("dementia.functional-rooms", on, district)) {
            boolean has = present.contains(RoomType.valueOf(required));
            checks.add(new ComplianceCheck("FUNCTIONAL_ROOM", required, "present", has ? "present" : "missing", has));
        }
        Set<AntiWanderingMeasure> measures = unit.measures();
        for (String required : list("dementia.anti-wandering-measures", on, district)) {
            boolean has = measures.contains(AntiWanderingMeasure.valueOf(required));
            checks.add(new ComplianceCheck("ANTI_WANDERING", required, "in place", has ? "in place" : "missing", has));
        }
        return new ComplianceSheet(
                unit.id(), unit.name(), on, checks.stream().allMatch(ComplianceCheck::passed), List.copyOf(checks));
    }

    private int cognitiveBeds(CognitiveUnit unit, Map<Long, BedView> bedById) {
        return (int) beds.rooms(unit.roomIds()).stream()
                .flatMap(r -> r.bedIds().stream())
                .map(bedById::get)
                .filter(b -> b != null && b.type() == BedType.COGNITIVE_CARE)
                .count();
    }

    private boolean positive(CognitiveScreening s, String district) {
        String key = "dementia.screening." + (s.tool() == ScreeningTool.MMSE ? "mmse" : "moca") + "-cutoff."
                + s.education().name();
        return s.score() <= settings.integer(key, s.screenedOn(), district);
    }

    private void checkRooms(long facilityId, Set<Long> rooms) {
        List<RoomView> found = beds.rooms(rooms);
        if (found.size() != rooms.size() || found.stream().anyMatch(r -> r.facilityId() != facilityId)) {
            throw DomainException.invalid(
                    "UNIT_ROOMS_INVALID", "专区房间须为本机构的已有房间", "A unit's rooms must exist and belong to its facility");
        }
    }

    private CognitiveUnit unit(Actor actor, long unitId) {
        CognitiveUnit unit = units.findById(unitId)
                .orElseThrow(() ->
                        DomainException.notFound("UNIT_NOT_FOUND", "没有这个认知障碍照护专区", "There is no such dementia unit"));
        actor.requireFacility(unit.facilityId());
        return unit;
    }

    private int number(String key, LocalDate on, String district) {
        return settings.integer(key, on, district);
    }

    private List<String> list(String key, LocalDate on, String district) {
        return Arrays.stream(settings.text(key, on, district).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void requireHealthAccess(Actor actor, long facilityId) {
        actor.requireFacility(facilityId);
        if (!ResidentRegistry.mayReadHealth(actor, facilityId)) {
            throw DomainException.forbidden(
                    "HEALTH_DATA_RESTRICTED",
                    "认知筛查结果仅限本机构的照护负责人录入和查看",
                    "Screenings are recorded and read only by care managers of the resident's facility");
        }
    }
}
