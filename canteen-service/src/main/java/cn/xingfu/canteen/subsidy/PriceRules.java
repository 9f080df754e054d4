package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.DbTime;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The canteens' own price rules ({@code canteen_price_rule}), read from a cache on the order path. A rule is never
 * edited: a change is a new rule from today on, and ending one sets its last day. Each write is one statement, so the
 * cache is evicted after it has committed.
 */
@Service
public class PriceRules {

    static final String CACHE = "canteen-price-rules";

    /** The rule applied to a meal and the canteen's discount; gross − discount is what the subsidy is computed on. */
    public record Applied(String code, BigDecimal discount) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PriceRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every rule of the canteen, oldest first. Cached: the order path calls it for every order. */
    @Cacheable(CACHE)
    public List<PriceRule> of(long canteenId) {
        return jdbc.sql("SELECT id, canteen_id, code, name_zh, name_en, kind, rule_value, min_age, required_statuses,"
                        + " channels, effective_from, effective_to FROM canteen_price_rule WHERE canteen_id = ?"
                        + " ORDER BY effective_from, id")
                .param(canteenId)
                .query((rs, n) -> new PriceRule(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        PriceRule.Kind.valueOf(rs.getString(6)),
                        rs.getBigDecimal(7),
                        (Integer) rs.getObject(8, Integer.class),
                        set(rs.getString(9), EligibilityStatus.class, EligibilityStatus::valueOf),
                        set(rs.getString(10), Channel.class, Channel::valueOf),
                        rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class)))
                .list();
    }

    /**
     * The rule that lowers this meal's price most among those the diner qualifies for on the service date (the first
     * listed among equals), or none.
     */
    public static Optional<Applied> best(
            List<PriceRule> rules,
            int age,
            Set<EligibilityStatus> statuses,
            Channel channel,
            LocalDate serviceDate,
            BigDecimal gross) {
        return rules.stream()
                .filter(r -> r.qualifies(age, statuses, channel, serviceDate))
                .map(r -> new Applied(r.code(), r.discountOn(gross)))
                .filter(a -> a.discount().signum() > 0)
                .reduce((a, b) -> b.discount().compareTo(a.discount()) > 0 ? b : a);
    }

    /**
     * Adds a rule starting today or later (a past start would change the price of meals already sold).
     *
     * @throws DomainException INVALID_PRICE_RULE (400), PRICE_RULE_RETROACTIVE (422), PRICE_RULE_EXISTS (409)
     */
    @CacheEvict(cacheNames = CACHE, key = "#rule.canteenId()")
    public PriceRule create(PriceRule rule, String createdBy) {
        rule.validate();
        if (rule.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw DomainException.rejected(
                    "PRICE_RULE_RETROACTIVE",
                    "价格规则不能追溯到今天之前生效",
                    "A price rule cannot start before today: meals already sold keep their price");
        }
        boolean clash = of(rule.canteenId()).stream()
                .anyMatch(r -> r.code().equals(rule.code())
                        && (r.effectiveTo() == null || !r.effectiveTo().isBefore(rule.effectiveFrom())));
        if (clash) {
            throw DomainException.conflict(
                    "PRICE_RULE_EXISTS",
                    "该食堂已有同代码且仍有效的价格规则，请先结束它",
                    "This canteen already has a rule with this code in force; end it first");
        }
        long id = Ids.next();
        jdbc.sql("INSERT INTO canteen_price_rule (id, canteen_id, code, name_zh, name_en, kind, rule_value, min_age,"
                        + " required_statuses, channels, effective_from, effective_to, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        rule.canteenId(),
                        rule.code(),
                        rule.nameZh(),
                        rule.nameEn(),
                        rule.kind().name(),
                        rule.value().setScale(2),
                        rule.minAge(),
                        names(rule.requiredStatuses()),
                        names(rule.channels()),
                        rule.effectiveFrom(),
                        rule.effectiveTo(),
                        DbTime.utc(clock.instant()),
                        createdBy)
                .update();
        return new PriceRule(
                id,
                rule.canteenId(),
                rule.code(),
                rule.nameZh(),
                rule.nameEn(),
                rule.kind(),
                rule.value().setScale(2),
                rule.minAge(),
                rule.requiredStatuses(),
                rule.channels(),
                rule.effectiveFrom(),
                rule.effectiveTo());
    }

    /** Ends a rule after {@code lastDay} (today or later). @throws DomainException PRICE_RULE_NOT_FOUND (404) */
    @CacheEvict(cacheNames = CACHE, key = "#canteenId")
    public void end(long canteenId, long ruleId, LocalDate lastDay) {
        if (lastDay.isBefore(LocalDate.now(clock).minusDays(1))) {
            throw DomainException.rejected(
                    "PRICE_RULE_RETROACTIVE", "价格规则不能追溯结束", "A price rule cannot end in the past");
        }
        int changed = jdbc.sql("UPDATE canteen_price_rule SET effective_to = ? WHERE id = ? AND canteen_id = ?"
                        + " AND (effective_to IS NULL OR effective_to > ?) AND effective_from <= ?")
                .params(lastDay, ruleId, canteenId, lastDay, lastDay)
                .update();
        if (changed == 0) {
            throw DomainException.notFound(
                    "PRICE_RULE_NOT_FOUND", "没有可结束的价格规则", "No price rule " + ruleId + " to end in this canteen");
        }
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> set(@Nullable String names, Class<E> type, Function<String, E> parse) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(String::trim).map(parse).forEach(set::add);
        }
        return set;
    }
}
