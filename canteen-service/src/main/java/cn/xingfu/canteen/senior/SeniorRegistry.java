package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.audit.AuditEntry;
import cn.xingfu.canteen.shared.audit.AuditLog;
import cn.xingfu.canteen.shared.crypto.DataCipher;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side of the senior registry: registration by a manager, updates of contact and dietary data, status
 * periods and lifecycle changes. Every method checks the actor's canteen scope before changing anything.
 */
@Service
@Transactional
public class SeniorRegistry {

    private static final Logger log = LoggerFactory.getLogger(SeniorRegistry.class);

    private final Seniors seniors;
    private final SeniorDirectory directory;
    private final DataCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Consents consents;

    SeniorRegistry(
            Seniors seniors,
            SeniorDirectory directory,
            DataCipher cipher,
            Clock clock,
            ApplicationEventPublisher events,
            AuditLog audit,
            Consents consents) {
        this.audit = audit;
        this.consents = consents;
        this.seniors = seniors;
        this.directory = directory;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Registers a senior at {@code homeCanteenId}, with the consents given at registration. Sensitive data of a scope
     * without a consent among them refuses the whole registration.
     *
     * @throws DomainException ID_NUMBER_INVALID, DATE_OF_BIRTH_MISMATCH, GENDER_MISMATCH, SENIOR_DUPLICATE_ID,
     *     PHONE_INVALID, MANAGER_ONLY, OUT_OF_CANTEEN_SCOPE, CONSENT_REQUIRED, CONSENT_INVALID and field validation
     *     codes
     */
    public RegisteredSenior register(SeniorRegistration registration, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(registration.homeCanteenId());
        List<ConsentForm> forms = SensitiveData.forms(registration.consents());
        Consents.requireFor(SensitiveData.in(registration), forms, Set.of());
        Instant now = clock.instant();
        ResidentIdNumber idNumber = ResidentIdNumber.parse(registration.idNumber(), LocalDate.now(clock));
        if (registration.dateOfBirth() != null && !registration.dateOfBirth().equals(idNumber.dateOfBirth())) {
            throw DomainException.invalid(
                    "DATE_OF_BIRTH_MISMATCH", "出生日期与身份证号不一致", "The date of birth does not match the ID number");
        }
        if (registration.gender() != null
                && !registration.gender().isBlank()
                && !registration.gender().trim().toUpperCase(Locale.ROOT).equals(idNumber.gender())) {
            throw DomainException.invalid("GENDER_MISMATCH", "性别与身份证号不一致", "The gender does not match the ID number");
        }
        String index = directory.blindIndex(idNumber.value());
        if (seniors.existsByIdNumberIndex(index)) {
            throw duplicate();
        }
        Senior senior = new Senior(
                registration.name(),
                idNumber,
                cipher.encryptString(idNumber.value()),
                index,
                registration.address(),
                registration.homeCanteenId(),
                now,
                actor.username());
        senior.changePhone(registration.phone());
        senior.moveTo(registration.address(), registration.latitude(), registration.longitude());
        senior.changeDietary(registration.dietary() == null ? DietaryNeeds.none() : registration.dietary());
        senior.changeEmergencyContact(registration.emergencyContact());
        senior.changeCommunityWorker(registration.communityWorker());
        senior.changeDeliveryNotes(registration.deliveryNotes());
        senior.changeDeliveryWindow(registration.preferredDeliveryFrom(), registration.preferredDeliveryUntil());
        if (registration.statuses() != null) {
            registration.statuses().forEach(period -> senior.addStatus(period, now, actor.username()));
        }
        try {
            seniors.saveAndFlush(senior);
        } catch (DataIntegrityViolationException e) {
            // two managers registering the same person at the same moment: the unique blind index decides
            throw duplicate();
        }
        forms.forEach(form -> consents.record(senior.id(), form, actor));
        log.info("Senior {} registered at canteen {} by {}", senior.id(), senior.homeCanteenId(), actor.username());
        audit.record(
                actor,
                AuditEntry.created("SENIOR_REGISTERED", "senior", senior.id(), "canteen " + senior.homeCanteenId()));
        senior.toDetail().statuses().forEach(status -> audit.record(actor, statusCreated(senior.id(), status)));
        return new RegisteredSenior(senior.toDetail(), idNumber.value());
    }

    /**
     * Changes contact, address, dietary needs and notes. Staff of the home canteen may do this (they hear of a
     * new phone number at the counter first); consents given with the change need a manager, as on their own.
     *
     * @throws DomainException CONSENT_REQUIRED when sensitive data is entered without a consent in force or given
     */
    public SeniorDetail update(long seniorId, SeniorChanges changes, Actor actor) {
        actor.requireStaff();
        Senior senior = load(seniorId, actor);
        List<ConsentForm> forms = SensitiveData.forms(changes.consents());
        if (!forms.isEmpty()) {
            actor.requireManager();
        }
        Consents.requireFor(SensitiveData.in(changes), forms, consents.inForce(seniorId));
        SeniorDetail before = senior.toDetail();
        if (changes.phone() != null) {
            senior.changePhone(changes.phone());
        }
        if (changes.address() != null || changes.latitude() != null || changes.longitude() != null) {
            SeniorDetail current = senior.toDetail();
            senior.moveTo(
                    changes.address() != null ? changes.address() : current.address(),
                    changes.latitude() != null ? changes.latitude() : current.latitude(),
                    changes.longitude() != null ? changes.longitude() : current.longitude());
        }
        if (changes.dietary() != null) {
            senior.changeDietary(changes.dietary());
        }
        if (changes.emergencyContact() != null) {
            senior.changeEmergencyContact(changes.emergencyContact());
        }
        if (changes.communityWorker() != null) {
            senior.changeCommunityWorker(changes.communityWorker());
        }
        if (changes.deliveryNotes() != null) {
            senior.changeDeliveryNotes(changes.deliveryNotes());
        }
        if (changes.preferredDeliveryFrom() != null || changes.preferredDeliveryUntil() != null) {
            SeniorDetail current = senior.toDetail();
            senior.changeDeliveryWindow(
                    changes.preferredDeliveryFrom() != null
                            ? changes.preferredDeliveryFrom()
                            : current.preferredDeliveryFrom(),
                    changes.preferredDeliveryUntil() != null
                            ? changes.preferredDeliveryUntil()
                            : current.preferredDeliveryUntil());
        }
        senior.touched(clock.instant());
        seniors.flush();
        forms.forEach(form -> consents.record(seniorId, form, actor));
        SeniorDetail after = senior.toDetail();
        auditChanges(actor, before, after);
        return after;
    }

    /**
     * Old and new values of what changed. Contact data is written masked (the audit log is itself a copy of
     * personal data); an address or a position is only marked as changed.
     */
    private void auditChanges(Actor actor, SeniorDetail before, SeniorDetail after) {
        long id = after.id();
        changed(actor, id, "SENIOR_CONTACT", "phone", before.maskedPhone(), after.maskedPhone());
        if (!java.util.Objects.equals(before.address(), after.address())
                || !java.util.Objects.equals(before.latitude(), after.latitude())
                || !java.util.Objects.equals(before.longitude(), after.longitude())) {
            audit.record(
                    actor, AuditEntry.changed("SENIOR_ADDRESS", "senior", id, "address", "(previous)", "(changed)"));
        }
        changed(actor, id, "SENIOR_DIETARY", "dietary", before.dietary(), after.dietary());
        if (!java.util.Objects.equals(before.emergencyContact(), after.emergencyContact())) {
            audit.record(
                    actor,
                    AuditEntry.changed("SENIOR_CONTACT", "senior", id, "emergencyContact", "(previous)", "(changed)"));
        }
    }

    private void changed(
            Actor actor, long id, String kind, String field, @Nullable Object before, @Nullable Object after) {
        if (!java.util.Objects.equals(before, after)) {
            audit.record(actor, AuditEntry.changed(kind, "senior", id, field, before, after));
        }
    }

    private static AuditEntry statusCreated(long seniorId, StatusPeriod period) {
        return AuditEntry.created(
                "SENIOR_STATUS",
                "senior",
                seniorId,
                period.status() + " " + period.validFrom() + ".." + (period.validTo() == null ? "" : period.validTo()));
    }

    /**
     * Records an eligibility status period with its source (manager or district administrator), which needs the
     * senior's ELIGIBILITY_STATUS consent in force or among {@code consentsGiven}.
     *
     * @throws DomainException CONSENT_REQUIRED, STATUS_PERIOD_INVALID
     */
    public SeniorDetail addStatus(
            long seniorId, StatusPeriod period, @Nullable List<ConsentForm> consentsGiven, Actor actor) {
        actor.requireManager();
        Senior senior = load(seniorId, actor);
        List<ConsentForm> forms = SensitiveData.forms(consentsGiven);
        Consents.requireFor(SensitiveData.status(), forms, consents.inForce(seniorId));
        senior.addStatus(period, clock.instant(), actor.username());
        seniors.flush();
        forms.forEach(form -> consents.record(seniorId, form, actor));
        audit.record(actor, statusCreated(senior.id(), period));
        return senior.toDetail();
    }

    /**
     * Moves the senior along the lifecycle (pause, move away, come back, death) and announces it.
     *
     * @throws DomainException LIFECYCLE_TRANSITION_INVALID when the move is not allowed (a death is final)
     */
    public SeniorDetail changeLifecycle(long seniorId, Lifecycle next, String reason, Actor actor) {
        actor.requireManager();
        Senior senior = load(seniorId, actor);
        Lifecycle previous = senior.changeLifecycle(next, reason, clock.instant());
        seniors.flush();
        events.publishEvent(new SeniorLifecycleChanged(senior.id(), senior.homeCanteenId(), previous, next, reason));
        log.info("Senior {} lifecycle {} -> {} by {}", senior.id(), previous, next, actor.username());
        audit.record(actor, AuditEntry.changed("SENIOR_LIFECYCLE", "senior", senior.id(), "lifecycle", previous, next));
        return senior.toDetail();
    }

    private Senior load(long seniorId, Actor actor) {
        Senior senior = seniors.findWithStatuses(seniorId).orElseThrow(SeniorDirectory::notFound);
        actor.requireCanteen(senior.homeCanteenId());
        return senior;
    }

    private static DomainException duplicate() {
        return DomainException.conflict(
                "SENIOR_DUPLICATE_ID", "该身份证号已登记", "A senior with this ID number is already registered");
    }
}
