package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.audit.AuditEntry;
import cn.xingfu.canteen.shared.audit.AuditLog;
import cn.xingfu.canteen.shared.crypto.DataCipher;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the senior registry for other modules and the staff API.
 *
 * <p>{@link #profile} is on the order path. It is one plain primary-key query with the status periods joined in
 * ({@link ProfileRows}), deliberately not cached: with several service instances a local cache would let a senior who has just been
 * marked deceased order on another instance until the entry expired.
 */
@Service
@Transactional(readOnly = true)
public class SeniorDirectory {

    private static final Pattern PHONE_TAIL = Pattern.compile("\\d{4}");
    private static final Pattern INITIALS = Pattern.compile("[A-Za-z]{1,20}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

    private final Seniors seniors;
    private final DataCipher cipher;
    private final Clock clock;
    private final AuditLog audit;
    private final ObjectProvider<SeniorEntitlements> entitlements;
    private final Consents consents;
    private final ProfileRows profileRows;

    SeniorDirectory(
            Seniors seniors,
            DataCipher cipher,
            Clock clock,
            AuditLog audit,
            ObjectProvider<SeniorEntitlements> entitlements,
            Consents consents,
            ProfileRows profileRows) {
        this.consents = consents;
        this.profileRows = profileRows;
        this.seniors = seniors;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
        this.entitlements = entitlements;
    }

    /**
     * What ordering, subsidy and cards need to know about a senior. Two plain reads, in the caller's transaction if
     * there is one; without one (an order's checks before its group is written) they open none, which would cost
     * five round trips on the lunch rush's path for nothing.
     *
     * @throws DomainException SENIOR_NOT_FOUND
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SeniorProfile profile(long seniorId) {
        SeniorProfile profile = profileRows.find(seniorId).orElseThrow(SeniorDirectory::notFound);
        return profile.withholding(consents.withheld(seniorId));
    }

    /** Profiles of several seniors in one query; unknown ids are left out. */
    public List<SeniorProfile> profiles(Collection<Long> seniorIds) {
        if (seniorIds.isEmpty()) {
            return List.of();
        }
        var withheld = consents.withheld(seniorIds);
        return seniors.findAllWithStatuses(seniorIds).stream()
                .map(Senior::toProfile)
                .map(p -> p.withholding(withheld.getOrDefault(p.id(), java.util.Map.of())))
                .toList();
    }

    /**
     * Address, phone and notes for the delivery of a meal, with emergency and community contacts.
     *
     * @throws DomainException SENIOR_NOT_FOUND
     */
    public DeliveryContact deliveryContact(long seniorId) {
        return seniors.findById(seniorId).map(Senior::toDeliveryContact).orElseThrow(SeniorDirectory::notFound);
    }

    /**
     * Throws CONSENT_REQUIRED (never given) or CONSENT_WITHDRAWN (422) unless the senior has a consent in force for
     * {@code scope}: callers that would use that data (delivery to the home address) ask first.
     */
    public void requireConsent(long seniorId, ConsentScope scope) {
        ConsentNotice.State state = consents.withheld(seniorId).get(scope);
        if (state != null) {
            throw consentMissing(ConsentNotice.of(scope, state));
        }
    }

    /** The refusal of a use of data whose consent is not in force, in the notice's words. */
    public static DomainException consentMissing(ConsentNotice notice) {
        return DomainException.rejected(
                notice.state() == ConsentNotice.State.WITHDRAWN ? "CONSENT_WITHDRAWN" : "CONSENT_REQUIRED",
                notice.messageZh(),
                notice.messageEn());
    }

    /** Ids of the active seniors whose home canteen is {@code canteenId}, in name order. */
    public List<Long> activeSeniorIds(long canteenId) {
        return seniors.idsAtCanteen(canteenId, Lifecycle.ACTIVE);
    }

    /**
     * Staff search by name fragment, pinyin initials, last four phone digits or a full ID number. Canteen staff
     * and managers see only their own canteen's seniors; district administrators see all, optionally filtered.
     */
    public Page<SeniorSummary> search(SeniorSearch search, Actor actor) {
        actor.requireStaff();
        Long canteenId = search.canteenId();
        if (!actor.isDistrictAdmin()) {
            if (canteenId != null) {
                actor.requireCanteen(canteenId);
            }
            canteenId = actor.canteenId();
        }
        String q = search.q() == null ? "" : search.q().trim();
        PageRequest page = PageRequest.of(search.page(), search.size(), Sort.by("nameInitials", "id"));
        if (ID_NUMBER.matcher(q).matches()) {
            Long scope = canteenId;
            List<SeniorSummary> found = seniors
                    .findByIdNumberIndex(blindIndex(q))
                    .filter(s -> scope == null || s.homeCanteenId() == scope)
                    .map(Senior::toSummary)
                    .stream()
                    .toList();
            return new org.springframework.data.domain.PageImpl<>(found, page, found.size());
        }
        String name = null;
        String initials = null;
        String phoneTail = null;
        if (PHONE_TAIL.matcher(q).matches()) {
            phoneTail = q;
        } else if (INITIALS.matcher(q).matches()) {
            initials = q.toLowerCase(Locale.ROOT) + "%";
        } else if (!q.isEmpty()) {
            name = "%" + q.replace("%", "").replace("_", "") + "%";
        }
        return seniors.search(canteenId, name, initials, phoneTail, page).map(Senior::toSummary);
    }

    /**
     * A senior as the actor's role may see them: managers of the home canteen and district administrators get the
     * full record (ID number still masked), the counter only the {@link CounterView}. Every read is audited.
     *
     * @throws DomainException SENIOR_NOT_FOUND, STAFF_ONLY, OUT_OF_CANTEEN_SCOPE
     */
    public SeniorView view(long seniorId, Actor actor) {
        actor.requireStaff();
        Senior senior = seniors.findWithStatuses(seniorId).orElseThrow(SeniorDirectory::notFound);
        actor.requireCanteen(senior.homeCanteenId());
        return shownTo(senior.toDetail(), senior.toProfile().withholding(consents.withheld(seniorId)), actor);
    }

    /** The view of a record the actor has just changed: a change made at the counter answers with the counter view. */
    public SeniorView shownTo(SeniorDetail detail, Actor actor) {
        return shownTo(detail, profile(detail.id()), actor);
    }

    private SeniorView shownTo(SeniorDetail detail, SeniorProfile profile, Actor actor) {
        if (actor.isManager()) {
            audit.record(actor, AuditEntry.read("SENIOR_DETAIL", "senior", detail.id()));
            return detail;
        }
        SeniorEntitlements.Entitlement today = entitlements
                .getIfAvailable(() -> senior -> SeniorEntitlements.Entitlement.UNKNOWN)
                .today(profile);
        audit.record(actor, AuditEntry.read("SENIOR_COUNTER", "senior", detail.id()));
        return new CounterView(
                detail.id(),
                detail.name(),
                detail.maskedIdNumber(),
                detail.homeCanteenId(),
                detail.lifecycle(),
                today.tierCode(),
                today.tierName(),
                today.mealsLeftToday(),
                today.mealsLeftThisWeek(),
                today.mealsLeftThisMonth(),
                profile.consentNotices());
    }

    /** Finds a senior by the ID number they present (through the blind index, nothing is decrypted). */
    public Optional<SeniorSummary> findByIdNumber(String idNumber, Actor actor) {
        actor.requireStaff();
        String normalized =
                ResidentIdNumber.parse(idNumber, LocalDate.now(clock)).value();
        return seniors.findByIdNumberIndex(blindIndex(normalized))
                .filter(s -> actor.mayActFor(s.homeCanteenId()))
                .map(Senior::toSummary);
    }

    /**
     * The senior whose ID number satisfies {@code idNumberMatches}, among those born on {@code bornOn}: another service
     * sends a keyed hash of a resident's ID number and its date of birth, and only those few candidates' numbers are
     * decrypted here to compare hashes. The number never leaves this module.
     */
    public Optional<SeniorProfile> matchIdNumber(
            LocalDate bornOn, java.util.function.Predicate<String> idNumberMatches) {
        return seniors.findByDateOfBirth(bornOn).stream()
                .filter(senior -> idNumberMatches.test(cipher.decryptString(senior.idNumberEncrypted())))
                .map(Senior::toProfile)
                .findFirst();
    }

    String blindIndex(String idNumber) {
        return cipher.blindIndex("senior.id-number", idNumber.toUpperCase(Locale.ROOT));
    }

    static DomainException notFound() {
        return DomainException.notFound("SENIOR_NOT_FOUND", "找不到该长者", "No such senior");
    }
}
