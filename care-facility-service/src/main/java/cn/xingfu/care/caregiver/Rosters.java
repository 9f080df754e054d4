package cn.xingfu.care.caregiver;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shift roster. Puts staff on duty only when the rules allow: an uncertified caregiver never works a
 * cognitive-impairment unit, a food handler never works without a valid health certificate.
 */
@Service
public class Rosters {

    private static final int MAX_RANGE_DAYS = 62;

    private final RosterEntries entries;
    private final StaffMembers staff;
    private final StaffRegistry registry;
    private final FacilityDirectory facilities;
    private final List<CareUnits> units;
    private final Clock clock;

    Rosters(
            RosterEntries entries,
            StaffMembers staff,
            StaffRegistry registry,
            FacilityDirectory facilities,
            List<CareUnits> units,
            Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.staff = staff;
        this.registry = registry;
        this.facilities = facilities;
        this.units = units;
    }

    @Transactional
    public RosterEntryView schedule(
            Actor actor, long facilityId, @Nullable Long unitId, LocalDate date, Shift shift, long staffId) {
        facilities.visible(actor, facilityId);
        StaffMember member = registry.find(actor, staffId);
        if (member.facilityId() != facilityId) {
            throw DomainException.invalid(
                    "STAFF_OF_OTHER_FACILITY", "该员工不属于本机构", "This staff member works for another facility");
        }
        if (!member.active()) {
            throw DomainException.conflict("STAFF_INACTIVE", "该员工已离职或停用", "This staff member is not active");
        }
        if (unitId != null) {
            CareUnits.CareUnit unit = unit(unitId);
            if (unit.facilityId() != facilityId) {
                throw DomainException.invalid(
                        "UNIT_OF_OTHER_FACILITY", "该照护单元不属于本机构", "This care unit belongs to another facility");
            }
            if (unit.cognitiveImpairment()
                    && member.role() == StaffRole.CAREGIVER
                    && !registry.holdsValidCaregiverCertificate(staffId, date)) {
                throw DomainException.conflict(
                                "CAREGIVER_UNCERTIFIED",
                                "无有效养老护理员证书的护理员不能排入认知障碍照护单元",
                                "A caregiver without a valid certificate cannot work a cognitive-impairment unit")
                        .with(Map.of("staffId", staffId, "dutyDate", date.toString()));
            }
        }
        if (member.role() == StaffRole.FOOD_HANDLER && !registry.holdsValidHealthCertificate(staffId, date)) {
            throw DomainException.conflict(
                            "HEALTH_CERTIFICATE_MISSING",
                            "食品从业人员在该日期没有有效健康证明，不能排班",
                            "A food handler without a valid health certificate on that date cannot be scheduled")
                    .with(Map.of("staffId", staffId, "dutyDate", date.toString()));
        }
        if (entries.existsByStaffIdAndDutyDateAndShift(staffId, date, shift)) {
            throw DomainException.conflict(
                    "ALREADY_ON_SHIFT", "该员工在此班次已有排班", "This staff member is already on this shift");
        }
        RosterEntry entry = new RosterEntry(
                Ids.next(), facilityId, unitId, date, shift, staffId, actor.username(), clock.instant());
        return entries.save(entry).view(member);
    }

    @Transactional
    public void remove(Actor actor, long entryId) {
        RosterEntry entry = entries.findById(entryId)
                .orElseThrow(() ->
                        DomainException.notFound("ROSTER_ENTRY_NOT_FOUND", "没有这条排班", "There is no such roster entry"));
        actor.requireFacility(entry.facilityId());
        entries.delete(entry);
    }

    @Transactional(readOnly = true)
    public List<RosterEntryView> roster(Actor actor, long facilityId, LocalDate from, LocalDate to) {
        facilities.visible(actor, facilityId);
        if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw DomainException.invalid(
                    "DATE_RANGE_INVALID", "日期范围无效（最多 62 天）", "The date range is invalid (62 days at most)");
        }
        List<RosterEntry> found =
                entries.findByFacilityIdAndDutyDateBetweenOrderByDutyDateAscShiftAsc(facilityId, from, to);
        Map<Long, StaffMember> members =
                staff
                        .findAllById(found.stream()
                                .map(RosterEntry::staffId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        return found.stream().map(e -> e.view(members.get(e.staffId()))).toList();
    }

    private CareUnits.CareUnit unit(long unitId) {
        return units.stream()
                .map(source -> source.findUnit(unitId))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("CARE_UNIT_NOT_FOUND", "没有这个照护单元", "There is no such care unit"));
    }
}
