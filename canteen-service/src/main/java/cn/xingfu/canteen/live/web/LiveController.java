package cn.xingfu.canteen.live.web;

import cn.xingfu.canteen.live.BoardEntry;
import cn.xingfu.canteen.live.LiveSettings;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the kitchen display and the pickup board load before they subscribe, and the catch-up after a
 * reconnect. Every answer carries {@code asOf}: the instant to pass as {@code since} next time (taken
 * before reading, so nothing falls between two calls; repeats are dropped by version).
 */
@RestController
@Tag(name = "Live", description = "Snapshots for the kitchen display and pickup board; STOMP catch-up")
class LiveController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<OrderStatus> OPEN =
            EnumSet.of(OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.READY);

    private final OrderQueries orders;
    private final LiveSettings settings;
    private final Clock clock;

    LiveController(OrderQueries orders, LiveSettings settings, Clock clock) {
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/live/me")
    @Operation(summary = "Who is signed in, today's service date and the kitchen's waiting-time thresholds")
    Session me(Actor actor) {
        Instant now = clock.instant();
        return new Session(
                actor.id(),
                actor.username(),
                actor.role(),
                actor.canteenId(),
                LocalDate.ofInstant(now, CHINA),
                now,
                settings.kitchen().amberAfter().toMinutes(),
                settings.kitchen().redAfter().toMinutes());
    }

    @GetMapping("/api/live/canteens/{canteenId}/kitchen")
    @Operation(summary = "Today's open orders of a canteen (placed, preparing, ready), oldest first")
    Changes kitchen(@PathVariable long canteenId, Actor actor) {
        actor.requireStaff();
        Instant asOf = clock.instant();
        return new Changes(asOf, orders.forCanteen(canteenId, LocalDate.ofInstant(asOf, CHINA), null, OPEN, actor));
    }

    @GetMapping("/api/live/canteens/{canteenId}/orders")
    @Operation(summary = "Snapshots of the canteen's orders changed since the given instant (catch-up)")
    Changes changes(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            Actor actor) {
        actor.requireStaff();
        Instant asOf = clock.instant();
        return new Changes(asOf, orders.changedSince(since, canteenId, actor));
    }

    @GetMapping("/api/live/canteens/{canteenId}/board")
    @Operation(summary = "Order numbers being prepared or ready today, for the pickup board (no personal data)")
    Board board(@PathVariable long canteenId, Actor actor) {
        actor.requireStaff();
        Instant asOf = clock.instant();
        List<BoardEntry> entries =
                orders.forCanteen(canteenId, LocalDate.ofInstant(asOf, CHINA), null, OPEN, actor).stream()
                        .filter(BoardEntry::belongsOnBoard)
                        .map(BoardEntry::of)
                        .toList();
        return new Board(asOf, entries);
    }

    record Session(
            long accountId,
            String username,
            Role role,
            @Nullable Long canteenId,
            LocalDate serviceDate,
            Instant now,
            long amberAfterMinutes,
            long redAfterMinutes) {}

    record Changes(Instant asOf, List<OrderView> orders) {}

    record Board(Instant asOf, List<BoardEntry> entries) {}
}
