package cn.xingfu.canteen.ordering.web;

import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.ordering.OrderableMeal;
import cn.xingfu.canteen.ordering.PersonalMenu;
import cn.xingfu.canteen.ordering.PersonalMenus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.ClosureNotice;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.kernel.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a kiosk device needs: who it is, the scan-to-menu step, live availability and catch-up. */
@RestController
@Tag(name = "Kiosk", description = "Endpoints for self-service kiosks (HTTP Basic with the device credentials)")
class KioskController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PersonalMenus personalMenus;
    private final CanteenDirectory canteens;
    private final MenuCatalog menus;
    private final OrderQueries orders;
    private final ServiceCalendar calendar;
    private final Clock clock;

    KioskController(
            PersonalMenus personalMenus,
            CanteenDirectory canteens,
            MenuCatalog menus,
            OrderQueries orders,
            ServiceCalendar calendar,
            Clock clock) {
        this.personalMenus = personalMenus;
        this.canteens = canteens;
        this.menus = menus;
        this.orders = orders;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/kiosk/me")
    KioskInfo me(Actor actor) {
        CanteenView canteen = canteens.canteen(boundCanteen(actor));
        Instant now = clock.instant();
        var meal = OrderableMeal.next(canteen, Channel.DINE_IN, now);
        LocalDate serviceDate = meal.map(OrderableMeal::serviceDate).orElse(LocalDate.ofInstant(now, CHINA));
        return new KioskInfo(
                actor.id(),
                actor.username(),
                canteen.id(),
                canteen.name(),
                serviceDate,
                meal.map(OrderableMeal::period).orElse(null),
                calendar.notice(canteen.id(), serviceDate));
    }

    @PostMapping("/api/kiosk/scan")
    @Operation(summary = "Scan a card: the senior's masked name and the current meal at their own price")
    PersonalMenu scan(@Valid @RequestBody ScanRequest request, Actor actor) {
        long canteenId = boundCanteen(actor);
        OrderableMeal.next(canteens.canteen(canteenId), Channel.DINE_IN, clock.instant())
                .map(meal -> calendar.notice(canteenId, meal.serviceDate()))
                .ifPresent(notice -> {
                    throw closed(notice);
                });
        return personalMenus.afterScan(request.qr(), actor);
    }

    @GetMapping("/api/kiosk/menu")
    @Operation(summary = "Portions left of the current meal's dishes, to refresh sold-out marks")
    MenuAvailability menu(Actor actor) {
        long canteenId = boundCanteen(actor);
        Instant now = clock.instant();
        var meal = OrderableMeal.next(canteens.canteen(canteenId), Channel.DINE_IN, now);
        if (meal.isEmpty()) {
            return new MenuAvailability(canteenId, LocalDate.ofInstant(now, CHINA), null, List.of(), null);
        }
        return new MenuAvailability(
                canteenId,
                meal.get().serviceDate(),
                meal.get().period(),
                menus.menu(canteenId, meal.get().serviceDate(), meal.get().period()).items().stream()
                        .map(item -> new MenuAvailability.Item(item.menuItemId(), item.portionsLeft(), item.soldOut()))
                        .toList(),
                calendar.notice(canteenId, meal.get().serviceDate()));
    }

    /** A scan on a day without meals: the kiosk shows the notice's words instead of a menu. */
    private static DomainException closed(ClosureNotice notice) {
        return new DomainException(
                DomainException.Kind.REJECTED,
                "CANTEEN_CLOSED_ON_DATE",
                notice.messageZh(),
                notice.messageEn(),
                Map.of("closure", notice));
    }

    @GetMapping("/api/kiosk/orders")
    @Operation(summary = "Snapshots of this kiosk's orders changed since the given instant (catch-up)")
    Changes changes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since, Actor actor) {
        Instant asOf = clock.instant();
        return new Changes(asOf, orders.changedSince(since, null, actor));
    }

    private static long boundCanteen(Actor actor) {
        if (actor.canteenId() == null) {
            throw DomainException.forbidden("NO_CANTEEN", "账号未绑定食堂", "This account is not bound to a canteen");
        }
        return actor.canteenId();
    }

    /** {@code closure} is set when the canteen serves no meals on {@code serviceDate}: the kiosk shows its message. */
    record KioskInfo(
            long kioskId,
            String username,
            long canteenId,
            String canteenName,
            LocalDate serviceDate,
            @Nullable MealPeriod period,
            @Nullable ClosureNotice closure) {}

    record ScanRequest(@NotBlank @Size(max = 512) String qr) {}

    /** {@code closure} is set when the canteen serves no meals on {@code serviceDate}; show its message. */
    record MenuAvailability(
            long canteenId,
            LocalDate serviceDate,
            @Nullable MealPeriod period,
            List<Item> items,
            @Nullable ClosureNotice closure) {

        record Item(long menuItemId, int portionsLeft, boolean soldOut) {}
    }

    record Changes(Instant asOf, List<OrderView> orders) {}
}
