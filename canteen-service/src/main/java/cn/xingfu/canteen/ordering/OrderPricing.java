package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.subsidy.PriceRules;
import cn.xingfu.canteen.subsidy.SchemeUsage;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.subsidy.SubsidyEngine;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.subsidy.SubsidyRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The price of one meal for one senior: first the canteen's own price rule (its money), then the subsidy schemes of
 * the district's policy in force on the service date on what is left (the government's money), with the senior's
 * usage under each scheme read in one query. Policies and price rules come from caches, so this adds one indexed read
 * to the order path.
 */
@Component
class OrderPricing {

    /** A priced meal: gross = priceRuleDiscount + decision.subsidy() + decision.selfPay(). */
    record Priced(
            BigDecimal gross, @Nullable String priceRuleCode, BigDecimal priceRuleDiscount, SubsidyDecision decision) {

        BigDecimal selfPay() {
            return decision.selfPay();
        }
    }

    /** The policy and the senior's usage under its schemes, read once per scan or order. */
    record Context(SubsidyPolicy policy, SchemeUsage usage) {}

    private final SubsidyPolicies policies;
    private final SubsidyEngine engine;
    private final PriceRules priceRules;
    private final SubsidyUsageCounter usage;

    OrderPricing(SubsidyPolicies policies, SubsidyEngine engine, PriceRules priceRules, SubsidyUsageCounter usage) {
        this.policies = policies;
        this.engine = engine;
        this.priceRules = priceRules;
        this.usage = usage;
    }

    Context context(CanteenView canteen, long seniorId, LocalDate date, MealPeriod period) {
        return context(canteen, usage.tally(List.of(seniorId), List.of(date)), seniorId, date, period);
    }

    /** The same from usage already read for a group of orders (and counted on as the group is written). */
    Context context(
            CanteenView canteen, SubsidyUsageCounter.Tally tally, long seniorId, LocalDate date, MealPeriod period) {
        SubsidyPolicy policy = policies.inForce(canteen.districtCode(), date);
        return new Context(policy, tally.usage(seniorId, policy.schemeCodes(), date, period));
    }

    Priced price(
            Context context,
            CanteenView canteen,
            SeniorProfile senior,
            LocalDate date,
            MealPeriod period,
            Channel channel,
            BigDecimal gross) {
        Optional<PriceRules.Applied> rule = PriceRules.best(
                priceRules.of(canteen.id()), senior.ageOn(date), senior.statusesOn(date), channel, date, gross);
        BigDecimal discount = rule.map(PriceRules.Applied::discount).orElse(BigDecimal.ZERO.setScale(2));
        SubsidyDecision decision = engine.decide(
                context.policy(), request(context, senior, date, period, channel, gross.subtract(discount)));
        return new Priced(gross, rule.map(PriceRules.Applied::code).orElse(null), discount, decision);
    }

    /** The price of a resolved order's meal. */
    Priced price(Context context, ResolvedOrder order) {
        return price(
                context,
                order.canteen(),
                order.senior(),
                order.serviceDate(),
                order.period(),
                order.channel(),
                order.gross());
    }

    /** What the senior may get for this meal before choosing dishes (every rule but those about the bill). */
    SubsidyDecision entitlement(
            Context context, SeniorProfile senior, LocalDate date, MealPeriod period, Channel channel) {
        return engine.entitlement(
                context.policy(), request(context, senior, date, period, channel, BigDecimal.ZERO.setScale(2)));
    }

    private static SubsidyRequest request(
            Context context,
            SeniorProfile senior,
            LocalDate date,
            MealPeriod period,
            Channel channel,
            BigDecimal gross) {
        return new SubsidyRequest(
                senior.dateOfBirth(), senior.statusesOn(date), date, period, channel, gross, context.usage());
    }
}
