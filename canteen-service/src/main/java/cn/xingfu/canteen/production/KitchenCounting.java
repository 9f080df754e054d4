package cn.xingfu.canteen.production;

import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.ordering.DietaryCheck;
import cn.xingfu.canteen.ordering.DietaryWarning;
import cn.xingfu.canteen.ordering.OrderStatistics;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.canteen.standing.ForecastSlot;
import cn.xingfu.canteen.standing.RunView;
import cn.xingfu.canteen.standing.StandingOrderBook;
import cn.xingfu.canteen.standing.StandingOrderGenerator;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Counts a meal for the kitchen from the database as it is now: every dish line of the orders not cancelled, the
 * standing orders not placed yet (with the dishes they would get), and each senior's current dietary needs.
 */
@Service
public class KitchenCounting {

    private final CanteenDirectory canteens;
    private final ServiceCalendar calendar;
    private final MenuCatalog menus;
    private final OrderStatistics statistics;
    private final SeniorDirectory seniors;
    private final StandingOrderGenerator standing;
    private final StandingOrderBook book;
    private final Clock clock;

    KitchenCounting(
            CanteenDirectory canteens,
            ServiceCalendar calendar,
            MenuCatalog menus,
            OrderStatistics statistics,
            SeniorDirectory seniors,
            StandingOrderGenerator standing,
            StandingOrderBook book,
            Clock clock) {
        this.canteens = canteens;
        this.calendar = calendar;
        this.menus = menus;
        this.statistics = statistics;
        this.seniors = seniors;
        this.standing = standing;
        this.book = book;
        this.clock = clock;
    }

    /** @throws DomainException STAFF_ONLY, OUT_OF_CANTEEN_SCOPE, CANTEEN_NOT_FOUND, MEAL_NOT_SERVED */
    public KitchenCount count(long canteenId, LocalDate date, MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        CanteenView canteen = canteens.canteen(canteenId);
        canteens.window(canteenId, period);
        DailyMenuView menu = menus.menu(canteenId, date, period);
        Map<Long, MenuItemView> dishes = new LinkedHashMap<>();
        menu.items().forEach(item -> dishes.put(item.menuItemId(), item));
        List<OrderStatistics.KitchenLine> lines = statistics.kitchenLines(canteenId, date, period);
        List<ForecastSlot> expected = standing.forecast(canteenId, date, period);
        Set<Long> seniorIds = new HashSet<>();
        lines.forEach(line -> seniorIds.add(line.seniorId()));
        expected.forEach(slot -> seniorIds.add(slot.seniorId()));
        List<RunView> failedRuns = book.runs(canteenId, date, period, actor).stream()
                .filter(RunView::failed)
                .toList();
        failedRuns.forEach(run -> seniorIds.add(run.seniorId()));
        Map<Long, SeniorProfile> profiles =
                seniors.profiles(seniorIds).stream().collect(Collectors.toMap(SeniorProfile::id, p -> p, (a, b) -> a));

        Map<Long, Tally> tallies = new LinkedHashMap<>();
        dishes.values().forEach(dish -> tallies.put(dish.menuItemId(), new Tally(dish)));
        List<KitchenCount.Conflict> conflicts = new ArrayList<>();
        Set<Long> orders = new HashSet<>();
        for (OrderStatistics.KitchenLine line : lines) {
            orders.add(line.orderId());
            MenuItemView dish = dishes.computeIfAbsent(line.menuItemId(), menus::item);
            Tally tally = tallies.computeIfAbsent(line.menuItemId(), id -> new Tally(dish));
            SeniorProfile senior = profiles.get(line.seniorId());
            DietaryNeeds needs = senior == null ? DietaryNeeds.none() : senior.dietary();
            tally.add(line.channel(), line.quantity(), needs, false);
            for (DietaryWarning warning : DietaryCheck.check(needs, dish)) {
                conflicts.add(conflict(line.seniorId(), line.maskedName(), "ORDER", line.orderNumber(), dish, warning));
            }
        }
        List<KitchenCount.StandingProblem> problems = new ArrayList<>();
        for (ForecastSlot slot : expected) {
            SeniorProfile senior = profiles.get(slot.seniorId());
            if (senior == null) {
                continue;
            }
            if (slot.missingCategory() != null) {
                problems.add(new KitchenCount.StandingProblem(
                        senior.id(),
                        senior.maskedName(),
                        "NO_SUITABLE_DISH",
                        "长期订餐：今日没有适合的「" + slot.missingCategory() + "」",
                        "Standing order: no suitable " + slot.missingCategory() + " dish today"));
                continue;
            }
            for (long menuItemId : slot.menuItemIds()) {
                MenuItemView dish = dishes.get(menuItemId);
                if (dish == null) {
                    continue;
                }
                tallies.computeIfAbsent(menuItemId, id -> new Tally(dish))
                        .add(slot.channel(), 1, senior.dietary(), true);
                for (DietaryWarning warning : DietaryCheck.check(senior.dietary(), dish)) {
                    conflicts.add(conflict(senior.id(), senior.maskedName(), "STANDING", null, dish, warning));
                }
            }
        }
        for (RunView run : failedRuns) {
            SeniorProfile senior = profiles.get(run.seniorId());
            problems.add(new KitchenCount.StandingProblem(
                    run.seniorId(),
                    senior == null ? "—" : senior.maskedName(),
                    run.code() == null ? "FAILED" : run.code(),
                    run.messageZh() == null ? "" : run.messageZh(),
                    run.messageEn() == null ? "" : run.messageEn()));
        }
        conflicts.sort(Comparator.comparing(KitchenCount.Conflict::blocking)
                .reversed()
                .thenComparing(KitchenCount.Conflict::maskedName));
        List<KitchenCount.DishCount> counts =
                tallies.values().stream().map(Tally::toCount).toList();
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        int expectedTotal = 0;
        for (KitchenCount.DishCount count : counts) {
            count.placed().forEach((channel, n) -> byChannel.merge(channel, n, Integer::sum));
            count.expected().forEach((channel, n) -> byChannel.merge(channel, n, Integer::sum));
            expectedTotal += count.expected().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
        int portions = byChannel.values().stream().mapToInt(Integer::intValue).sum();
        return new KitchenCount(
                canteenId,
                canteen.name(),
                date,
                period,
                calendar.notice(canteenId, date),
                counts,
                new KitchenCount.Totals(
                        orders.size()
                                + (int) expected.stream()
                                        .filter(s -> s.missingCategory() == null)
                                        .count(),
                        portions,
                        byChannel,
                        expectedTotal),
                List.copyOf(conflicts),
                List.copyOf(problems),
                clock.instant());
    }

    private static KitchenCount.Conflict conflict(
            long seniorId, String maskedName, String source, String orderNumber, MenuItemView dish, DietaryWarning w) {
        String zh;
        String en;
        if (w.code().equals("ALLERGEN_CONFLICT")) {
            zh = "过敏：该长者对此菜所含食物过敏（" + allergensZh(dish) + "）";
            en = "Allergy: the senior is allergic to an ingredient of this dish";
        } else if (w.code().equals("TEXTURE_TOO_FIRM")) {
            zh = "质地：此菜对该长者偏硬，需改做软食或换菜";
            en = "Texture: too firm for this senior; make it softer or change the dish";
        } else {
            String need = w.code().startsWith("NOT_") ? w.code().substring(4) : w.code();
            zh = "饮食：该长者需要" + tagZh(need) + "，此菜不符合";
            en = "Diet: the senior needs " + need.toLowerCase().replace('_', '-') + "; this dish is not";
        }
        return new KitchenCount.Conflict(
                seniorId, maskedName, source, orderNumber, dish.name(), w.code(), zh, en, w.blocking());
    }

    private static String allergensZh(MenuItemView dish) {
        return dish.allergens().stream().map(Allergen::zh).sorted().collect(Collectors.joining("、"));
    }

    private static String tagZh(String name) {
        try {
            return DietaryTag.valueOf(name).zh() + "餐";
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    /** Running count of one dish. */
    private static final class Tally {

        private final MenuItemView dish;
        private final Map<Channel, Integer> placed = new EnumMap<>(Channel.class);
        private final Map<Channel, Integer> expected = new EnumMap<>(Channel.class);
        private final Map<String, Integer> variants = new HashMap<>();

        Tally(MenuItemView dish) {
            this.dish = dish;
        }

        void add(Channel channel, int quantity, DietaryNeeds needs, boolean fromStanding) {
            (fromStanding ? expected : placed).merge(channel, quantity, Integer::sum);
            if (needs.texture() != Texture.NORMAL) {
                variants.merge(needs.texture().name(), quantity, Integer::sum);
            }
            needs.needs().forEach(tag -> variants.merge(tag.name(), quantity, Integer::sum));
            needs.allergies().forEach(allergen -> variants.merge("NO_" + allergen.name(), quantity, Integer::sum));
        }

        KitchenCount.DishCount toCount() {
            int total = placed.values().stream().mapToInt(Integer::intValue).sum()
                    + expected.values().stream().mapToInt(Integer::intValue).sum();
            List<KitchenCount.Variant> list = variants.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> variant(e.getKey(), e.getValue()))
                    .toList();
            return new KitchenCount.DishCount(
                    dish.menuItemId(),
                    dish.name(),
                    dish.nameEn(),
                    dish.category(),
                    Map.copyOf(placed),
                    Map.copyOf(expected),
                    total,
                    dish.portionsLeft(),
                    list);
        }

        private static KitchenCount.Variant variant(String code, int portions) {
            if (code.startsWith("NO_")) {
                Allergen allergen = Allergen.valueOf(code.substring(3));
                return new KitchenCount.Variant(
                        code,
                        "不含" + allergen.zh(),
                        "no " + allergen.name().toLowerCase().replace('_', ' '),
                        portions);
            }
            for (Texture texture : Texture.values()) {
                if (texture.name().equals(code)) {
                    return new KitchenCount.Variant(
                            code, texture.zh(), texture.name().toLowerCase(), portions);
                }
            }
            DietaryTag tag = DietaryTag.valueOf(code);
            return new KitchenCount.Variant(
                    code, tag.zh(), tag.name().toLowerCase().replace('_', '-'), portions);
        }
    }
}
