package cn.xingfu.canteen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Policies of several schemes (funders, channels, dates, adding up or not) and the minimum-bill cliff warning. */
class SubsidySchemesTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate BORN_75 = DAY.minusYears(75);

    private final SubsidyEngine engine = new SubsidyEngine();

    static SubsidyScheme scheme(
            String code,
            String funder,
            Set<Channel> channels,
            String amount,
            String minimumBill,
            @Nullable Integer monthlyCap,
            LocalDate from,
            @Nullable LocalDate to) {
        return new SubsidyScheme(
                code,
                funder,
                code,
                from,
                to,
                channels,
                SubsidyPolicy.Basis.PER_MEAL,
                List.of(new SubsidyPolicy.Tier("AGE_60", "60+", 60, Set.of(), new BigDecimal(amount))),
                null,
                null,
                monthlyCap,
                new BigDecimal(minimumBill));
    }

    static SubsidyPolicy policy(boolean addUp, SubsidyScheme... schemes) {
        return new SubsidyPolicy(
                "500116", "MULTI", "test", FROM, null, List.of(schemes), addUp, SubsidyPolicy.DeliveryRule.standard());
    }

    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

    /** A city meal subsidy for every channel and a district delivery add-on. */
    private static SubsidyPolicy cityAndDelivery(boolean addUp) {
        return policy(
                addUp,
                scheme("MEAL", "CITY", ALL, "3.00", "0", null, FROM, null),
                scheme("DELIVERY_ADD_ON", "DISTRICT", Set.of(Channel.DELIVERY), "4.00", "0", null, FROM, null));
    }

    private SubsidyDecision decide(SubsidyPolicy policy, Channel channel, String gross, SchemeUsage usage) {
        return engine.decide(
                policy,
                new SubsidyRequest(BORN_75, Set.of(), DAY, MealPeriod.LUNCH, channel, new BigDecimal(gross), usage));
    }

    private SubsidyDecision decide(SubsidyPolicy policy, Channel channel, String gross) {
        return decide(policy, channel, gross, SchemeUsage.of(Map.of()));
    }

    @Test
    void schemesThatAddUpEachPayTheirShareAndTheOrderKnowsWhoPaysWhat() {
        SubsidyDecision delivered = decide(cityAndDelivery(true), Channel.DELIVERY, "15.00");

        assertThat(delivered.subsidy()).isEqualByComparingTo("7.00");
        assertThat(delivered.selfPay()).isEqualByComparingTo("8.00");
        assertThat(delivered.granted())
                .extracting(
                        SubsidyDecision.Share::schemeCode,
                        SubsidyDecision.Share::funder,
                        s -> s.amount().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MEAL", "CITY", "3.00"),
                        org.assertj.core.groups.Tuple.tuple("DELIVERY_ADD_ON", "DISTRICT", "4.00"));
        assertThat(delivered.tierCode()).isEqualTo("AGE_60");

        SubsidyDecision dineIn = decide(cityAndDelivery(true), Channel.DINE_IN, "15.00");
        assertThat(dineIn.subsidy()).isEqualByComparingTo("3.00");
        assertThat(dineIn.shares().get(1).reason()).isEqualTo(SubsidyDecision.CHANNEL_NOT_COVERED);
    }

    @Test
    void schemesThatDoNotAddUpPayOnlyTheLargest() {
        SubsidyDecision delivered = decide(cityAndDelivery(false), Channel.DELIVERY, "15.00");

        assertThat(delivered.subsidy()).isEqualByComparingTo("4.00");
        assertThat(delivered.granted())
                .singleElement()
                .satisfies(s -> assertThat(s.schemeCode()).isEqualTo("DELIVERY_ADD_ON"));
        assertThat(delivered.shares().get(0).reason()).isEqualTo(SubsidyDecision.NOT_CUMULATIVE);
    }

    @Test
    void addedUpSchemesNeverPayMoreThanTheGrossPrice() {
        SubsidyDecision cheap = decide(cityAndDelivery(true), Channel.DELIVERY, "5.00");

        assertThat(cheap.subsidy()).isEqualByComparingTo("5.00");
        assertThat(cheap.selfPay()).isEqualByComparingTo("0.00");
        assertThat(cheap.reason()).isEqualTo(SubsidyDecision.LIMITED_TO_GROSS);
        assertThat(cheap.shares()).extracting(s -> s.amount().toString()).containsExactly("3.00", "2.00");

        SubsidyDecision cheaper = decide(cityAndDelivery(true), Channel.DELIVERY, "3.00");
        assertThat(cheaper.granted())
                .singleElement()
                .satisfies(s -> assertThat(s.schemeCode()).isEqualTo("MEAL"));
        assertThat(cheaper.selfPay()).isEqualByComparingTo("0.00");
    }

    @Test
    void eachSchemeHasItsOwnDatesCapsAndUsage() {
        // a charity top-up from 10 March to 20 March only, at most 2 meals a month
        SubsidyPolicy policy = policy(
                true,
                scheme("MEAL", "DISTRICT", ALL, "3.00", "0", null, FROM, null),
                scheme("CHARITY", "CHARITY", ALL, "2.00", "0", 2, DAY, DAY.plusDays(10)));

        assertThat(decide(policy, Channel.DINE_IN, "15.00").subsidy()).isEqualByComparingTo("5.00");
        SubsidyDecision dayBefore = engine.decide(
                policy,
                new SubsidyRequest(
                        BORN_75,
                        Set.of(),
                        DAY.minusDays(1),
                        MealPeriod.LUNCH,
                        Channel.DINE_IN,
                        new BigDecimal("15.00"),
                        SchemeUsage.of(Map.of())));
        assertThat(dayBefore.subsidy()).isEqualByComparingTo("3.00");
        assertThat(dayBefore.shares().get(1).reason()).isEqualTo(SubsidyDecision.SCHEME_NOT_IN_FORCE);

        // two charity meals used this month: only the district pays; the district's own lunch already used: nobody
        SchemeUsage charityUsedUp = SchemeUsage.of(Map.of("CHARITY", new SubsidyUsage(0, 0, 2, 2)));
        SubsidyDecision capped = decide(policy, Channel.DINE_IN, "15.00", charityUsedUp);
        assertThat(capped.subsidy()).isEqualByComparingTo("3.00");
        assertThat(capped.shares().get(1).reason()).isEqualTo(SubsidyDecision.MONTHLY_CAP);

        SchemeUsage lunchUsed =
                SchemeUsage.of(Map.of("MEAL", new SubsidyUsage(1, 1, 1, 1), "CHARITY", new SubsidyUsage(0, 0, 2, 2)));
        SubsidyDecision none = decide(policy, Channel.DINE_IN, "15.00", lunchUsed);
        assertThat(none.subsidised()).isFalse();
        assertThat(none.reason()).isEqualTo(SubsidyDecision.PERIOD_ALREADY_SUBSIDISED);
    }

    @Test
    void theEntitlementBeforeTheBillIgnoresOnlyTheBillsRules() {
        SubsidyPolicy policy = policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "15.00", 20, FROM, null));
        SubsidyRequest fresh = new SubsidyRequest(
                BORN_75, Set.of(), DAY, MealPeriod.LUNCH, Channel.DINE_IN, BigDecimal.ZERO, SchemeUsage.of(Map.of()));

        SubsidyDecision entitled = engine.entitlement(policy, fresh);
        assertThat(entitled.subsidy()).isEqualByComparingTo("5.00");
        assertThat(entitled.granted().get(0).minimumBill()).isEqualByComparingTo("15.00");
        assertThat(decide(policy, Channel.DINE_IN, "14.99").reason()).isEqualTo(SubsidyDecision.BELOW_MINIMUM_BILL);
        assertThat(decide(policy, Channel.DINE_IN, "15.00").subsidy()).isEqualByComparingTo("5.00");

        SubsidyRequest capReached = new SubsidyRequest(
                BORN_75,
                Set.of(),
                DAY,
                MealPeriod.LUNCH,
                Channel.DINE_IN,
                BigDecimal.ZERO,
                SchemeUsage.of(Map.of("MEAL", new SubsidyUsage(0, 0, 5, 20))));
        SubsidyDecision none = engine.entitlement(policy, capReached);
        assertThat(none.subsidised()).isFalse();
        assertThat(none.reason()).isEqualTo(SubsidyDecision.MONTHLY_CAP);
    }

    @Test
    void aMinimumBillAtOrBelowTheTopTierWarnsOfTheCliff() {
        assertThat(policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "5.00", null, FROM, null))
                        .warnings())
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.code()).isEqualTo(PolicyWarning.MINIMUM_BILL_CLIFF);
                    assertThat(w.messageZh()).contains("4.99").contains("5.00");
                    assertThat(w.messageEn()).contains("a 4.99 meal costs the senior 4.99");
                });
        assertThat(policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "3.00", null, FROM, null))
                        .warnings())
                .hasSize(1);
        assertThat(policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "5.01", null, FROM, null))
                        .warnings())
                .isEmpty();
        assertThat(policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "0", null, FROM, null))
                        .warnings())
                .isEmpty();
    }

    @Test
    void aSchemeMustLieInsideItsPolicyAndHaveAChannel() {
        SubsidyPolicy early =
                policy(false, scheme("MEAL", "DISTRICT", ALL, "5.00", "0", null, FROM.minusDays(1), null));
        assertThatThrownBy(early::validate)
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        SubsidyPolicy noChannel = policy(false, scheme("MEAL", "DISTRICT", Set.of(), "5.00", "0", null, FROM, null));
        assertThatThrownBy(noChannel::validate).hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        SubsidyPolicy twice = policy(
                false,
                scheme("MEAL", "DISTRICT", ALL, "5.00", "0", null, FROM, null),
                scheme("MEAL", "CITY", ALL, "1.00", "0", null, FROM, null));
        assertThatThrownBy(twice::validate).hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        cityAndDelivery(true).validate();
    }

    // ---- canteen price rules

    private static PriceRule rule(
            String code, PriceRule.Kind kind, String value, @Nullable Integer minAge, Set<EligibilityStatus> statuses) {
        return new PriceRule(1, 7, code, code, code, kind, new BigDecimal(value), minAge, statuses, ALL, FROM, null);
    }

    @Test
    void ninetyPlusEatFreeFromTheNinetiethBirthday() {
        List<PriceRule> rules = List.of(rule("AGE_90_FREE", PriceRule.Kind.FREE, "0", 90, Set.of()));
        BigDecimal gross = new BigDecimal("12.00");

        assertThat(PriceRules.best(rules, 89, Set.of(), Channel.DINE_IN, DAY, gross))
                .isEmpty();
        assertThat(PriceRules.best(rules, 90, Set.of(), Channel.DINE_IN, DAY, gross))
                .hasValueSatisfying(a -> {
                    assertThat(a.code()).isEqualTo("AGE_90_FREE");
                    assertThat(a.discount()).isEqualByComparingTo("12.00");
                });
    }

    @Test
    void theRuleLoweringThePriceMostWinsAndNeverBelowZero() {
        List<PriceRule> rules = List.of(
                rule("TEKUN_PRICE", PriceRule.Kind.FIXED_PRICE, "4.00", null, Set.of(EligibilityStatus.TEKUN)),
                rule("SENIOR_OFF", PriceRule.Kind.AMOUNT_OFF, "2.00", 60, Set.of()));
        Set<EligibilityStatus> tekun = Set.of(EligibilityStatus.TEKUN);

        assertThat(PriceRules.best(rules, 70, tekun, Channel.DINE_IN, DAY, new BigDecimal("12.00")))
                .hasValueSatisfying(a -> assertThat(a.discount()).isEqualByComparingTo("8.00"));
        assertThat(PriceRules.best(rules, 70, Set.of(), Channel.DINE_IN, DAY, new BigDecimal("12.00")))
                .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("SENIOR_OFF"));
        // a 3.00 meal is under the fixed price: the amount off wins, cut to the price
        assertThat(PriceRules.best(rules, 70, tekun, Channel.DINE_IN, DAY, new BigDecimal("1.50")))
                .hasValueSatisfying(a -> {
                    assertThat(a.code()).isEqualTo("SENIOR_OFF");
                    assertThat(a.discount()).isEqualByComparingTo("1.50");
                });
        assertThat(PriceRules.best(rules, 59, Set.of(), Channel.DINE_IN, DAY, new BigDecimal("12.00")))
                .isEmpty();
    }

    @Test
    void aRuleAppliesOnlyOnItsDatesAndChannels() {
        PriceRule dineInOnly = new PriceRule(
                1,
                7,
                "AGE_90_FREE",
                "90岁免费",
                "90+ free",
                PriceRule.Kind.FREE,
                BigDecimal.ZERO,
                90,
                Set.of(),
                Set.of(Channel.DINE_IN),
                DAY,
                DAY.plusDays(30));
        BigDecimal gross = new BigDecimal("12.00");
        assertThat(PriceRules.best(List.of(dineInOnly), 95, Set.of(), Channel.DELIVERY, DAY, gross))
                .isEmpty();
        assertThat(PriceRules.best(List.of(dineInOnly), 95, Set.of(), Channel.DINE_IN, DAY.minusDays(1), gross))
                .isEmpty();
        assertThat(PriceRules.best(List.of(dineInOnly), 95, Set.of(), Channel.DINE_IN, DAY.plusDays(30), gross))
                .isPresent();
        assertThat(PriceRules.best(List.of(dineInOnly), 95, Set.of(), Channel.DINE_IN, DAY.plusDays(31), gross))
                .isEmpty();
    }
}
