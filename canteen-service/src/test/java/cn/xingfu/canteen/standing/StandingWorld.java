package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistration;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.shared.Channel;
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
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.support.TestIdNumbers;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A canteen of its own with lunch (cut-off 10:00 for delivery, 11:30 at the counter), dishes in two categories and
 * seniors with money, built through the modules' public APIs. The clock stands at 18:00 on Monday 3 March 2031,
 * so Tuesday's lunch can still be ordered.
 */
@Component
public class StandingWorld {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String PASSWORD = "standing-test-1";
    public static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final CanteenDirectory canteens;
    private final MenuPlanning menus;
    private final SeniorRegistry seniors;
    private final Wallets wallets;
    private final StandingOrderBook book;
    private final SubsidyPolicies policies;
    private final Accounts accounts;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final TestClock clock;

    StandingWorld(
            CanteenDirectory canteens,
            MenuPlanning menus,
            SeniorRegistry seniors,
            Wallets wallets,
            StandingOrderBook book,
            SubsidyPolicies policies,
            Accounts accounts,
            org.springframework.security.crypto.password.PasswordEncoder passwords,
            TestClock clock) {
        this.canteens = canteens;
        this.menus = menus;
        this.seniors = seniors;
        this.wallets = wallets;
        this.book = book;
        this.policies = policies;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    public void at(LocalDate date, int hour, int minute) {
        clock.pin(date.atTime(hour, minute).atZone(CHINA).toInstant());
    }

    public void release() {
        clock.reset();
    }

    public Canteen canteen() {
        return canteen("长期订餐测试食堂");
    }

    /** A canteen whose name starts with {@code name} (made unique with its id), e.g. stored markup for escaping tests. */
    public Canteen canteen(String name) {
        at(MONDAY, 18, 0);
        long id = Ids.next();
        String district = String.valueOf(800000 + (id % 99999));
        // 60+ get 2 元 per meal: a 14 元 lunch costs the senior 12 元
        policies.create(
                new SubsidyPolicy(
                        district,
                        district + "-standing",
                        "standing-order tests",
                        MONDAY,
                        null,
                        SubsidyPolicy.Basis.PER_MEAL,
                        List.of(new SubsidyPolicy.Tier("AGE_60", "60岁及以上", 60, Set.of(), new BigDecimal("2.00"))),
                        null,
                        null,
                        null,
                        new BigDecimal("5.00"),
                        SubsidyPolicy.DeliveryRule.standard()),
                "test");
        MealWindow lunch = new MealWindow(
                MealPeriod.LUNCH,
                LocalTime.of(11, 0),
                LocalTime.of(13, 0),
                LocalTime.of(11, 30),
                LocalTime.of(11, 30),
                LocalTime.of(10, 0));
        CanteenView canteen = canteens.register(
                new NewCanteen(id, "S" + id, name + id, "测试街道", district, "测试路 1 号", 29.28, 106.25, List.of(lunch)));
        return new Canteen(canteen, new Actor(Ids.next(), "mgr" + id, Role.CANTEEN_MANAGER, id));
    }

    public final class Canteen {

        public final CanteenView view;
        public final Actor manager;

        Canteen(CanteenView view, Actor manager) {
            this.view = view;
            this.manager = manager;
        }

        public long id() {
            return view.id();
        }

        /** A real login (user name; password {@link #PASSWORD}) of {@code role} at this canteen, for pages and HTTP. */
        public String login(Role role) {
            long accountId = Ids.next();
            String username = role.name().toLowerCase() + accountId;
            accounts.saveAndFlush(new Account(
                    accountId,
                    username,
                    passwords.encode(PASSWORD),
                    "测试 " + role,
                    role,
                    role == Role.DISTRICT_ADMIN ? null : id()));
            return username;
        }

        /** A dish of {@code category} on the lunch menu of {@code date}, published. */
        public MenuItemView lunch(
                LocalDate date, String category, String price, int portions, Set<Allergen> allergens) {
            String unique = category + "菜" + Ids.next();
            var dish = menus.createDish(new DishDraft(
                    unique,
                    unique + " (en)",
                    new BigDecimal(price),
                    category,
                    allergens,
                    Set.<DietaryTag>of(),
                    Texture.SOFT));
            MenuItemView item = menus.putItem(
                    id(), new MenuPlanning.ItemRequest(date, MealPeriod.LUNCH, dish.id(), portions, null), manager);
            menus.publishWeek(
                    id(), date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), manager);
            return item;
        }

        /** A meat and a vegetable dish on the day's lunch, each with plenty of portions. */
        public void usualLunch(LocalDate date) {
            lunch(date, "荤菜", "10.00", 100, Set.of());
            lunch(date, "素菜", "4.00", 100, Set.of());
        }

        public long senior(String balance, DietaryNeeds dietary) {
            var registered = seniors.register(
                    new SeniorRegistration(
                            "长期订餐老人",
                            TestIdNumbers.bornOn(MONDAY.minusYears(82).minusDays(Ids.next() % 300)),
                            null,
                            null,
                            null,
                            "测试路 2 号",
                            29.281,
                            106.251,
                            id(),
                            dietary,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            SeniorFixtures.consentedToAll()),
                    manager);
            long seniorId = registered.senior().id();
            if (new BigDecimal(balance).signum() > 0) {
                wallets.topUp(
                        seniorId, new BigDecimal(balance), UUID.randomUUID().toString(), manager, "test");
            }
            return seniorId;
        }

        public long senior(String balance) {
            return senior(balance, DietaryNeeds.none());
        }

        /** Weekday lunch, dine-in, paid from the wallet: one meat and one vegetable dish. */
        public StandingOrderView weekdayLunch(long seniorId) {
            return book.book(
                    seniorId,
                    new StandingOrderBook.Booking(
                            MealPeriod.LUNCH,
                            Channel.DINE_IN,
                            PaymentMethod.WALLET,
                            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                            List.of("荤菜", "素菜"),
                            null,
                            null),
                    manager);
        }
    }
}
