package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a district's meal-subsidy rules, in force from {@code effectiveFrom} to
 * {@code effectiveTo} inclusive ({@code null} = until a newer version starts). Every amount, age, cap and
 * threshold is data: Chongqing's figures are not confirmed (DOMAIN.md gaps), so nothing is a constant in code.
 *
 * @param schemes the schemes (a meal subsidy, a delivery add-on, a charity top-up), each with its own funder, dates,
 *     channels, tiers, caps and minimum bill
 * @param schemesAddUp whether a meal gets every scheme it qualifies for (true) or only the one that grants most
 * @param delivery who may have meals delivered
 */
public record SubsidyPolicy(
        String districtCode,
        String version,
        String label,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        List<SubsidyScheme> schemes,
        boolean schemesAddUp,
        DeliveryRule delivery) {

    public SubsidyPolicy {
        schemes = List.copyOf(schemes);
    }

    /**
     * A policy of one scheme {@link SubsidyScheme#MEAL} paid by the district, for every channel and the policy's whole
     * validity: the shape of every policy before schemes existed.
     */
    public SubsidyPolicy(
            String districtCode,
            String version,
            String label,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            Basis basis,
            List<Tier> tiers,
            @Nullable Integer dailyCap,
            @Nullable Integer weeklyCap,
            @Nullable Integer monthlyCap,
            BigDecimal minimumBill,
            DeliveryRule delivery) {
        this(
                districtCode,
                version,
                label,
                effectiveFrom,
                effectiveTo,
                List.of(new SubsidyScheme(
                        SubsidyScheme.MEAL,
                        SubsidyScheme.DISTRICT,
                        "助餐补贴",
                        effectiveFrom,
                        null,
                        EnumSet.allOf(Channel.class),
                        basis,
                        tiers,
                        dailyCap,
                        weeklyCap,
                        monthlyCap,
                        minimumBill)),
                false,
                delivery);
    }

    /** The first scheme: the meal subsidy every policy had before schemes existed; empty for the zero policy. */
    public Optional<SubsidyScheme> mealScheme() {
        return schemes.stream().findFirst();
    }

    /** The first scheme's tiers (the only scheme of a single-scheme policy); empty for the zero policy. */
    public List<Tier> tiers() {
        return schemes.isEmpty() ? List.of() : schemes.get(0).tiers();
    }

    /** The first scheme's basis. */
    public Basis basis() {
        return schemes.isEmpty() ? Basis.PER_MEAL : schemes.get(0).basis();
    }

    /** The first scheme's minimum bill. */
    public BigDecimal minimumBill() {
        return schemes.isEmpty() ? BigDecimal.ZERO.setScale(2) : schemes.get(0).minimumBill();
    }

    /** The codes of all schemes, for counting a senior's usage in one read. */
    public List<String> schemeCodes() {
        return schemes.stream().map(SubsidyScheme::code).toList();
    }

    /** Version name of the zero policy returned where a district has no policy. */
    public static final String NONE = "NONE";

    /** How often a tier amount is granted. */
    public enum Basis {
        /** Once per subsidised meal (at most one per meal period and day). */
        PER_MEAL,
        /** Once per day, whatever the number of meals (Shanghai style). */
        PER_DAY
    }

    /**
     * A subsidy tier. A senior qualifies when aged at least {@code minAge} (if set) on the service date AND
     * holding at least one of {@code requiredStatuses} (if any) valid on that date.
     */
    public record Tier(
            String code,
            String nameZh,
            @Nullable Integer minAge,
            Set<EligibilityStatus> requiredStatuses,
            BigDecimal amount) {

        public Tier {
            requiredStatuses = requiredStatuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredStatuses));
        }

        public boolean qualifies(int age, Set<EligibilityStatus> statuses) {
            boolean oldEnough = minAge == null || age >= minAge;
            boolean hasStatus =
                    requiredStatuses.isEmpty() || requiredStatuses.stream().anyMatch(statuses::contains);
            return oldEnough && hasStatus;
        }
    }

    /**
     * Who may order delivery: anyone holding one of {@code anyOf}, or anyone aged at least {@code minAge}
     * who also holds one of {@code withAgeAnyOf} (or any status when that set is empty).
     */
    public record DeliveryRule(
            Set<EligibilityStatus> anyOf, @Nullable Integer minAge, Set<EligibilityStatus> withAgeAnyOf) {

        public DeliveryRule {
            anyOf = Set.copyOf(anyOf);
            withAgeAnyOf = Set.copyOf(withAgeAnyOf);
        }

        /** The default: 失能 or 重残, or 80+ and 独居. */
        public static DeliveryRule standard() {
            return new DeliveryRule(
                    Set.of(EligibilityStatus.DISABLED, EligibilityStatus.SEVERE_DISABILITY),
                    80,
                    Set.of(EligibilityStatus.LIVING_ALONE));
        }

        public boolean allows(int age, Set<EligibilityStatus> statuses) {
            if (anyOf.stream().anyMatch(statuses::contains)) {
                return true;
            }
            return minAge != null
                    && age >= minAge
                    && (withAgeAnyOf.isEmpty() || withAgeAnyOf.stream().anyMatch(statuses::contains));
        }
    }

    /** A policy that grants nothing, for districts without a configured policy. */
    public static SubsidyPolicy none(String districtCode, LocalDate from) {
        return new SubsidyPolicy(
                districtCode, NONE, "无补贴政策", from, from, List.of(), false, new DeliveryRule(Set.of(), null, Set.of()));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /**
     * Checks the configuration itself. @throws DomainException INVALID_POLICY (400) with the broken rule in the
     * message
     */
    public void validate() {
        require(
                districtCode != null && districtCode.matches("\\d{6}"),
                "区县代码应为 6 位数字",
                "districtCode must have 6 digits");
        require(
                version != null && !version.isBlank() && version.length() <= 32,
                "版本号不能为空且不超过 32 字",
                "version must be 1-32 characters");
        require(label != null && label.length() <= 200, "说明不超过 200 字", "label must be at most 200 characters");
        require(effectiveFrom != null, "生效日期不能为空", "effectiveFrom is required");
        require(
                effectiveTo == null || !effectiveTo.isBefore(effectiveFrom),
                "失效日期不能早于生效日期",
                "effectiveTo must not be before effectiveFrom");
        require(!schemes.isEmpty(), "至少需要一个补贴项目", "at least one scheme is required");
        Set<String> schemeCodes = new HashSet<>();
        for (SubsidyScheme scheme : schemes) {
            validate(scheme);
            require(
                    schemeCodes.add(scheme.code()),
                    "补贴项目代码重复：" + scheme.code(),
                    "duplicate scheme code " + scheme.code());
        }
        require(delivery != null, "送餐条件不能为空", "delivery rule is required");
        require(
                delivery.minAge() == null || (delivery.minAge() >= 0 && delivery.minAge() <= 150),
                "送餐年龄须在 0-150 之间",
                "delivery minAge must be 0-150");
    }

    private void validate(SubsidyScheme scheme) {
        require(
                scheme.code() != null && scheme.code().matches("[A-Z0-9_]{1,40}"),
                "补贴项目代码须为 1-40 位大写字母、数字或下划线",
                "scheme code must be 1-40 of A-Z, 0-9, _");
        require(
                scheme.funder() != null && scheme.funder().matches("[A-Z0-9_]{1,32}"),
                "出资方代码须为 1-32 位大写字母、数字或下划线",
                "funder must be 1-32 of A-Z, 0-9, _");
        require(
                scheme.nameZh() != null
                        && !scheme.nameZh().isBlank()
                        && scheme.nameZh().length() <= 50,
                "补贴项目名称不能为空且不超过 50 字",
                "scheme name must be 1-50 characters");
        require(scheme.effectiveFrom() != null, "补贴项目生效日期不能为空", "scheme effectiveFrom is required");
        require(
                !scheme.effectiveFrom().isBefore(effectiveFrom)
                        && (effectiveTo == null
                                || scheme.effectiveTo() == null
                                || !scheme.effectiveTo().isAfter(effectiveTo)),
                "补贴项目的有效期须在政策有效期之内",
                "a scheme's dates must lie within the policy's");
        require(
                scheme.effectiveTo() == null || !scheme.effectiveTo().isBefore(scheme.effectiveFrom()),
                "补贴项目失效日期不能早于生效日期",
                "scheme effectiveTo must not be before effectiveFrom");
        require(!scheme.channels().isEmpty(), "补贴项目至少适用一种就餐方式", "a scheme needs at least one channel");
        require(scheme.basis() != null, "补贴方式不能为空", "basis is required");
        require(!scheme.tiers().isEmpty(), "至少需要一个补贴档次", "at least one tier is required");
        Set<String> codes = new HashSet<>();
        for (Tier tier : scheme.tiers()) {
            require(
                    tier.code() != null && tier.code().matches("[A-Z0-9_]{1,32}"),
                    "档次代码须为 1-32 位大写字母、数字或下划线",
                    "tier code must be 1-32 of A-Z, 0-9, _");
            require(codes.add(tier.code()), "档次代码重复：" + tier.code(), "duplicate tier code " + tier.code());
            require(
                    tier.nameZh() != null
                            && !tier.nameZh().isBlank()
                            && tier.nameZh().length() <= 50,
                    "档次名称不能为空且不超过 50 字",
                    "tier name must be 1-50 characters");
            require(
                    tier.minAge() != null || !tier.requiredStatuses().isEmpty(),
                    "档次须有年龄或身份条件",
                    "a tier needs a minimum age or a status");
            require(
                    tier.minAge() == null || (tier.minAge() >= 0 && tier.minAge() <= 150),
                    "年龄须在 0-150 之间",
                    "minAge must be 0-150");
            require(
                    money(tier.amount()),
                    "补贴金额须在 0 至 999.99 元之间，最多两位小数",
                    "tier amount must be 0-999.99 with at most 2 decimals");
        }
        require(
                cap(scheme.dailyCap()) && cap(scheme.weeklyCap()) && cap(scheme.monthlyCap()),
                "次数上限须在 0 至 1000 之间",
                "caps must be 0-1000");
        require(
                money(scheme.minimumBill()),
                "最低消费须在 0 至 999.99 元之间，最多两位小数",
                "minimumBill must be 0-999.99 with at most 2 decimals");
    }

    /**
     * What the policy form shows before saving: a scheme whose minimum bill is above zero and at or below its top
     * tier makes a cliff, where a bill one cent under the minimum is paid in full and a bill at the minimum is free.
     */
    public List<PolicyWarning> warnings() {
        return schemes.stream()
                .filter(s -> s.minimumBill() != null && s.minimumBill().signum() > 0)
                .filter(s -> s.minimumBill().compareTo(s.topAmount()) <= 0)
                .map(s -> {
                    BigDecimal below = s.minimumBill().subtract(new BigDecimal("0.01"));
                    BigDecimal atMinimum =
                            s.minimumBill().subtract(s.topAmount().min(s.minimumBill()));
                    return new PolicyWarning(
                            PolicyWarning.MINIMUM_BILL_CLIFF,
                            s.code(),
                            "「" + s.nameZh() + "」最低消费 " + s.minimumBill() + " 元不高于最高档补贴 " + s.topAmount()
                                    + " 元：消费 " + below + " 元的长者自付 " + below + " 元，消费 " + s.minimumBill()
                                    + " 元反而只付 " + atMinimum + " 元。请把最低消费设得高于最高档补贴，或取消最低消费。",
                            "Scheme " + s.code() + ": the minimum bill " + s.minimumBill()
                                    + " is not above the top tier " + s.topAmount() + ": a " + below
                                    + " meal costs the senior "
                                    + below + ", a " + s.minimumBill() + " meal costs " + atMinimum
                                    + ". Set the minimum above the top tier or drop it.");
                })
                .toList();
    }

    private static boolean cap(@Nullable Integer cap) {
        return cap == null || (cap >= 0 && cap <= 1000);
    }

    static boolean money(@Nullable BigDecimal amount) {
        return amount != null
                && amount.signum() >= 0
                && amount.compareTo(new BigDecimal("999.99")) <= 0
                && amount.stripTrailingZeros().scale() <= 2;
    }

    private static void require(boolean ok, String zh, String en) {
        if (!ok) {
            throw DomainException.invalid("INVALID_POLICY", "补贴政策配置有误：" + zh, "Invalid subsidy policy: " + en);
        }
    }
}
