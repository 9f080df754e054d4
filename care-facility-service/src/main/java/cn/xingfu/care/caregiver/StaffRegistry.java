package cn.xingfu.care.caregiver;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.IdNumberIndex;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.Settings;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.Masking;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff records, certificates, the certification rate and expiry alerts, scoped to the actor's facilities. */
@Service
public class StaffRegistry {

    private final StaffMembers staff;
    private final CaregiverCertificates certificates;
    private final HealthCertificates healthCertificates;
    private final FacilityDirectory facilities;
    private final Settings settings;
    private final Clock clock;
    private final FieldCipher cipher;

    StaffRegistry(
            StaffMembers staff,
            CaregiverCertificates certificates,
            HealthCertificates healthCertificates,
            FacilityDirectory facilities,
            Settings settings,
            Clock clock,
            FieldCipher cipher) {
        this.staff = staff;
        this.certificates = certificates;
        this.healthCertificates = healthCertificates;
        this.facilities = facilities;
        this.settings = settings;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** What is entered for a new staff member. */
    public record NewStaff(
            String name,
            @Nullable String idNumber,
            StaffRole role,
            @Nullable LocalDate hiredOn) {

        /** Never the ID number in full: records end up in logs and exception messages. */
        @Override
        public String toString() {
            return "NewStaff[name=" + name + ", idNumber=" + (idNumber == null ? null : Masking.idNumber(idNumber))
                    + ", role=" + role + ", hiredOn=" + hiredOn + "]";
        }
    }

    /** What is entered for a caregiver certificate; {@code validUntil} null = no expiry. */
    public record NewCertificate(
            CaregiverLevel level,
            String certificateNumber,
            String issuer,
            LocalDate issueDate,
            @Nullable LocalDate validUntil,
            int trainingHours) {}

    /** A staff member with every certificate, for the detail page. */
    public record StaffDetails(
            StaffView staff, List<CertificateView> certificates, List<HealthCertificateView> healthCertificates) {}

    @Transactional
    public StaffView register(Actor actor, long facilityId, NewStaff details) {
        facilities.visible(actor, facilityId);
        StaffMember member = new StaffMember(
                Ids.next(),
                facilityId,
                details.name(),
                details.idNumber() == null ? null : IdNumberIndex.normalise(details.idNumber()),
                IdNumberIndex.of(cipher, IdNumberIndex.STAFF, details.idNumber()),
                details.role(),
                details.hiredOn(),
                clock.instant());
        return staff.save(member).view();
    }

    @Transactional
    public StaffView setActive(Actor actor, long staffId, boolean active) {
        StaffMember member = find(actor, staffId);
        member.setActive(active);
        staff.flush();
        return member.view();
    }

    @Transactional(readOnly = true)
    public List<StaffView> staffOf(Actor actor, long facilityId) {
        facilities.visible(actor, facilityId);
        return staff.findByFacilityIdOrderByNameAsc(facilityId).stream()
                .map(StaffMember::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public StaffDetails details(Actor actor, long staffId) {
        StaffMember member = find(actor, staffId);
        LocalDate today = LocalDate.now(clock);
        return new StaffDetails(
                member.view(),
                certificates.findByStaffId(staffId).stream()
                        .sorted(Comparator.comparing(CaregiverCertificate::level, CaregiverLevel.BY_RANK.reversed()))
                        .map(c -> c.view(today))
                        .toList(),
                healthCertificates.findByStaffId(staffId).stream()
                        .sorted(Comparator.comparing(HealthCertificate::validUntil)
                                .reversed())
                        .map(c -> c.view(today))
                        .toList());
    }

    @Transactional
    public CertificateView addCertificate(Actor actor, long staffId, NewCertificate details) {
        find(actor, staffId);
        if (certificates
                .findByIssuerAndNumber(
                        details.issuer().trim(), details.certificateNumber().trim())
                .isPresent()) {
            throw DomainException.conflict(
                    "CERTIFICATE_NUMBER_TAKEN",
                    "该发证机构已登记过此证书编号",
                    "This issuer's certificate number is already registered");
        }
        CaregiverCertificate certificate = new CaregiverCertificate(
                Ids.next(),
                staffId,
                details.level(),
                details.certificateNumber(),
                details.issuer(),
                details.issueDate(),
                details.validUntil(),
                details.trainingHours(),
                clock.instant());
        return certificates.save(certificate).view(LocalDate.now(clock));
    }

    @Transactional
    public CertificateView revokeCertificate(Actor actor, long certificateId) {
        CaregiverCertificate certificate = certificates
                .findById(certificateId)
                .orElseThrow(() ->
                        DomainException.notFound("CERTIFICATE_NOT_FOUND", "没有这张证书", "There is no such certificate"));
        find(actor, certificate.staffId());
        certificate.revoke(clock.instant());
        return certificate.view(LocalDate.now(clock));
    }

    @Transactional
    public HealthCertificateView addHealthCertificate(
            Actor actor, long staffId, String number, String issuer, LocalDate issueDate) {
        find(actor, staffId);
        if (healthCertificates
                .findByIssuerAndNumber(issuer.trim(), number.trim())
                .isPresent()) {
            throw DomainException.conflict(
                    "CERTIFICATE_NUMBER_TAKEN",
                    "该发证机构已登记过此证书编号",
                    "This issuer's certificate number is already registered");
        }
        LocalDate today = LocalDate.now(clock);
        return healthCertificates
                .save(new HealthCertificate(Ids.next(), staffId, number, issuer, issueDate, today, clock.instant()))
                .view(today);
    }

    /** 持证率 of one facility on a date. */
    @Transactional(readOnly = true)
    public CertificationStatus certification(Actor actor, long facilityId, LocalDate on) {
        FacilityView facility = facilities.visible(actor, facilityId);
        return status(facility.id(), facility.name(), staff.findByFacilityIdOrderByNameAsc(facilityId), on);
    }

    /** Each facility the actor may see, then the total over them all (the district rate for an administrator). */
    @Transactional(readOnly = true)
    public CertificationReport certificationReport(Actor actor, LocalDate on) {
        List<FacilityView> visible = facilities.visibleTo(actor);
        Map<Long, List<StaffMember>> byFacility =
                staff.findByFacilityIdIn(visible.stream().map(FacilityView::id).toList()).stream()
                        .collect(Collectors.groupingBy(StaffMember::facilityId));
        List<CertificationStatus> rows = new ArrayList<>();
        List<StaffMember> everyone = new ArrayList<>();
        for (FacilityView facility : visible) {
            List<StaffMember> members = byFacility.getOrDefault(facility.id(), List.of());
            everyone.addAll(members);
            rows.add(status(facility.id(), facility.name(), members, on));
        }
        String totalName = actor.isDistrictAdmin() ? "全区合计 District total" : "合计 Total";
        return new CertificationReport(rows, status(null, totalName, everyone, on));
    }

    /** Per-facility rows and their total. */
    public record CertificationReport(List<CertificationStatus> facilities, CertificationStatus total) {}

    /**
     * Certificates of active staff expiring within the largest configured lead time (90 days by default)
     * and not replaced by a certificate of the same kind that lasts longer. Soonest first.
     */
    @Transactional(readOnly = true)
    public List<ExpiryAlert> expiryAlerts(Actor actor, LocalDate on) {
        List<Integer> leads = leadDays(on);
        int horizon = leads.get(0);
        Map<Long, StaffMember> members =
                staff
                        .findByFacilityIdIn(facilities.visibleTo(actor).stream()
                                .map(FacilityView::id)
                                .toList())
                        .stream()
                        .filter(StaffMember::active)
                        .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        List<ExpiryAlert> alerts = new ArrayList<>();
        Map<Long, List<CaregiverCertificate>> caregiverCerts = certificates.findByStaffIdIn(members.keySet()).stream()
                .filter(c -> c.validOn(on))
                .collect(Collectors.groupingBy(CaregiverCertificate::staffId));
        caregiverCerts.forEach((staffId, held) -> {
            boolean lasting = held.stream().anyMatch(c -> c.validUntil() == null);
            LocalDate latest = held.stream()
                    .map(CaregiverCertificate::validUntil)
                    .filter(d -> d != null)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (lasting || latest == null) {
                return;
            }
            held.stream()
                    .filter(c -> latest.equals(c.validUntil()))
                    .findFirst()
                    .ifPresent(c -> alert(
                            alerts,
                            members.get(staffId),
                            ExpiryAlert.Kind.CAREGIVER_CERTIFICATE,
                            c.number(),
                            latest,
                            on,
                            horizon,
                            leads));
        });
        Map<Long, List<HealthCertificate>> health = healthCertificates.findByStaffIdIn(members.keySet()).stream()
                .filter(c -> c.validOn(on))
                .collect(Collectors.groupingBy(HealthCertificate::staffId));
        health.forEach((staffId, held) -> held.stream()
                .max(Comparator.comparing(HealthCertificate::validUntil))
                .ifPresent(c -> alert(
                        alerts,
                        members.get(staffId),
                        ExpiryAlert.Kind.HEALTH_CERTIFICATE,
                        c.number(),
                        c.validUntil(),
                        on,
                        horizon,
                        leads)));
        alerts.sort(Comparator.comparing(ExpiryAlert::validUntil).thenComparing(ExpiryAlert::staffName));
        return alerts;
    }

    private static void alert(
            List<ExpiryAlert> alerts,
            StaffMember member,
            ExpiryAlert.Kind kind,
            String number,
            LocalDate validUntil,
            LocalDate on,
            int horizon,
            List<Integer> leads) {
        long daysLeft = ChronoUnit.DAYS.between(on, validUntil);
        if (daysLeft > horizon) {
            return;
        }
        int band = leads.stream()
                .filter(lead -> lead >= daysLeft)
                .min(Comparator.naturalOrder())
                .orElse(horizon);
        alerts.add(new ExpiryAlert(
                member.facilityId(),
                member.id(),
                member.name(),
                member.role(),
                kind,
                number,
                validUntil,
                daysLeft,
                band));
    }

    /** Largest first, e.g. [90, 60, 30]. */
    List<Integer> leadDays(LocalDate on) {
        return Arrays.stream(
                        settings.text("caregiver.expiry-alert-days", on, null).split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    CertificationStatus status(@Nullable Long facilityId, String name, Collection<StaffMember> members, LocalDate on) {
        List<CertificationRule.Credential> credentials =
                certificates
                        .findByStaffIdIn(members.stream().map(StaffMember::id).toList())
                        .stream()
                        .map(CaregiverCertificate::credential)
                        .toList();
        Map<Long, Long> facilityOf =
                members.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::facilityId));
        CertificationRule.Outcome outcome = CertificationRule.assess(
                members.stream().map(StaffMember::person).toList(), credentials, on);
        return new CertificationStatus(
                facilityId,
                name,
                on,
                outcome.caregivers(),
                outcome.certified(),
                outcome.percent(),
                outcome.meetsTarget(),
                outcome.missing().stream()
                        .map(p -> new CertificationStatus.MissingCaregiver(
                                p.staffId(), p.name(), facilityOf.get(p.staffId())))
                        .toList());
    }

    StaffMember find(Actor actor, long staffId) {
        StaffMember member = staff.findById(staffId)
                .orElseThrow(
                        () -> DomainException.notFound("STAFF_NOT_FOUND", "没有这位员工", "There is no such staff member"));
        actor.requireFacility(member.facilityId());
        return member;
    }

    boolean holdsValidCaregiverCertificate(long staffId, LocalDate on) {
        return certificates.findByStaffId(staffId).stream().anyMatch(c -> c.validOn(on));
    }

    boolean holdsValidHealthCertificate(long staffId, LocalDate on) {
        return healthCertificates.findByStaffId(staffId).stream().anyMatch(c -> c.validOn(on));
    }
}
