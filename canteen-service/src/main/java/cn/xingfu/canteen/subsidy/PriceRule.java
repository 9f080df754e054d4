package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A canteen's own price for a group of diners (Hejiang's "90+ eat free", a fixed price for 特困 seniors), dated like
 * every rule. It is the canteen's money, not the government's: the discount is recorded on the order apart from the
 * subsidy, and the subsidy is computed on what is left. A diner qualifies when aged at least {@code minAge} (if set)
 * AND holding one of {@code requiredStatuses} (if any) AND ordering through one of {@code channels}.
 */
public record PriceRule(
        long id,
        long canteenId,
        String code,
        String nameZh,
        String nameEn,
        Kind kind,
        BigDecimal value,
        @Nullable Integer minAge,
        Set<EligibilityStatus> requiredStatuses,
        Set<Channel> channels,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo) {

    public PriceRule {
        requiredStatuses = requiredStatuses == null || requiredStatuses.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredStatuses));
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    /** How the rule changes the price. */
    public enum Kind {
        /** The meal is free ({@code value} unused, 0). */
        FREE,
        /** The meal costs at most {@code value}. */
        FIXED_PRICE,
        /** {@code value} off the meal, never below zero. */
        AMOUNT_OFF
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean qualifies(int age, Set<EligibilityStatus> statuses, Channel channel, LocalDate date) {
        return inForceOn(date)
                && channels.contains(channel)
                && (minAge == null || age >= minAge)
                && (requiredStatuses.isEmpty() || requiredStatuses.stream().anyMatch(statuses::contains));
    }

    /** The canteen's discount on a meal of this gross price, 0 ≤ discount ≤ gross. */
    public BigDecimal discountOn(BigDecimal gross) {
        BigDecimal discount = switch (kind) {
            case FREE -> gross;
            case FIXED_PRICE -> gross.subtract(value).max(BigDecimal.ZERO);
            case AMOUNT_OFF -> value.min(gross);
        };
        return discount.setScale(2);
    }

    void validate() {
        require(
                code != null && code.matches("[A-Z0-9_]{1,40}"),
                "规则代码须为 1-40 位大写字母、数字或下划线",
                "code must be 1-40 of A-Z, 0-9, _");
        require(
                nameZh != null && !nameZh.isBlank() && nameZh.length() <= 50,
                "名称不能为空且不超过 50 字",
                "nameZh must be 1-50 characters");
        require(
                nameEn != null && !nameEn.isBlank() && nameEn.length() <= 80,
                "英文名称不能为空且不超过 80 字",
                "nameEn must be 1-80 characters");
        require(kind != null, "规则类型不能为空", "kind is required");
        require(
                SubsidyPolicy.money(value),
                "金额须在 0 至 999.99 元之间，最多两位小数",
                "value must be 0-999.99 with at most 2 decimals");
        require(
                minAge != null || !requiredStatuses.isEmpty(),
                "规则须有年龄或身份条件",
                "a price rule needs a minimum age or a status");
        require(minAge == null || (minAge >= 0 && minAge <= 150), "年龄须在 0-150 之间", "minAge must be 0-150");
        require(!channels.isEmpty(), "至少适用一种就餐方式", "at least one channel is required");
        require(effectiveFrom != null, "生效日期不能为空", "effectiveFrom is required");
        require(
                effectiveTo == null || !effectiveTo.isBefore(effectiveFrom),
                "失效日期不能早于生效日期",
                "effectiveTo must not be before effectiveFrom");
    }

    private static void require(boolean ok, String zh, String en) {
        if (!ok) {
            throw DomainException.invalid("INVALID_PRICE_RULE", "价格规则有误：" + zh, "Invalid price rule: " + en);
        }
    }
}
