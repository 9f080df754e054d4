package cn.xingfu.canteen.subsidy;

import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cached reads and the transactional write of policy versions; {@link SubsidyPolicies} evicts after commit. */
@Component
class PolicyStore {

    static final String CACHE = "subsidy-policies";

    private final StoredPolicies policies;
    private final Clock clock;

    PolicyStore(StoredPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Cacheable(CACHE)
    @Transactional(readOnly = true)
    public Optional<SubsidyPolicy> inForce(String districtCode, LocalDate date) {
        return policies.findByDistrictCodeOrderByEffectiveFromAsc(districtCode).stream()
                .map(StoredPolicy::toPolicy)
                .filter(p -> p.inForceOn(date))
                .reduce((earlier, later) -> later);
    }

    @Transactional(readOnly = true)
    public List<SubsidyPolicy> versions(String districtCode) {
        return policies.findByDistrictCodeOrderByEffectiveFromAsc(districtCode).stream()
                .map(StoredPolicy::toPolicy)
                .toList();
    }

    /**
     * Stores a new version and closes the latest one the day before. {@code allowPast} only for seeding:
     * through the API a version may not start before today, since that would change the rules of meals
     * already settled.
     */
    @Transactional
    public SubsidyPolicy create(SubsidyPolicy policy, String createdBy, boolean allowPast) {
        policy.validate();
        if (!allowPast && policy.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw DomainException.rejected(
                    "POLICY_RETROACTIVE",
                    "新政策不能追溯到今天之前生效（已结算的用餐不重新计算）",
                    "A new policy version cannot start before today: settled meals are never recalculated");
        }
        if (policies.existsByDistrictCodeAndVersion(policy.districtCode(), policy.version())) {
            throw DomainException.conflict(
                    "POLICY_VERSION_EXISTS",
                    "该区县已有同名政策版本",
                    "This district already has a policy version with this name");
        }
        List<StoredPolicy> existing = policies.findByDistrictCodeOrderByEffectiveFromAsc(policy.districtCode());
        if (!existing.isEmpty()) {
            StoredPolicy latest = existing.get(existing.size() - 1);
            if (!policy.effectiveFrom().isAfter(latest.effectiveFrom())) {
                throw DomainException.conflict(
                        "POLICY_OVERLAP",
                        "新版本须晚于现行最新版本的生效日期",
                        "A new version must start after the latest version's start date");
            }
            latest.closeOn(policy.effectiveFrom().minusDays(1));
        }
        policies.save(new StoredPolicy(Ids.next(), policy, createdBy, clock.instant()));
        policies.flush();
        return policy;
    }
}
