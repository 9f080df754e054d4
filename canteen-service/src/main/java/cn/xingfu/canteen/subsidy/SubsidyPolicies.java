package cn.xingfu.canteen.subsidy;

import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;

/**
 * The policy versions of each district. Lookups are cached; creating a version evicts the cache after its
 * transaction has committed (this facade is deliberately not transactional).
 */
@Service
public class SubsidyPolicies {

    private final PolicyStore store;

    SubsidyPolicies(PolicyStore store) {
        this.store = store;
    }

    /**
     * The version in force in the district on the service date.
     *
     * @throws DomainException NO_SUBSIDY_POLICY (404) when none is; use {@link #inForceOrNone} to charge the
     *     full price instead
     */
    public SubsidyPolicy inForce(String districtCode, LocalDate serviceDate) {
        return store.inForce(districtCode, serviceDate)
                .orElseThrow(() -> DomainException.notFound(
                        "NO_SUBSIDY_POLICY",
                        "该区县在该日期没有生效的助餐补贴政策",
                        "No meal-subsidy policy in force in district " + districtCode + " on " + serviceDate));
    }

    /**
     * The version in force, or a zero policy (version {@link SubsidyPolicy#NONE}, no tiers) with which the
     * engine grants nothing (reason NO_TIER): ordering can always price a meal.
     */
    public SubsidyPolicy inForceOrNone(String districtCode, LocalDate serviceDate) {
        return store.inForce(districtCode, serviceDate).orElseGet(() -> SubsidyPolicy.none(districtCode, serviceDate));
    }

    /** All versions of the district, oldest first. */
    public List<SubsidyPolicy> versions(String districtCode) {
        return store.versions(districtCode);
    }

    /**
     * Adds a version starting today or later and closes the latest version the day before it starts.
     *
     * @throws DomainException INVALID_POLICY (400), POLICY_RETROACTIVE (422), POLICY_VERSION_EXISTS (409),
     *     POLICY_OVERLAP (409)
     */
    @CacheEvict(cacheNames = PolicyStore.CACHE, allEntries = true)
    public SubsidyPolicy create(SubsidyPolicy policy, String createdBy) {
        return store.create(policy, createdBy, false);
    }

    @CacheEvict(cacheNames = PolicyStore.CACHE, allEntries = true)
    SubsidyPolicy seed(SubsidyPolicy policy, String createdBy) {
        return store.create(policy, createdBy, true);
    }
}
