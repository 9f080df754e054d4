package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.DishPictures;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.subsidy.SubsidyEngine;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyRequest;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the kiosk's view after a card scan: who, which meal, and each dish at the senior's own price. */
@Service
public class PersonalMenus {

    /** Large enough to pass any minimum-bill rule, so the tier's full amount shows. */
    private static final BigDecimal NOMINAL_MEAL = new BigDecimal("999.00");

    private final CardVerification cards;
    private final CanteenDirectory canteens;
    private final MenuCatalog menus;
    private final DishPictures pictures;
    private final SubsidyPolicies policies;
    private final SubsidyEngine engine;
    private final SubsidyUsageCounter usage;
    private final Wallets wallets;
    private final Clock clock;

    PersonalMenus(
            CardVerification cards,
            CanteenDirectory canteens,
            MenuCatalog menus,
            DishPictures pictures,
            SubsidyPolicies policies,
            SubsidyEngine engine,
            SubsidyUsageCounter usage,
            Wallets wallets,
            Clock clock) {
        this.cards = cards;
        this.canteens = canteens;
        this.menus = menus;
        this.pictures = pictures;
        this.policies = policies;
        this.engine = engine;
        this.usage = usage;
        this.wallets = wallets;
        this.clock = clock;
    }

    @Transactional
    public PersonalMenu afterScan(String qr, Actor actor) {
        if (actor.canteenId() == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say which canteen");
        }
        CanteenView canteen = canteens.canteen(actor.canteenId());
        VerifiedCard card = cards.verify(qr, new ScanContext(actor, canteen.id()));
        SeniorProfile senior = card.senior();
        OrderableMeal meal = OrderableMeal.next(canteen, Channel.DINE_IN, clock.instant())
                .orElseThrow(() ->
                        DomainException.rejected("NO_MEALS", "该食堂没有设置供餐时间", "This canteen has no meal times set"));
        LocalDate today = meal.serviceDate();
        MealPeriod period = meal.period();
        DailyMenuView menu = menus.menu(canteen.id(), today, period);
        var policy = policies.inForce(canteen.districtCode(), today);
        SubsidyUsage used = usage.count(senior.id(), today, period);
        SubsidyDecision full = engine.decide(policy, request(senior, today, period, NOMINAL_MEAL, used));
        List<PersonalMenu.Item> items = menu.items().stream()
                .map(dish ->
                        item(dish, senior, engine.decide(policy, request(senior, today, period, dish.price(), used))))
                .toList();
        return new PersonalMenu(
                card.cardId(),
                senior.id(),
                senior.maskedName(),
                card.scanId(),
                today,
                period,
                List.of(Channel.DINE_IN, Channel.TAKEAWAY),
                wallets.balanceOf(senior.id()),
                new PersonalMenu.Subsidy(
                        full.tierCode(), full.subsidy(), full.subsidy().signum() > 0, full.reason()),
                items);
    }

    private PersonalMenu.Item item(MenuItemView dish, SeniorProfile senior, SubsidyDecision alone) {
        return new PersonalMenu.Item(
                dish.menuItemId(),
                dish.name(),
                dish.nameEn(),
                dish.category(),
                dish.price(),
                alone.selfPay(),
                dish.portionsLeft(),
                dish.soldOut(),
                dish.texture(),
                dish.allergens(),
                dish.dietaryTags(),
                DietaryCheck.check(senior.dietary(), dish),
                pictures.url(dish.dishId()));
    }

    private static SubsidyRequest request(
            SeniorProfile senior, LocalDate date, MealPeriod period, BigDecimal gross, SubsidyUsage used) {
        return new SubsidyRequest(
                senior.dateOfBirth(), senior.statusesOn(date), date, period, Channel.DINE_IN, gross, used);
    }
}
