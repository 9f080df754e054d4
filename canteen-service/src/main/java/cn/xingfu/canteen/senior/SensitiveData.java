package cn.xingfu.canteen.senior;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which consent scopes a write touches: dietary needs or allergies need HEALTH_DIET, eligibility statuses
 * ELIGIBILITY_STATUS, a phone or a position DELIVERY_ADDRESS. Clearing data needs no consent. The postal address
 * alone is not counted: it is the registry's record of residence, required to register at all, and refusing
 * registration for want of a delivery consent would deny the canteen to a senior who only eats in (PIPL art. 16);
 * it is still never used for delivery without DELIVERY_ADDRESS consent.
 */
final class SensitiveData {

    private SensitiveData() {}

    static Set<ConsentScope> in(SeniorRegistration registration) {
        return scopes(
                registration.dietary(),
                registration.statuses() != null && !registration.statuses().isEmpty(),
                registration.phone(),
                registration.latitude(),
                registration.longitude());
    }

    static Set<ConsentScope> in(SeniorChanges changes) {
        return scopes(changes.dietary(), false, changes.phone(), changes.latitude(), changes.longitude());
    }

    static Set<ConsentScope> status() {
        return EnumSet.of(ConsentScope.ELIGIBILITY_STATUS);
    }

    static List<ConsentForm> forms(@Nullable List<ConsentForm> forms) {
        return forms == null
                ? List.of()
                : forms.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static Set<ConsentScope> scopes(
            @Nullable DietaryNeeds dietary,
            boolean statuses,
            @Nullable String phone,
            @Nullable Double latitude,
            @Nullable Double longitude) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (dietary != null && dietary.any()) {
            scopes.add(ConsentScope.HEALTH_DIET);
        }
        if (statuses) {
            scopes.add(ConsentScope.ELIGIBILITY_STATUS);
        }
        if ((phone != null && !phone.isBlank()) || latitude != null || longitude != null) {
            scopes.add(ConsentScope.DELIVERY_ADDRESS);
        }
        return scopes;
    }
}
