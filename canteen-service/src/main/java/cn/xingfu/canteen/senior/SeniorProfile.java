package cn.xingfu.canteen.senior;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What ordering, cards and delivery need to know about a senior. Holds no ID number and no full phone;
 * modules that must show those ask the senior module for a role-appropriate view.
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
        Set<ConsentScope> withheld) {

    public SeniorProfile {
        withheld = Set.copyOf(withheld);
    }

    /** Whether the senior's consent allows processing the data of {@code scope} (it has not been withdrawn). */
    public boolean allows(ConsentScope scope) {
        return !withheld.contains(scope);
    }

    /**
     * This profile with the data of withheld scopes left out: no dietary needs without HEALTH_DIET, no statuses (so no
     * status-based subsidy tier) without ELIGIBILITY_STATUS.
     */
    SeniorProfile withholding(Set<ConsentScope> scopes) {
        if (scopes.isEmpty()) {
            return this;
        }
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
                scopes);
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
