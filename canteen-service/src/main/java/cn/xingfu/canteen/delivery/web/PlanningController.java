package cn.xingfu.canteen.delivery.web;

import cn.xingfu.canteen.delivery.PlanView;
import cn.xingfu.canteen.delivery.RoundPlanning;
import cn.xingfu.canteen.delivery.RoutePrints;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Delivery planning", description = "Plan rounds in the background, adjust by hand, print sheets and labels")
class PlanningController {

    private final RoundPlanning planning;
    private final RoutePrints prints;

    PlanningController(RoundPlanning planning, RoutePrints prints) {
        this.planning = planning;
        this.prints = prints;
    }

    @PostMapping("/api/delivery/plans")
    @Operation(summary = "Start (or restart) planning; 202 at once, then poll GET /api/delivery/plans/{planId}")
    ResponseEntity<PlanView> plan(@Valid @RequestBody PlanRequest request, Actor actor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(planning.plan(request.canteenId(), request.date(), request.period(), actor));
    }

    @GetMapping("/api/delivery/plans/{planId}")
    PlanView get(@PathVariable long planId, Actor actor) {
        return planning.get(planId, actor);
    }

    @GetMapping("/api/delivery/plans")
    ResponseEntity<PlanView> find(
            @RequestParam long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MealPeriod period,
            Actor actor) {
        PlanView plan = planning.find(canteenId, date, period, actor);
        return plan == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(plan);
    }

    @PostMapping("/api/delivery/plans/{planId}/stops/{stopId}/move")
    @Operation(summary = "Move a waiting stop to a position of a round (roundId null: unassign)")
    PlanView move(
            @PathVariable long planId,
            @PathVariable long stopId,
            @Valid @RequestBody MoveRequest request,
            Actor actor) {
        return planning.moveStop(planId, stopId, request.roundId(), request.position(), actor);
    }

    @PostMapping("/api/delivery/plans/{planId}/swap")
    @Operation(summary = "Swap the volunteers of two rounds that are not picked up yet")
    PlanView swap(@PathVariable long planId, @Valid @RequestBody SwapRequest request, Actor actor) {
        return planning.swapVolunteers(planId, request.roundA(), request.roundB(), actor);
    }

    @PostMapping("/api/delivery/rounds/{roundId}/no-show")
    @Operation(summary = "The volunteer did not come: the stops go back to planning and re-planning starts")
    ResponseEntity<PlanView> noShow(@PathVariable long roundId, Actor actor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(planning.noShow(roundId, actor));
    }

    @GetMapping("/api/delivery/plans/{planId}/route-sheets.pdf")
    ResponseEntity<byte[]> routeSheets(@PathVariable long planId, Actor actor) {
        return pdf(prints.routeSheets(planId, actor), "route-sheets-" + planId + ".pdf");
    }

    @GetMapping("/api/delivery/plans/{planId}/labels.pdf")
    ResponseEntity<byte[]> labels(@PathVariable long planId, Actor actor) {
        return pdf(prints.labels(planId, actor), "meal-labels-" + planId + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    record PlanRequest(
            @NotNull Long canteenId,
            @NotNull LocalDate date,
            @NotNull MealPeriod period) {}

    record MoveRequest(@Nullable Long roundId, @Min(0) int position) {}

    record SwapRequest(@NotNull Long roundA, @NotNull Long roundB) {}
}
