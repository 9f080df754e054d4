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
        DietaryNeeds dietary) {

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
