package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.DishPictures;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.ConsentScope;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the kiosk's view after a card scan: who, which meal, and each dish at the senior's own price. */
@Service
public class PersonalMenus {

    private final CardVerification cards;
    private final CanteenDirectory canteens;
    private final MenuCatalog menus;
    private final DishPictures pictures;
    private final OrderPricing pricing;
    private final Wallets wallets;
    private final Clock clock;

    PersonalMenus(
            CardVerification cards,
            CanteenDirectory canteens,
            MenuCatalog menus,
            DishPictures pictures,
            OrderPricing pricing,
            Wallets wallets,
            Clock clock) {
        this.cards = cards;
        this.canteens = canteens;
        this.menus = menus;
        this.pictures = pictures;
        this.pricing = pricing;
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
        OrderPricing.Context context = pricing.context(canteen, senior.id(), today, period);
        // the real entitlement from the senior's usage, not a figure computed on a pretend bill; the bill's own rules
        // (minimum bill, never more than the price) show in each dish's self-pay
        SubsidyDecision full = pricing.entitlement(context, senior, today, period, Channel.DINE_IN);
        List<PersonalMenu.Item> items = menu.items().stream()
                .map(dish -> item(
                        dish,
                        senior,
                        pricing.price(context, canteen, senior, today, period, Channel.DINE_IN, dish.price())))
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
                        full.tierCode(),
                        full.subsidy(),
                        full.subsidised(),
                        full.reason(),
                        SubsidyNotice.minimumBill(full),
                        SubsidyNotice.zh(full),
                        SubsidyNotice.en(full),
                        full.shares()),
                items,
                // delivery is not ordered at the kiosk, so its notice would only puzzle
                senior.consentNotices().stream()
                        .filter(notice -> notice.scope() != ConsentScope.DELIVERY_ADDRESS)
                        .toList());
    }

    private PersonalMenu.Item item(MenuItemView dish, SeniorProfile senior, OrderPricing.Priced alone) {
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
}
