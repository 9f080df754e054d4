package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.shared.audit.AuditEntry;
import cn.xingfu.care.shared.audit.AuditLog;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.IdNumberIndex;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.Masking;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resident records and their diagnoses; health data only for care managers of the facility. */
@Service
public class ResidentRegistry {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9X]");

    private final FacilityDirectory facilities;
    private final Residents residents;
    private final Diagnoses diagnoses;
    private final Admissions admissions;
    private final Occupancies occupancies;
    private final Clock clock;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final ResidentConsents consents;

    ResidentRegistry(
            FacilityDirectory facilities,
            Residents residents,
            Diagnoses diagnoses,
            Admissions admissions,
            Occupancies occupancies,
            Clock clock,
            FieldCipher cipher,
            AuditLog audit,
            ResidentConsents consents) {
        this.consents = consents;
        this.clock = clock;
        this.audit = audit;
        this.facilities = facilities;
        this.residents = residents;
        this.diagnoses = diagnoses;
        this.admissions = admissions;
        this.occupancies = occupancies;
        this.cipher = cipher;
    }

    /** Registers a resident without consents: health notes then need a consent, so this suits only those without. */
    @Transactional
    public ResidentView register(
            Actor actor,
            long facilityId,
            String name,
            Gender gender,
            LocalDate birthDate,
            String idNumber,
            @Nullable String phone,
            @Nullable String healthNotes) {
        return register(actor, facilityId, name, gender, birthDate, idNumber, phone, healthNotes, List.of());
    }

    /**
     * Registers a resident. Health notes need a HEALTH_RECORD consent among {@code consents} (the resident has no
     * other yet); the consents are recorded with the resident.
     *
     * @throws DomainException ID_NUMBER_INVALID, RESIDENT_EXISTS, CONSENT_INVALID, CONSENT_REQUIRED
     */
    @Transactional
    public ResidentView register(
            Actor actor,
            long facilityId,
            String name,
            Gender gender,
            LocalDate birthDate,
            String idNumber,
            @Nullable String phone,
            @Nullable String healthNotes,
            List<ConsentForm> given) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        String id = idNumber.trim().toUpperCase(Locale.ROOT);
        if (!ID_NUMBER.matcher(id).matches()) {
            throw DomainException.invalid(
                    "ID_NUMBER_INVALID", "身份证号码格式不正确", "The ID number is not a valid 18-character number");
        }
        String index = cipher.blindIndex(IdNumberIndex.RESIDENT, id);
        if (residents.findByIdNumberIndex(index).isPresent()) {
            throw DomainException.conflict(
                    "RESIDENT_EXISTS", "此身份证号码已登记", "A resident with this ID number is already registered");
        }
        String notes = healthNotes == null || healthNotes.isBlank() ? null : healthNotes;
        // flushed, so that the consents (a foreign key to the resident) can follow; a refusal rolls both back
        Resident resident = residents.saveAndFlush(new Resident(
                Ids.next(), facilityId, name.trim(), gender, birthDate, id, index, phone, notes, clock.instant()));
        consents.requireFor(
                actor, resident.id(), notes == null ? Set.of() : EnumSet.of(ConsentScope.HEALTH_RECORD), given);
        return view(actor, resident);
    }

    @Transactional(readOnly = true)
    public ResidentView get(Actor actor, long residentId) {
        Resident resident = find(residentId);
        actor.requireFacility(resident.facilityId());
        audit.record(actor, AuditEntry.read("RESIDENT_DETAIL", "resident", residentId));
        return view(actor, resident);
    }

    @Transactional(readOnly = true)
    public List<ResidentView> ofFacility(Actor actor, long facilityId) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        return residents.findByFacilityIdOrderByName(facilityId).stream()
                .map(r -> view(actor, r))
                .toList();
    }

    @Transactional
    public DiagnosisView addDiagnosis(
            Actor actor,
            long residentId,
            String icd10Code,
            String name,
            LocalDate diagnosedOn,
            String diagnosedBy,
            boolean psychiatrist) {
        return addDiagnosis(actor, residentId, icd10Code, name, diagnosedOn, diagnosedBy, psychiatrist, List.of());
    }

    /** @throws DomainException ICD10_CODE_INVALID, CONSENT_REQUIRED, CONSENT_WITHDRAWN and the access errors */
    @Transactional
    public DiagnosisView addDiagnosis(
            Actor actor,
            long residentId,
            String icd10Code,
            String name,
            LocalDate diagnosedOn,
            String diagnosedBy,
            boolean psychiatrist,
            List<ConsentForm> given) {
        Resident resident = find(residentId);
        requireHealthAccess(actor, resident);
        String code = icd10Code.trim().toUpperCase(Locale.ROOT);
        if (!Icd10.isValid(code)) {
            throw DomainException.invalid("ICD10_CODE_INVALID", "ICD-10 编码格式不正确", "The ICD-10 code is malformed");
        }
        consents.requireFor(actor, residentId, EnumSet.of(ConsentScope.HEALTH_RECORD), given);
        audit.record(actor, AuditEntry.created("RESIDENT_DIAGNOSIS", "resident", residentId, code));
        return diagnoses
                .save(new Diagnosis(
                        Ids.next(), residentId, code, name, diagnosedOn, diagnosedBy, psychiatrist, clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public List<DiagnosisView> diagnosesFor(Actor actor, long residentId) {
        requireHealthAccess(actor, find(residentId));
        audit.record(actor, AuditEntry.read("RESIDENT_DIAGNOSES", "resident", residentId));
        return diagnoses(residentId);
    }

    /** For other modules' rules (dementia admission); no scope check, never hand the result to a client. */
    @Transactional(readOnly = true)
    public List<DiagnosisView> diagnoses(long residentId) {
        return diagnoses.findByResidentIdOrderByDiagnosedOn(residentId).stream()
                .map(Diagnosis::view)
                .toList();
    }

    /** For other modules: the resident without health data, or RESIDENT_NOT_FOUND (404). */
    @Transactional(readOnly = true)
    public ResidentSummary summary(long residentId) {
        return summary(find(residentId));
    }

    /**
     * Records the death of a resident who lives at home (a home-care senior). A resident in an institution
     * is discharged with reason DECEASED instead, so the bed and the stay end together.
     */
    @Transactional
    public ResidentView recordDeath(Actor actor, long residentId, LocalDate on) {
        Resident resident = find(residentId);
        actor.requireFacility(resident.facilityId());
        if (resident.deceasedOn() != null) {
            throw DomainException.conflict("RESIDENT_DECEASED", "老人已故", "The resident has died");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(
                    "DEATH_DATE_IN_FUTURE", "死亡日期不能晚于今天", "The date of death cannot be in the future");
        }
        if (currentStay(residentId).isPresent()) {
            throw DomainException.conflict(
                    "RESIDENT_IN_INSTITUTION",
                    "老人住在养老机构，请以“死亡”原因办理出院",
                    "The resident lives in an institution: discharge the stay with reason DECEASED");
        }
        resident.died(on);
        return view(actor, resident);
    }

    /**
     * Whether the resident lived in an institution on {@code on}: a stay admitted on or before that day and
     * not discharged by then (the discharge day is spent at home). For rules judged on a past date.
     */
    @Transactional(readOnly = true)
    public boolean inInstitutionOn(long residentId, LocalDate on) {
        return admissions.findByResidentIdOrderByRequestedOn(residentId).stream()
                .anyMatch(a -> a.wasInOn(on));
    }

    /**
     * How many of these beds held a resident on {@code on} (stays are [start, end): the end day is spent elsewhere),
     * so a staffing rule judged on a past date counts the residents of that date, not today's.
     */
    @Transactional(readOnly = true)
    public int bedsOccupiedOn(long facilityId, Set<Long> bedIds, BedType type, LocalDate on) {
        return (int) occupancies.overlapping(facilityId, on, on).stream()
                .filter(o -> o.bedType() == type && bedIds.contains(o.bedId()))
                .map(Occupancy::bedId)
                .distinct()
                .count();
    }

    @Transactional(readOnly = true)
    public List<ResidentSummary> summariesOf(long facilityId) {
        return residents.findByFacilityIdOrderByName(facilityId).stream()
                .map(this::summary)
                .toList();
    }

    /**
     * The resident's ID number, only for computing the keyed matching hash sent to canteen-service (canteenlink);
     * never shown, logged or sent as it is.
     */
    @Transactional(readOnly = true)
    public String idNumberForMatching(long residentId) {
        return find(residentId).idNumber();
    }

    /** Care managers of the resident's facility see health data; district administrators do not. */
    public static boolean mayReadHealth(Actor actor, long facilityId) {
        return actor.role() == Role.CARE_MANAGER && actor.mayManage(facilityId);
    }

    void requireHealthAccess(Actor actor, Resident resident) {
        actor.requireFacility(resident.facilityId());
        if (!mayReadHealth(actor, resident.facilityId())) {
            throw DomainException.forbidden(
                    "HEALTH_DATA_RESTRICTED",
                    "健康信息仅限本机构的照护负责人查看",
                    "Health data is shown only to care managers of the resident's facility");
        }
    }

    Resident find(long residentId) {
        return residents
                .findById(residentId)
                .orElseThrow(
                        () -> DomainException.notFound("RESIDENT_NOT_FOUND", "没有这位老人", "There is no such resident"));
    }

    private ResidentSummary summary(Resident r) {
        Optional<Admission> current = currentStay(r.id());
        return new ResidentSummary(
                r.id(),
                r.facilityId(),
                r.name(),
                r.gender(),
                r.birthDate(),
                r.deceasedOn(),
                current.map(Admission::id).orElse(null),
                occupancies
                        .findByCurrentResidentId(r.id())
                        .map(Occupancy::bedId)
                        .orElse(null));
    }

    private Optional<Admission> currentStay(long residentId) {
        return admissions
                .findByResidentIdAndStatusIn(residentId, EnumSet.of(AdmissionStatus.ADMITTED, AdmissionStatus.ON_LEAVE))
                .stream()
                .findFirst();
    }

    private ResidentView view(Actor actor, Resident r) {
        ResidentSummary summary = summary(r);
        ResidentView.Health health = mayReadHealth(actor, r.facilityId())
                ? new ResidentView.Health(r.healthNotes(), diagnoses(r.id()))
                : null;
        return new ResidentView(
                r.id(),
                r.facilityId(),
                r.name(),
                r.gender(),
                r.birthDate(),
                Masking.idNumber(r.idNumber()),
                r.deceasedOn(),
                summary.currentAdmissionId(),
                summary.currentBedId(),
                health,
                r.version());
    }
}
