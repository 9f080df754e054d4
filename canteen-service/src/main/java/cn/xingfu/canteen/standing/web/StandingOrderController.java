package cn.xingfu.canteen.standing.web;

import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.standing.Absence;
import cn.xingfu.canteen.standing.GenerationReport;
import cn.xingfu.canteen.standing.PauseOutcome;
import cn.xingfu.canteen.standing.PauseReason;
import cn.xingfu.canteen.standing.RunView;
import cn.xingfu.canteen.standing.StandingOrderBook;
import cn.xingfu.canteen.standing.StandingOrderGenerator;
import cn.xingfu.canteen.standing.StandingOrderView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Standing orders",
        description = "Weekly default orders booked by staff for seniors, pauses, and what generation did")
class StandingOrderController {

    private final StandingOrderBook book;
    private final StandingOrderGenerator generator;

    StandingOrderController(StandingOrderBook book, StandingOrderGenerator generator) {
        this.book = book;
        this.generator = generator;
    }

    @PostMapping("/api/seniors/{seniorId}/standing-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a standing order for the senior (staff of the senior's canteen)")
    StandingOrderView book(@PathVariable long seniorId, @Valid @RequestBody BookingRequest request, Actor actor) {
        return book.book(
                seniorId,
                new StandingOrderBook.Booking(
                        request.period(),
                        request.channel(),
                        request.payment(),
                        request.weekdays(),
                        request.categories(),
                        request.startsOn(),
                        request.endsOn()),
                actor);
    }

    @GetMapping("/api/seniors/{seniorId}/standing-orders")
    List<StandingOrderView> ofSenior(@PathVariable long seniorId, Actor actor) {
        return book.ofSenior(seniorId, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/standing-orders")
    List<StandingOrderView> ofCanteen(@PathVariable long canteenId, Actor actor) {
        return book.ofCanteen(canteenId, actor);
    }

    @PostMapping("/api/standing-orders/{id}/end")
    @Operation(summary = "End a standing order (orders already generated stay)")
    StandingOrderView end(
            @PathVariable long id, @Valid @RequestBody(required = false) @Nullable Reason reason, Actor actor) {
        return book.end(id, reason == null || reason.reason() == null ? "" : reason.reason(), actor);
    }

    @PostMapping("/api/seniors/{seniorId}/pauses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record that the senior is away; orders already placed for those days are cancelled and refunded")
    PauseOutcome pause(@PathVariable long seniorId, @Valid @RequestBody PauseRequest request, Actor actor) {
        return book.pause(seniorId, request.from(), request.to(), request.reason(), request.note(), actor);
    }

    @GetMapping("/api/seniors/{seniorId}/pauses")
    List<Absence> pauses(@PathVariable long seniorId, Actor actor) {
        return book.pauses(seniorId, actor);
    }

    @PostMapping("/api/pauses/{pauseId}/end")
    @Operation(summary = "The senior is back; lastDay is the last day away")
    Absence endPause(@PathVariable long pauseId, @Valid @RequestBody EndPause request, Actor actor) {
        return book.endPause(pauseId, request.lastDay(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/standing-orders/runs")
    @Operation(summary = "What generation did for a day: placed orders and failures with their reasons")
    List<RunView> runs(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable MealPeriod period,
            Actor actor) {
        return book.runs(canteenId, date, period, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/standing-orders/failures")
    @Operation(summary = "Failed standing-order slots from a date on (default today), for staff to call the seniors")
    List<RunView> failures(
            @PathVariable long canteenId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            Actor actor) {
        return book.failures(
                canteenId, from != null ? from : LocalDate.now(cn.xingfu.canteen.site.CanteenDirectory.ZONE), actor);
    }

    @PostMapping("/api/canteens/{canteenId}/standing-orders/generate")
    @Operation(summary = "Generate now for one date (manager); safe to repeat: each slot is placed once")
    GenerationReport generate(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        return generator.generate(canteenId, date);
    }

    record BookingRequest(
            @NotNull MealPeriod period,
            @NotNull Channel channel,
            @NotNull PaymentMethod payment,
            @NotNull @Size(min = 1, max = 7) Set<DayOfWeek> weekdays,
            @NotNull @Size(min = 1, max = 5) List<String> categories,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    record Reason(@Nullable @Size(max = 200) String reason) {}

    record PauseRequest(
            @NotNull LocalDate from,
            @Nullable LocalDate to,
            @NotNull PauseReason reason,
            @Nullable @Size(max = 200) String note) {}

    record EndPause(@NotNull LocalDate lastDay) {}
}
