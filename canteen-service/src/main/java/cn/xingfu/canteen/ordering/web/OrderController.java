package cn.xingfu.canteen.ordering.web;

import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.ordering.PlacedOrder;
import cn.xingfu.canteen.ordering.Quote;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders", description = "Place, price, read and advance meal orders")
class OrderController {

    private final OrderPlacement placement;
    private final OrderProgress progress;
    private final OrderQueries queries;
    private final SeniorDirectory seniors;

    OrderController(OrderPlacement placement, OrderProgress progress, OrderQueries queries, SeniorDirectory seniors) {
        this.placement = placement;
        this.progress = progress;
        this.queries = queries;
        this.seniors = seniors;
    }

    @PostMapping("/api/orders")
    @Operation(
            summary = "Place an order",
            description = "201 when created; 200 with the same order when the Idempotency-Key was seen before")
    ResponseEntity<OrderResponse> place(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,64}") String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request,
            Actor actor) {
        PlacedOrder placed = placement.place(request.toCommand(), idempotencyKey, actor);
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new OrderResponse(placed.order(), placed.warnings()));
    }

    @PostMapping("/api/orders/quote")
    @Operation(summary = "Price an order without placing it: gross, subsidy, self-pay and dietary warnings")
    Quote quote(@Valid @RequestBody PlaceOrderRequest request, Actor actor) {
        return placement.quote(request.toCommand(), actor);
    }

    @GetMapping("/api/orders/{orderId}")
    OrderView get(@PathVariable long orderId, Actor actor) {
        return queries.get(orderId, actor);
    }

    @PostMapping("/api/orders/{orderId}/transitions")
    @Operation(summary = "Move an order on: PREPARING, READY, SERVED, PICKED_UP, OUT_FOR_DELIVERY, DELIVERED, FAILED")
    OrderView advance(@PathVariable long orderId, @Valid @RequestBody TransitionRequest request, Actor actor) {
        return progress.advance(orderId, request.to(), request.note(), actor);
    }

    @PostMapping("/api/orders/{orderId}/cancel")
    @Operation(summary = "Cancel before preparation; refunds the wallet and returns the portions")
    OrderView cancel(
            @PathVariable long orderId,
            @Valid @RequestBody(required = false) @Nullable NoteRequest request,
            Actor actor) {
        return progress.cancel(orderId, request == null ? null : request.note(), actor);
    }

    @PostMapping("/api/orders/{orderId}/recall")
    @Operation(
            summary = "Undo a kitchen or counter step tapped by mistake",
            description = "READY goes back to PREPARING; SERVED or PICKED_UP back to READY within 15 minutes")
    OrderView recall(@PathVariable long orderId, Actor actor) {
        return progress.recall(orderId, actor);
    }

    @PostMapping("/api/orders/{orderId}/cash-payment")
    @Operation(summary = "Staff confirm the self-pay part was paid in cash at the counter")
    OrderView confirmCash(@PathVariable long orderId, Actor actor) {
        return progress.confirmCash(orderId, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/orders")
    @Operation(summary = "Orders of a canteen for a day, optionally one meal period and some statuses")
    List<OrderView> forCanteen(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable MealPeriod period,
            @RequestParam(required = false) @Nullable Set<OrderStatus> status,
            Actor actor) {
        return queries.forCanteen(canteenId, date, period, status == null ? Set.of() : status, actor);
    }

    @GetMapping("/api/seniors/{seniorId}/orders")
    List<OrderView> forSenior(@PathVariable long seniorId, Actor actor) {
        return queries.forSenior(seniorId, seniors.profile(seniorId).homeCanteenId(), actor);
    }

    record TransitionRequest(
            @NotNull OrderStatus to,
            @Size(max = 200) @Nullable String note) {}

    record NoteRequest(@Size(max = 200) @Nullable String note) {}
}
