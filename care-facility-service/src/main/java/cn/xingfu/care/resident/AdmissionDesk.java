package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.shared.audit.AuditEntry;
import cn.xingfu.care.shared.audit.AuditLog;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stays: request → approve → (reserve) → admit → transfer / leave / return → discharge. Each step writes a
 * history row. Taking a bed is a conditional update in the bed module plus a unique "current occupant"
 * key here, so of two racing admissions to one bed exactly one wins and the other gets BED_NOT_VACANT.
 */
@Service
public class AdmissionDesk {

    private final ResidentRegistry registry;
    private final Admissions admissions;
    private final AdmissionEvents events;
    private final AdmissionLeaves leaves;
    private final Occupancies occupancies;
    private final BedRegistry beds;
    private final List<AdmissionRule> rules;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final AuditLog audit;

    AdmissionDesk(
            ResidentRegistry registry,
            Admissions admissions,
            AdmissionEvents events,
            AdmissionLeaves leaves,
            Occupancies occupancies,
            BedRegistry beds,
            List<AdmissionRule> rules,
            ApplicationEventPublisher published,
            Clock clock,
            AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
        this.registry = registry;
        this.admissions = admissions;
        this.events = events;
        this.leaves = leaves;
        this.occupancies = occupancies;
        this.beds = beds;
        this.rules = rules;
        this.published = published;
    }

    @Transactional
    public AdmissionView request(Actor actor, long residentId, LocalDate on, @Nullable String note) {
        Resident resident = registry.find(residentId);
        actor.requireFacility(resident.facilityId());
        if (resident.deceasedOn() != null) {
            throw DomainException.rejected("RESIDENT_DECEASED", "老人已故", "The resident has died");
        }
        Set<AdmissionStatus> open = EnumSet.of(
                AdmissionStatus.REQUESTED,
                AdmissionStatus.APPROVED,
                AdmissionStatus.ADMITTED,
                AdmissionStatus.ON_LEAVE);
        if (!admissions.findByResidentIdAndStatusIn(residentId, open).isEmpty()) {
            throw DomainException.conflict(
                    "ADMISSION_ALREADY_OPEN",
                    "这位老人已有未结束的入住申请或入住",
                    "The resident already has an open admission or stay");
        }
        Admission admission = admissions.save(new Admission(
                Ids.next(), residentId, resident.facilityId(), on, actor.username(), note, clock.instant()));
        record(admission, AdmissionEventType.REQUESTED, on, actor, null, null, note);
        return admission.view();
    }

    @Transactional
    public AdmissionView approve(Actor actor, long admissionId, LocalDate on) {
        Admission admission = scoped(actor, admissionId);
        admission.approve(actor.username());
        record(admission, AdmissionEventType.APPROVED, on, actor, null, null, null);
        return admission.view();
    }

    @Transactional
    public AdmissionView reject(Actor actor, long admissionId, LocalDate on, String reason) {
        Admission admission = scoped(actor, admissionId);
        admission.reject();
        record(admission, AdmissionEventType.REJECTED, on, actor, null, null, reason);
        return admission.view();
    }

    /** Holds a vacant bed for an approved admission. */
    @Transactional
    public AdmissionView reserve(Actor actor, long admissionId, long bedId, LocalDate on) {
        Admission admission = scoped(actor, admissionId);
        Long previous = admission.bedId();
        admission.reserved(bedId);
        BedView bed = admissible(admission, bedId, on);
        if (!beds.reserve(bedId, admission.id())) {
            throw notVacant(bed);
        }
        if (previous != null && previous != bedId) {
            beds.release(previous, admission.id());
        }
        record(admission, AdmissionEventType.BED_RESERVED, on, actor, null, bedId, null);
        return admission.view();
    }

    @Transactional
    public AdmissionView admit(Actor actor, long admissionId, @Nullable Long bedId, LocalDate on) {
        Admission admission = scoped(actor, admissionId);
        Long reserved = admission.status() == AdmissionStatus.APPROVED ? admission.bedId() : null;
        Long target = bedId != null ? bedId : reserved;
        if (target == null) {
            throw DomainException.invalid("BED_REQUIRED", "请选择床位", "Choose a bed");
        }
        admission.admit(target, on);
        BedView bed = admissible(admission, target, on);
        take(admission, bed, on);
        if (reserved != null && !reserved.equals(target)) {
            beds.release(reserved, admission.id());
        }
        record(admission, AdmissionEventType.ADMITTED, on, actor, null, target, null);
        published.publishEvent(new StayChanged(
                admission.id(), admission.residentId(), admission.facilityId(), StayChanged.Kind.ADMITTED, on, null));
        return admission.view();
    }

    @Transactional
    public AdmissionView transfer(Actor actor, long admissionId, long bedId, LocalDate on, @Nullable String reason) {
        Admission admission = scoped(actor, admissionId);
        Long from = admission.bedId();
        if (from != null && from == bedId) {
            throw DomainException.invalid("SAME_BED", "目标床位与当前床位相同", "The resident is already in this bed");
        }
        admission.movedTo(bedId);
        BedView bed = admissible(admission, bedId, on);
        if (!beds.occupy(bedId, admission.id())) {
            throw notVacant(bed);
        }
        Occupancy current = occupancies
                .findByCurrentResidentId(admission.residentId())
                .orElseThrow(() -> new IllegalStateException("admitted resident without a current bed"));
        current.end(on);
        occupancies.saveAndFlush(current);
        beds.release(current.bedId(), admission.id());
        insertOccupancy(admission, bed, on);
        record(admission, AdmissionEventType.TRANSFERRED, on, actor, from, bedId, reason);
        return admission.view();
    }

    @Transactional
    public AdmissionView startLeave(
            Actor actor, long admissionId, LocalDate from, @Nullable LocalDate expectedReturn, String reason) {
        Admission admission = scoped(actor, admissionId);
        if (expectedReturn != null && expectedReturn.isBefore(from)) {
            throw DomainException.invalid(
                    "LEAVE_DATES_INVALID", "预计返回日期不能早于离开日期", "The expected return cannot be before the leave starts");
        }
        admission.leave();
        leaves.save(new AdmissionLeave(Ids.next(), admissionId, from, expectedReturn, reason));
        record(admission, AdmissionEventType.LEAVE_STARTED, from, actor, null, null, reason);
        return admission.view();
    }

    @Transactional
    public AdmissionView endLeave(Actor actor, long admissionId, LocalDate on) {
        Admission admission = scoped(actor, admissionId);
        admission.back();
        leaves.findFirstByAdmissionIdAndReturnedOnIsNull(admissionId).ifPresent(leave -> leave.returned(on));
        record(admission, AdmissionEventType.LEAVE_ENDED, on, actor, null, null, null);
        return admission.view();
    }

    @Transactional
    public AdmissionView discharge(
            Actor actor, long admissionId, LocalDate on, DischargeReason reason, @Nullable String note) {
        Admission admission = scoped(actor, admissionId);
        Long bed = admission.bedId();
        admission.discharge(on, reason);
        occupancies.findByCurrentResidentId(admission.residentId()).ifPresent(o -> o.end(on));
        if (bed != null) {
            beds.release(bed, admission.id());
        }
        if (reason == DischargeReason.DECEASED) {
            registry.find(admission.residentId()).died(on);
        }
        record(admission, AdmissionEventType.DISCHARGED, on, actor, bed, null, note);
        published.publishEvent(new StayChanged(
                admission.id(),
                admission.residentId(),
                admission.facilityId(),
                StayChanged.Kind.DISCHARGED,
                on,
                reason));
        return admission.view();
    }

    @Transactional
    public AdmissionView cancel(Actor actor, long admissionId, LocalDate on, @Nullable String note) {
        Admission admission = scoped(actor, admissionId);
        Long reserved = admission.bedId();
        admission.cancel();
        if (reserved != null) {
            beds.release(reserved, admission.id());
        }
        record(admission, AdmissionEventType.CANCELLED, on, actor, null, null, note);
        return admission.view();
    }

    @Transactional(readOnly = true)
    public AdmissionView get(Actor actor, long admissionId) {
        return scoped(actor, admissionId).view();
    }

    @Transactional(readOnly = true)
    public List<AdmissionHistoryEntry> history(Actor actor, long admissionId) {
        scoped(actor, admissionId);
        return events.findByAdmissionIdOrderByRecordedAt(admissionId).stream()
                .map(AdmissionEvent::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AdmissionView> ofFacility(Actor actor, long facilityId, Set<AdmissionStatus> statuses) {
        actor.requireFacility(facilityId);
        Set<AdmissionStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(AdmissionStatus.class) : statuses;
        return admissions.findByFacilityIdAndStatusInOrderByRequestedOn(facilityId, wanted).stream()
                .map(Admission::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AdmissionView> ofResident(Actor actor, long residentId) {
        actor.requireFacility(registry.find(residentId).facilityId());
        return admissions.findByResidentIdOrderByRequestedOn(residentId).stream()
                .map(Admission::view)
                .toList();
    }

    private void take(Admission admission, BedView bed, LocalDate on) {
        if (!beds.occupy(bed.id(), admission.id())) {
            throw notVacant(bed);
        }
        insertOccupancy(admission, bed, on);
    }

    private void insertOccupancy(Admission admission, BedView bed, LocalDate on) {
        try {
            occupancies.saveAndFlush(new Occupancy(
                    Ids.next(), bed.id(), bed.type(), bed.facilityId(), admission.residentId(), admission.id(), on));
        } catch (DataIntegrityViolationException e) {
            // the unique current-occupant keys caught what the status update did not
            throw notVacant(bed);
        }
    }

    /** The bed exists, belongs to the stay's facility, is an institutional bed and passes every module's rule. */
    private BedView admissible(Admission admission, long bedId, LocalDate on) {
        BedView bed = beds.get(bedId);
        if (bed.facilityId() != admission.facilityId()) {
            throw DomainException.rejected("BED_OF_OTHER_FACILITY", "床位不属于该机构", "The bed belongs to another facility");
        }
        if (bed.type() == BedType.HOME_CARE) {
            throw DomainException.rejected(
                    "HOME_CARE_BED_NOT_ADMISSIBLE",
                    "家庭养老床位通过服务协议开设，不能办理入住",
                    "Home-care beds are set up through a service agreement, not an admission");
        }
        if (registry.find(admission.residentId()).deceasedOn() != null) {
            throw DomainException.rejected("RESIDENT_DECEASED", "老人已故", "The resident has died");
        }
        for (AdmissionRule rule : rules) {
            rule.check(admission.residentId(), bed, on);
        }
        return bed;
    }

    private static DomainException notVacant(BedView bed) {
        if (bed.status() == BedStatus.OUT_OF_SERVICE) {
            return new DomainException(
                    DomainException.Kind.CONFLICT,
                    "BED_OUT_OF_SERVICE",
                    "床位已停用",
                    "The bed is out of service",
                    Map.of("bedId", bed.id()));
        }
        return new DomainException(
                DomainException.Kind.CONFLICT,
                "BED_NOT_VACANT",
                "床位已被占用或预留",
                "The bed is already occupied or reserved",
                Map.of("bedId", bed.id()));
    }

    private Admission scoped(Actor actor, long admissionId) {
        Admission admission = admissions
                .findById(admissionId)
                .orElseThrow(() ->
                        DomainException.notFound("ADMISSION_NOT_FOUND", "没有这条入住记录", "There is no such admission"));
        actor.requireFacility(admission.facilityId());
        return admission;
    }

    private void record(
            Admission admission,
            AdmissionEventType type,
            LocalDate on,
            Actor actor,
            @Nullable Long fromBed,
            @Nullable Long toBed,
            @Nullable String note) {
        events.save(new AdmissionEvent(
                Ids.next(), admission.id(), type, on, actor.username(), fromBed, toBed, note, clock.instant()));
        // every step of a stay is a bed assignment change in the audit log (old and new bed), in this transaction
        audit.record(
                actor, AuditEntry.changed("BED_ASSIGNMENT", "admission", admission.id(), type.name(), fromBed, toBed));
    }
}
