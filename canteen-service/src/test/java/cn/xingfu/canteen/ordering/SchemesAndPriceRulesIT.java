package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.subsidy.PriceRule;
import cn.xingfu.canteen.subsidy.PriceRules;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.support.TestClock;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders under a policy of several schemes, canteen price rules, and what the kiosk says after a scan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemesAndPriceRulesIT {

    @Autowired
    OrderingScenario scenario;

    @Autowired
    SubsidyTestPolicies policies;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderProgress progress;

    @Autowired
    PersonalMenus personalMenus;

    @Autowired
    PriceRules priceRules;

    @Autowired
    CardManagement cards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static PlaceOrder order(long seniorId, Channel channel, MenuItemView dish) {
        return new PlaceOrder(
                null,
                null,
                seniorId,
                null,
                channel,
                PaymentMethod.WALLET,
                List.of(new PlaceOrder.Item(dish.menuItemId(), 1)),
                false,
                null,
                null,
                null);
    }

    private OrderView place(OrderingScenario.World world, long senior, Channel channel, MenuItemView dish) {
        return placement
                .place(order(senior, channel, dish), UUID.randomUUID().toString(), world.manager)
                .order();
    }

    private List<String> shares(long orderId) {
        return jdbc.queryForList(
                "SELECT CONCAT(scheme_code, ':', funder, ':', tier_code, ':', amount) FROM meal_order_subsidy"
                        + " WHERE order_id = ? ORDER BY scheme_code",
                String.class,
                orderId);
    }

    private int usage(long senior, String scheme) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(meals), 0) FROM subsidy_usage WHERE senior_id = ? AND scheme_code = ?",
                Integer.class,
                senior,
                scheme);
    }

    @Test
    void aDeliveredMealGetsBothSchemesEachRecordedAndCountedAndCancellingFreesBoth() {
        OrderingScenario.World world = scenario.newWorld(policies::cityMealAndDeliveryAddOn);
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        long senior = world.senior(
                OrderingScenario.DAY.minusYears(85),
                "50.00",
                List.of(new StatusPeriod(EligibilityStatus.DISABLED, "test", OrderingScenario.DAY.minusYears(1), null)),
                DietaryNeeds.none());

        OrderView delivered = place(world, senior, Channel.DELIVERY, pork);

        assertThat(delivered.subsidy()).isEqualByComparingTo("7.00");
        assertThat(delivered.selfPay()).isEqualByComparingTo("5.00");
        assertThat(shares(delivered.orderId()))
                .containsExactly("CITY_MEAL:CITY:AGE_80:3.00", "DELIVERY_ADD_ON:DISTRICT:AGE_60:4.00");
        assertThat(usage(senior, "CITY_MEAL")).isEqualTo(1);
        assertThat(usage(senior, "DELIVERY_ADD_ON")).isEqualTo(1);

        progress.cancel(delivered.orderId(), "test", world.manager);
        assertThat(usage(senior, "CITY_MEAL")).isZero();
        assertThat(usage(senior, "DELIVERY_ADD_ON")).isZero();

        OrderView dineIn = place(world, senior, Channel.DINE_IN, pork);
        assertThat(dineIn.subsidy()).isEqualByComparingTo("3.00");
        assertThat(shares(dineIn.orderId())).containsExactly("CITY_MEAL:CITY:AGE_80:3.00");
    }

    private PriceRule rule(long canteenId, String code, PriceRule.Kind kind, String value, @Nullable Integer minAge) {
        return new PriceRule(
                0,
                canteenId,
                code,
                code,
                code,
                kind,
                new BigDecimal(value),
                minAge,
                Set.of(),
                EnumSet.allOf(Channel.class),
                OrderingScenario.DAY,
                null);
    }

    @Test
    void theCanteensPriceRuleIsRecordedApartAndTheSubsidyIsComputedOnWhatIsLeft() {
        OrderingScenario.World world = scenario.newWorld();
        long canteen = world.canteen.id();
        priceRules.create(rule(canteen, "AGE_90_FREE", PriceRule.Kind.FREE, "0", 90), "test");
        priceRules.create(rule(canteen, "SENIOR_2_OFF", PriceRule.Kind.AMOUNT_OFF, "2.00", 80), "test");
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        long ninety = world.senior(OrderingScenario.DAY.minusYears(90), "50.00", List.of(), DietaryNeeds.none());
        long almostNinety =
                world.senior(OrderingScenario.DAY.minusYears(90).plusDays(1), "50.00", List.of(), DietaryNeeds.none());
        long seventy = world.senior(70, "50.00");

        OrderView free = place(world, ninety, Channel.DINE_IN, pork);
        OrderView twoOff = place(world, almostNinety, Channel.DINE_IN, pork);
        OrderView plain = place(world, seventy, Channel.DINE_IN, pork);

        assertThat(row(free.orderId())).isEqualTo("12.00|AGE_90_FREE|12.00|0.00|0.00");
        assertThat(shares(free.orderId())).isEmpty();
        // 89: 2 元 off the canteen's price, then the 80+ tier of 3 元 on the remaining 10 元
        assertThat(row(twoOff.orderId())).isEqualTo("12.00|SENIOR_2_OFF|2.00|3.00|7.00");
        assertThat(row(plain.orderId())).isEqualTo("12.00|-|0.00|2.00|10.00");
    }

    private String row(long orderId) {
        return jdbc.queryForObject(
                "SELECT CONCAT(gross, '|', COALESCE(price_rule_code, '-'), '|', price_rule_discount, '|', subsidy, '|',"
                        + " self_pay) FROM meal_order WHERE id = ?",
                String.class,
                orderId);
    }

    @Test
    void theKioskScanStatesTheRealSubsidyAndWhyNone() {
        OrderingScenario.World world = scenario.newWorld();
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        MenuItemView bun = world.lunchDish("馒头", "1.50", 20);
        long senior = world.senior(85, "50.00");
        CardView card = cards.issue(senior, Set.of(), world.manager);

        PersonalMenu before = personalMenus.afterScan(card.token(), world.kiosk);
        assertThat(before.subsidy().available()).isTrue();
        assertThat(before.subsidy().amount()).isEqualByComparingTo("3.00");
        assertThat(before.subsidy().minimumBill()).isEqualByComparingTo("5.00");
        assertThat(before.subsidy().messageZh()).isEqualTo("本餐可享补贴 3.00 元（消费满 5.00 元才有补贴）");
        assertThat(before.subsidy().messageEn()).contains("from a bill of 5.00");
        // under the minimum bill the bun alone costs its full price: the real figure, not one on a pretend bill
        assertThat(before.items())
                .filteredOn(i -> i.menuItemId() == bun.menuItemId())
                .singleElement()
                .satisfies(i -> assertThat(i.estimatedSelfPay()).isEqualByComparingTo("1.50"));

        place(world, senior, Channel.DINE_IN, pork);

        PersonalMenu after = personalMenus.afterScan(card.token(), world.kiosk);
        assertThat(after.subsidy().available()).isFalse();
        assertThat(after.subsidy().amount()).isEqualByComparingTo("0.00");
        assertThat(after.subsidy().reason()).isEqualTo(SubsidyDecision.PERIOD_ALREADY_SUBSIDISED);
        assertThat(after.subsidy().messageZh()).isEqualTo("本餐次已享受过补贴，这一餐按原价");
        assertThat(after.items())
                .filteredOn(i -> i.menuItemId() == pork.menuItemId())
                .singleElement()
                .satisfies(i -> assertThat(i.estimatedSelfPay()).isEqualByComparingTo("12.00"));
    }
}
