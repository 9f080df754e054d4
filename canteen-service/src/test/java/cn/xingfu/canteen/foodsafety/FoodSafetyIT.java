package cn.xingfu.canteen.foodsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The food-safety rules at their edges on the real database: 124 g refused and 125 g kept, a discard at 47 h 59 min
 * alerted and at 48 h not, 0 °C and 8 °C fine and -0.1 °C and 8.1 °C alerted, a health certificate's last day and
 * the day after, and the missing-sample alert once serving has ended.
 */
@SpringBootTest
class FoodSafetyIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Autowired
    SampleLog samples;

    @Autowired
    FoodSafetyAlerts alerts;

    @Autowired
    FoodHandlers handlers;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    MenuPlanning menus;

    @Autowired
    TestClock clock;

    CanteenView canteen;
    Actor manager;
    SampleLog.Fridge fridge;

    @BeforeEach
    void canteen() {
        at(DAY.atTime(9, 0).atZone(CHINA).toInstant());
        canteen = SiteFixtures.aCanteen(canteens);
        manager = new Actor(Ids.next(), "fs-manager-" + canteen.id(), Role.CANTEEN_MANAGER, canteen.id());
        fridge = samples.addFridge(canteen.id(), "留样冰箱 1", manager);
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void aSampleMustWeighTheMinimumAndChangesNothingWhenRefused() {
        MenuItemView dish = lunchDish();
        assertThatThrownBy(() -> samples.take(dish.menuItemId(), new BigDecimal("124.9"), fridge.id(), manager))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("SAMPLE_UNDERWEIGHT");
                    assertThat(e.messageZh()).contains("125");
                });
        assertThatThrownBy(() -> samples.take(dish.menuItemId(), new BigDecimal("124"), fridge.id(), manager))
                .isInstanceOf(DomainException.class);
        assertThat(samples.samples(canteen.id(), DAY, manager)).isEmpty();

        SampleLog.Sample kept = samples.take(dish.menuItemId(), new BigDecimal("125"), fridge.id(), manager);
        assertThat(kept.weightGrams()).isEqualByComparingTo("125.0");
        assertThat(kept.takenBy()).isEqualTo(manager.username());
        assertThat(kept.keepUntil()).isEqualTo(kept.takenAt().plus(Duration.ofHours(48)));
        assertThatThrownBy(() -> samples.take(dish.menuItemId(), new BigDecimal("200"), fridge.id(), manager))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("SAMPLE_EXISTS"));
    }

    @Test
    void discardingBefore48HoursIsAnAlertAndAt48HoursIsNot() {
        Instant taken = clock.instant();
        SampleLog.Sample early = samples.take(lunchDish().menuItemId(), new BigDecimal("150"), fridge.id(), manager);
        SampleLog.Sample onTime = samples.take(lunchDish().menuItemId(), new BigDecimal("150"), fridge.id(), manager);

        at(taken.plus(Duration.ofHours(47).plusMinutes(59)));
        samples.discard(early.id(), manager);
        at(taken.plus(Duration.ofHours(48)));
        samples.discard(onTime.id(), manager);

        List<FoodSafetyAlerts.Alert> open = alerts.of(canteen.id(), true, manager);
        assertThat(open).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(FoodSafetyAlerts.Kind.EARLY_DISCARD);
            assertThat(alert.subject()).isEqualTo("sample:" + early.id());
            assertThat(alert.detailZh()).contains("47 h 59 min");
        });
        assertThatThrownBy(() -> samples.discard(onTime.id(), manager))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("SAMPLE_ALREADY_DISCARDED"));
    }

    @Test
    void fridgeReadingsFrom0To8DegreesAreFineAndJustOutsideAreAlerts() {
        for (String celsius : List.of("0", "8", "4.5", "8.0")) {
            assertThat(samples.read(fridge.id(), new BigDecimal(celsius), manager)
                            .inRange())
                    .as(celsius)
                    .isTrue();
        }
        assertThat(alerts.of(canteen.id(), true, manager)).isEmpty();
        assertThat(samples.read(fridge.id(), new BigDecimal("-0.1"), manager).inRange())
                .isFalse();
        assertThat(samples.read(fridge.id(), new BigDecimal("8.1"), manager).inRange())
                .isFalse();
        assertThat(alerts.of(canteen.id(), true, manager))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.kind()).isEqualTo(FoodSafetyAlerts.Kind.TEMPERATURE_OUT_OF_RANGE));
        assertThat(samples.readings(fridge.id(), DAY, manager)).hasSize(6);
    }

    @Test
    void aFoodHandlerIsOnDutyOnlyWhileTheHealthCertificateIsValid() {
        FoodHandlers.Handler cook = handlers.register(canteen.id(), "厨师 李师傅", manager);
        assertThatThrownBy(() -> handlers.assign(cook.id(), DAY, MealPeriod.LUNCH, manager))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("HEALTH_CERTIFICATE_INVALID"));
        // issued a year ago tomorrow: valid today, its last day; not tomorrow
        LocalDate issued = DAY.minusYears(1).plusDays(1);
        FoodHandlers.Certificate certificate =
                handlers.certify(cook.id(), "JK-" + Ids.next(), "江津区疾控中心", issued, null, manager);
        assertThat(certificate.validUntil()).isEqualTo(DAY);
        assertThat(handlers.assign(cook.id(), DAY, MealPeriod.LUNCH, manager).date())
                .isEqualTo(DAY);
        assertThatThrownBy(() -> handlers.assign(cook.id(), DAY.plusDays(1), MealPeriod.LUNCH, manager))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("HEALTH_CERTIFICATE_INVALID"));
        assertThat(handlers.duties(canteen.id(), DAY.plusDays(1), manager)).isEmpty();
        assertThat(handlers.roster(canteen.id(), manager))
                .singleElement()
                .satisfies(h -> assertThat(h.certifiedOn(DAY)).isTrue());
    }

    @Test
    void aDishWithoutASampleAfterServiceRaisesOneAlertUntilTheSampleComes() {
        MenuItemView sampled = lunchDish();
        MenuItemView forgotten = lunchDish();
        samples.take(sampled.menuItemId(), new BigDecimal("130"), fridge.id(), manager);
        var lunch = canteens.window(canteen.id(), MealPeriod.LUNCH);
        at(DAY.atTime(lunch.serveUntil()).minusMinutes(1).atZone(CHINA).toInstant());
        assertThat(samples.checkMissing(canteen.id(), DAY)).isZero();
        at(DAY.atTime(lunch.serveUntil()).atZone(CHINA).toInstant());
        assertThat(samples.checkMissing(canteen.id(), DAY)).isEqualTo(1);
        assertThat(samples.checkMissing(canteen.id(), DAY)).isZero();
        assertThat(alerts.of(canteen.id(), true, manager)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(FoodSafetyAlerts.Kind.MISSING_SAMPLE);
            assertThat(a.subject()).isEqualTo("dish:" + forgotten.menuItemId());
        });
        samples.take(forgotten.menuItemId(), new BigDecimal("125"), fridge.id(), manager);
        assertThat(alerts.of(canteen.id(), true, manager)).isEmpty();
    }

    private MenuItemView lunchDish() {
        String name = "留样菜" + Ids.next();
        var dish = menus.createDish(
                new DishDraft(name, name + " (en)", new BigDecimal("9.00"), "荤菜", Set.of(), Set.of(), Texture.NORMAL));
        MenuItemView item = menus.putItem(
                canteen.id(), new MenuPlanning.ItemRequest(DAY, MealPeriod.LUNCH, dish.id(), 50, null), manager);
        menus.publishWeek(
                canteen.id(),
                DAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                manager);
        return item;
    }

    private void at(Instant instant) {
        clock.pin(instant);
    }
}
