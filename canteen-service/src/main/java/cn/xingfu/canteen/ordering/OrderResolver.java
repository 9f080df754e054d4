package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.ConsentScope;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.subsidy.SubsidyEngine;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PlaceOrder} into a {@link ResolvedOrder}: identifies the senior, picks canteen, date and
 * meal period, checks the ordering cut-off, the channel and every dish, and collects dietary warnings.
 * Everything here is read-only apart from the scan log the card check writes.
 */
@Component
class OrderResolver {

    static final int MAX_DISHES = 10;
    static final int MAX_PORTIONS_PER_DISH = 5;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CanteenDirectory canteens;
    private final CardVerification cards;
    private final SeniorDirectory seniors;
    private final MenuCatalog menus;
    private final SubsidyPolicies policies;
    private final SubsidyEngine engine;
    private final Clock clock;

    OrderResolver(
            CanteenDirectory canteens,
            CardVerification cards,
            SeniorDirectory seniors,
            MenuCatalog menus,
            SubsidyPolicies policies,
            SubsidyEngine engine,
            Clock clock) {
        this.canteens = canteens;
        this.cards = cards;
        this.seniors = seniors;
        this.menus = menus;
        this.policies = policies;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @param quote whether this is a quote: it refuses a sold-out dish here from fresh counters and records the card's
     *     scan at once (in the caller's transaction). Placing leaves the portions to the decrement at the end of the
     *     order's transaction, sparing the read of the hot row, and the accepted scan to the writer of the order.
     */
    ResolvedOrder resolve(PlaceOrder request, Actor actor, boolean quote) {
        requireSaneItems(request.items());
        CanteenView canteen = canteens.canteen(canteenOf(request, actor));
        if (!canteen.active()) {
            throw DomainException.rejected("CANTEEN_CLOSED", "该食堂已停止服务", "This canteen is not operating");
        }
        Identity identity = identify(request, actor, canteen.id(), quote);
        SeniorProfile senior = identity.senior();
        if (senior.lifecycle() != Lifecycle.ACTIVE) {
            throw DomainException.rejected(
                    "SENIOR_NOT_ACTIVE",
                    "该长者状态为「" + senior.lifecycle().zh() + "」，不能订餐",
                    "This senior is " + senior.lifecycle().name().toLowerCase().replace('_', ' ')
                            + " and cannot order");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        // the dishes say which meal is ordered; every dish must belong to the same one
        List<MenuItemView> dishes = request.items().stream()
                .map(line -> quote ? menus.item(line.menuItemId()) : menus.plannedItem(line.menuItemId()))
                .toList();
        LocalDate date = dishes.get(0).serviceDate();
        MealPeriod period = dishes.get(0).period();
        if ((request.serviceDate() != null && !request.serviceDate().equals(date))
                || (request.period() != null && request.period() != period)) {
            throw notOnMenu(dishes.get(0));
        }
        if (actor.isKiosk() && date.isAfter(today.plusDays(1))) {
            throw DomainException.rejected(
                    "ORDER_TOO_EARLY", "自助机只能预订今明两天的餐", "A kiosk takes orders for today and tomorrow only");
        }
        if (date.isBefore(today)) {
            throw DomainException.invalid("SERVICE_DATE_PAST", "不能为过去的日期订餐", "Cannot order for a past date");
        }
        Instant deadline = canteens.orderingDeadline(canteen.id(), date, period, request.channel());
        if (now.isAfter(deadline)) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "ORDERING_CLOSED",
                    "已过" + period.zh() + request.channel().zh() + "订餐截止时间",
                    "Ordering " + period.en().toLowerCase() + " for "
                            + request.channel().en().toLowerCase() + " has closed",
                    Map.of("deadline", deadline.toString()));
        }
        requireChannelAllowed(request.channel(), actor, canteen, senior, date);
        List<ResolvedOrder.Item> items = new ArrayList<>();
        List<DietaryWarning> warnings = new ArrayList<>();
        for (int i = 0; i < dishes.size(); i++) {
            PlaceOrder.Item line = request.items().get(i);
            MenuItemView dish = dishes.get(i);
            requireOnMenu(dish, canteen.id(), date, period);
            if (quote && dish.portionsLeft() < line.quantity()) {
                throw soldOut(dish);
            }
            items.add(new ResolvedOrder.Item(dish, line.quantity()));
            warnings.addAll(DietaryCheck.check(senior.dietary(), dish));
        }
        return new ResolvedOrder(
                canteen, senior, identity.card(), identity.method(), date, period, request.channel(), items, warnings);
    }

    static DomainException soldOut(MenuItemView dish) {
        return new DomainException(
                DomainException.Kind.CONFLICT,
                "SOLD_OUT",
                "「" + dish.name() + "」已售完",
                dish.nameEn() + " is sold out",
                Map.of("menuItemId", dish.menuItemId()));
    }

    /** The canteen an order is for: the account's own, or (district administrators) the one the request names. */
    long canteenOf(PlaceOrder request, Actor actor) {
        if (actor.isKiosk() || !actor.isDistrictAdmin()) {
            if (actor.canteenId() == null) {
                throw DomainException.forbidden("NO_CANTEEN", "账号未绑定食堂", "This account is not bound to a canteen");
            }
            if (request.canteenId() != null && !request.canteenId().equals(actor.canteenId())) {
                throw DomainException.forbidden(
                        "OUT_OF_CANTEEN_SCOPE", "只能为本食堂下单", "You may only order for your own canteen");
            }
            return actor.canteenId();
        }
        if (request.canteenId() == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say which canteen the order is for");
        }
        return request.canteenId();
    }

    private Identity identify(PlaceOrder request, Actor actor, long canteenId, boolean recordScanNow) {
        int given = (request.cardToken() != null ? 1 : 0)
                + (request.manualCode() != null ? 1 : 0)
                + (request.seniorId() != null ? 1 : 0);
        if (given != 1) {
            throw DomainException.invalid(
                    "IDENTITY_REQUIRED",
                    "请刷长者卡（或由工作人员核实身份）",
                    "Scan the senior card, type its code, or (staff) give the senior checked in person");
        }
        ScanContext context = new ScanContext(actor, canteenId);
        if (request.cardToken() != null) {
            VerifiedCard card = recordScanNow
                    ? cards.verify(request.cardToken(), context)
                    : cards.verifyForOrder(request.cardToken(), context);
            return new Identity(card.senior(), card, VerificationMethod.CARD_QR);
        }
        if (actor.isKiosk() || !actor.isStaff()) {
            throw DomainException.forbidden(
                    "CARD_REQUIRED", "自助机订餐需要刷长者卡", "Kiosk orders need the senior card to be scanned");
        }
        if (request.manualCode() != null) {
            VerifiedCard card = recordScanNow
                    ? cards.verifyManualCode(request.manualCode(), context)
                    : cards.verifyManualCodeForOrder(request.manualCode(), context);
            return new Identity(card.senior(), card, VerificationMethod.MANUAL_CODE);
        }
        SeniorProfile senior = seniors.profile(request.seniorId());
        if (!actor.mayActFor(senior.homeCanteenId())) {
            throw DomainException.forbidden(
                    "SENIOR_OUT_OF_SCOPE",
                    "该长者不在本食堂登记，请刷卡",
                    "This senior is registered at another canteen; scan the card instead");
        }
        return new Identity(senior, null, VerificationMethod.STAFF_CHECK);
    }

    private void requireChannelAllowed(
            Channel channel, Actor actor, CanteenView canteen, SeniorProfile senior, LocalDate date) {
        if (channel != Channel.DELIVERY) {
            return;
        }
        if (actor.isKiosk()) {
            throw DomainException.rejected(
                    "CHANNEL_NOT_AT_KIOSK",
                    "送餐上门请联系工作人员或电话预订",
                    "Delivery is ordered by staff or by phone, not at the kiosk");
        }
        var noAddressConsent = senior.consentNotice(ConsentScope.DELIVERY_ADDRESS);
        if (noAddressConsent.isPresent()) {
            throw SeniorDirectory.consentMissing(noAddressConsent.get());
        }
        var policy = policies.inForce(canteen.districtCode(), date);
        if (!engine.deliveryEligible(policy, senior.ageOn(date), senior.statusesOn(date))) {
            throw DomainException.rejected(
                    "DELIVERY_NOT_ELIGIBLE", "该长者不符合送餐上门条件", "This senior is not eligible for home delivery");
        }
    }

    private static void requireOnMenu(MenuItemView dish, long canteenId, LocalDate date, MealPeriod period) {
        if (dish.canteenId() != canteenId
                || !dish.serviceDate().equals(date)
                || dish.period() != period
                || !dish.published()) {
            throw notOnMenu(dish);
        }
    }

    private static DomainException notOnMenu(MenuItemView dish) {
        return new DomainException(
                DomainException.Kind.REJECTED,
                "NOT_ON_MENU",
                "「" + dish.name() + "」不在本餐的菜单上",
                dish.nameEn() + " is not on this meal's menu",
                Map.of("menuItemId", dish.menuItemId()));
    }

    private static void requireSaneItems(List<PlaceOrder.Item> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_DISHES) {
            throw DomainException.invalid(
                    "ITEMS_INVALID", "请选择 1 到 10 个菜", "Choose between 1 and " + MAX_DISHES + " dishes");
        }
        Set<Long> seen = new HashSet<>();
        for (PlaceOrder.Item item : items) {
            if (item.quantity() < 1 || item.quantity() > MAX_PORTIONS_PER_DISH) {
                throw DomainException.invalid(
                        "QUANTITY_INVALID",
                        "每个菜的份数须在 1 到 " + MAX_PORTIONS_PER_DISH + " 之间",
                        "Each dish's quantity must be between 1 and " + MAX_PORTIONS_PER_DISH);
            }
            if (!seen.add(item.menuItemId())) {
                throw DomainException.invalid(
                        "DUPLICATE_ITEM", "同一个菜请只选一次并填写份数", "List each dish once, with its quantity");
            }
        }
    }

    private record Identity(
            SeniorProfile senior,
            @org.jspecify.annotations.Nullable VerifiedCard card,
            VerificationMethod method) {}
}
