package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistration;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.support.TestIdNumbers;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds a self-contained world for ordering tests through the modules' own public APIs: a canteen in a
 * district of its own (with its own subsidy policy), its staff and kiosk accounts, dishes on a published
 * lunch menu, and seniors with money in their wallets. Pins the clock to 09:00 on a fixed Tuesday.
 */
@Component
class OrderingScenario {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2031, 3, 4);
    static final String KIOSK_PASSWORD = "kiosk-secret-1";

    private final CanteenDirectory canteens;
    private final MenuPlanning menus;
    private final SeniorRegistry seniors;
    private final Wallets wallets;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TestClock clock;
    private final SubsidyTestPolicies policies;

    OrderingScenario(
            CanteenDirectory canteens,
            MenuPlanning menus,
            SeniorRegistry seniors,
            Wallets wallets,
            Accounts accounts,
            PasswordEncoder passwords,
            TestClock clock,
            SubsidyTestPolicies policies) {
        this.canteens = canteens;
        this.menus = menus;
        this.seniors = seniors;
        this.wallets = wallets;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.policies = policies;
    }

    /** A fresh canteen in a district of its own, with a manager and a kiosk. */
    World newWorld() {
        return newWorld(policies::standardPolicy);
    }

    /** The same with the district's subsidy policy set up by {@code policy(district, from)}. */
    World newWorld(java.util.function.BiConsumer<String, LocalDate> policy) {
        clock.pin(DAY.atTime(9, 0).atZone(CHINA).toInstant());
        String district = String.valueOf(900000 + (Ids.next() % 99999));
        policy.accept(district, DAY);
        long canteenId = Ids.next();
        MealWindow lunch = new MealWindow(
                MealPeriod.LUNCH,
                LocalTime.of(11, 0),
                LocalTime.of(13, 0),
                LocalTime.of(12, 30),
                LocalTime.of(12, 30),
                LocalTime.of(10, 0));
        MealWindow breakfast = new MealWindow(
                MealPeriod.BREAKFAST,
                LocalTime.of(7, 0),
                LocalTime.of(8, 30),
                LocalTime.of(8, 15),
                LocalTime.of(8, 15),
                LocalTime.of(6, 30));
        CanteenView canteen = canteens.register(new NewCanteen(
                canteenId,
                "T" + canteenId,
                "测试食堂" + canteenId,
                "测试街道",
                district,
                "测试路 1 号",
                29.28,
                106.25,
                List.of(breakfast, lunch)));
        Account manager = accounts.save(new Account(
                Ids.next(), "m" + canteenId, passwords.encode("x"), "测试经理", Role.CANTEEN_MANAGER, canteenId));
        Account kiosk = accounts.save(new Account(
                Ids.next(), "k" + canteenId, passwords.encode(KIOSK_PASSWORD), "测试自助机", Role.KIOSK, canteenId));
        return new World(canteen, manager.toActor(), kiosk.toActor());
    }

    final class World {

        final CanteenView canteen;
        final Actor manager;
        final Actor kiosk;

        World(CanteenView canteen, Actor manager, Actor kiosk) {
            this.canteen = canteen;
            this.manager = manager;
            this.kiosk = kiosk;
        }

        /** A dish on today's published lunch menu with {@code portions} portions. */
        MenuItemView lunchDish(String name, String price, int portions) {
            return dish(name, price, portions, Set.of(), Texture.NORMAL);
        }

        MenuItemView dish(String name, String price, int portions, Set<Allergen> allergens, Texture texture) {
            // dish names are unique in the catalogue, which every test world shares
            String unique = name + "-" + Ids.next();
            var dish = menus.createDish(new DishDraft(
                    unique, unique + " (en)", new BigDecimal(price), "荤菜", allergens, Set.<DietaryTag>of(), texture));
            MenuItemView item = menus.putItem(
                    canteen.id(),
                    new MenuPlanning.ItemRequest(DAY, MealPeriod.LUNCH, dish.id(), portions, null),
                    manager);
            menus.publishWeek(canteen.id(), DAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), manager);
            return item;
        }

        /** An active senior of this canteen, born on {@code birth}, with {@code balance} 元 in the wallet. */
        long senior(LocalDate birth, String balance, List<StatusPeriod> statuses, DietaryNeeds dietary) {
            var registered = seniors.register(
                    new SeniorRegistration(
                            "测试老人",
                            TestIdNumbers.bornOn(birth),
                            null,
                            null,
                            null,
                            "测试路 2 号",
                            29.281,
                            106.251,
                            canteen.id(),
                            dietary,
                            null,
                            null,
                            null,
                            null,
                            null,
                            statuses,
                            SeniorFixtures.consentedToAll()),
                    manager);
            long seniorId = registered.senior().id();
            if (new BigDecimal(balance).signum() > 0) {
                wallets.topUp(
                        seniorId, new BigDecimal(balance), UUID.randomUUID().toString(), manager, "test");
            }
            return seniorId;
        }

        long senior(int age, String balance) {
            return senior(DAY.minusYears(age).minusDays(10), balance, List.of(), DietaryNeeds.none());
        }
    }
}
