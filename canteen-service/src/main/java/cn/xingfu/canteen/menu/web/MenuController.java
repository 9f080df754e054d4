package cn.xingfu.canteen.menu.web;

import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuChangeEntry;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.menu.Portions;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Menus of a canteen. Kiosks and volunteers read the published menu of their canteen; staff also see
 * drafts; managers plan, publish and copy weeks; staff mark dishes sold out or back in stock.
 */
@RestController
class MenuController {

    private final MenuCatalog catalog;
    private final MenuPlanning planning;
    private final Portions portions;

    MenuController(MenuCatalog catalog, MenuPlanning planning, Portions portions) {
        this.catalog = catalog;
        this.planning = planning;
        this.portions = portions;
    }

    @GetMapping("/api/canteens/{canteenId}/menus")
    DailyMenuView menu(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MealPeriod period,
            Actor actor) {
        actor.requireCanteen(canteenId);
        return actor.isStaff() ? planning.planned(canteenId, date, period) : catalog.menu(canteenId, date, period);
    }

    @PutMapping("/api/canteens/{canteenId}/menus/items")
    MenuItemView putItem(@PathVariable long canteenId, @Valid @RequestBody ItemBody body, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        return planning.putItem(
                canteenId,
                new MenuPlanning.ItemRequest(
                        body.serviceDate(), body.period(), body.dishId(), body.portions(), body.price()),
                actor);
    }

    @PostMapping("/api/canteens/{canteenId}/menus/publish-week")
    MenuPlanning.PublishResult publishWeek(
            @PathVariable long canteenId, @Valid @RequestBody WeekBody body, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        return planning.publishWeek(canteenId, body.weekStart(), actor);
    }

    @PostMapping("/api/canteens/{canteenId}/menus/copy-week")
    @ResponseStatus(HttpStatus.CREATED)
    MenuPlanning.CopyResult copyWeek(@PathVariable long canteenId, @Valid @RequestBody CopyBody body, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        return planning.copyWeek(canteenId, body.fromWeekStart(), body.toWeekStart(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/menus/changes")
    List<MenuChangeEntry> changes(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return planning.changes(canteenId, from, to);
    }

    @GetMapping("/api/menu-items/{id}")
    MenuItemView item(@PathVariable long id, Actor actor) {
        MenuItemView item = catalog.item(id);
        actor.requireCanteen(item.canteenId());
        return item;
    }

    @DeleteMapping("/api/menu-items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(catalog.item(id).canteenId());
        planning.removeItem(id, actor);
    }

    @PutMapping("/api/menu-items/{id}/portions")
    MenuItemView setPortions(@PathVariable long id, @Valid @RequestBody PortionsBody body, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(catalog.item(id).canteenId());
        return portions.setPortions(id, body.portions(), actor);
    }

    @PostMapping("/api/menu-items/{id}/sold-out")
    MenuItemView soldOut(@PathVariable long id, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(catalog.item(id).canteenId());
        return portions.soldOut(id, actor);
    }

    @PostMapping("/api/menu-items/{id}/available")
    MenuItemView available(@PathVariable long id, @Valid @RequestBody PortionsBody body, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(catalog.item(id).canteenId());
        return portions.backInStock(id, body.portions(), actor);
    }

    record ItemBody(
            @NotNull LocalDate serviceDate,
            @NotNull MealPeriod period,
            @NotNull Long dishId,
            @NotNull @Min(0) Integer portions,

            @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal price) {}

    record WeekBody(@NotNull LocalDate weekStart) {}

    record CopyBody(
            @NotNull LocalDate fromWeekStart, @NotNull LocalDate toWeekStart) {}

    record PortionsBody(@NotNull @Min(0) Integer portions) {}
}
