package cn.xingfu.canteen.senior;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ordering, cards and delivery need to know about a senior. Holds no ID number and no full phone;
 * modules that must show those ask the senior module for a role-appropriate view.
 *
 * @param withheld the scopes without a consent in force (never given or withdrawn): their data is left out
 * @param consentNotices for each withheld scope whose data the senior has on record, the sentence that explains its
 *     absence to the senior
 */
public record SeniorProfile(
        long id,
        String name,
        String maskedName,
        String gender,
        LocalDate dateOfBirth,
        long homeCanteenId,
        Lifecycle lifecycle,
        List<StatusPeriod> statuses,
        DietaryNeeds dietary,
        Set<ConsentScope> withheld,
        List<ConsentNotice> consentNotices) {

    public SeniorProfile {
        withheld = Set.copyOf(withheld);
        consentNotices = List.copyOf(consentNotices);
    }

    /** Whether a consent in force allows processing the data of {@code scope}. */
    public boolean allows(ConsentScope scope) {
        return !withheld.contains(scope);
    }

    /** The notice explaining why the data of {@code scope} is not used, when it is withheld. */
    public Optional<ConsentNotice> consentNotice(ConsentScope scope) {
        return consentNotices.stream().filter(n -> n.scope() == scope).findFirst();
    }

    /**
     * This profile with the data of withheld scopes left out: no dietary needs without HEALTH_DIET, no statuses (so no
     * status-based subsidy tier) without ELIGIBILITY_STATUS.
     */
    SeniorProfile withholding(Map<ConsentScope, ConsentNotice.State> states) {
        if (states.isEmpty()) {
            return this;
        }
        Set<ConsentScope> scopes = states.keySet();
        List<ConsentNotice> notices = new ArrayList<>();
        states.forEach((scope, state) -> {
            // the address is always on record; diet and statuses only when the senior has some
            boolean onRecord = switch (scope) {
                case HEALTH_DIET -> dietary.any();
                case ELIGIBILITY_STATUS -> !statuses.isEmpty();
                case DELIVERY_ADDRESS -> true;
            };
            if (onRecord) {
                notices.add(ConsentNotice.of(scope, state));
            }
        });
        notices.sort(java.util.Comparator.comparing(ConsentNotice::scope));
        return new SeniorProfile(
                id,
                name,
                maskedName,
                gender,
                dateOfBirth,
                homeCanteenId,
                lifecycle,
                scopes.contains(ConsentScope.ELIGIBILITY_STATUS) ? List.of() : statuses,
                scopes.contains(ConsentScope.HEALTH_DIET) ? DietaryNeeds.none() : dietary,
                scopes,
                notices);
    }

    /** Age in whole years on {@code date}; the birthday itself counts as the new age. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(dateOfBirth, date).getYears();
    }

    public Set<EligibilityStatus> statusesOn(LocalDate date) {
        Set<EligibilityStatus> valid = EnumSet.noneOf(EligibilityStatus.class);
        statuses.stream().filter(s -> s.validOn(date)).forEach(s -> valid.add(s.status()));
        return valid;
    }
}
