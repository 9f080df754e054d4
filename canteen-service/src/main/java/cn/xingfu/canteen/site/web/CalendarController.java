package cn.xingfu.canteen.site.web;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.ClosureNotice;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.canteen.site.ServiceDay;
import cn.xingfu.kernel.DomainException;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A canteen's service calendar: weekly rest days, closures and make-up working days. */
@RestController
@RequestMapping("/api/canteens/{canteenId}/calendar")
@Tag(name = "Service calendar", description = "Closure days (holidays) and make-up working days per canteen")
class CalendarController {

    private final ServiceCalendar calendar;

    CalendarController(ServiceCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "Every day of a range (default: the next 31 days) with whether meals are served")
    Calendar days(
            @PathVariable long canteenId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        actor.requireStaff();
        LocalDate start = from != null ? from : LocalDate.now(cn.xingfu.canteen.site.CanteenDirectory.ZONE);
        LocalDate end = to != null ? to : start.plusDays(30);
        return new Calendar(calendar.openDays(canteenId), calendar.days(canteenId, start, end));
    }

    @PutMapping("/open-days")
    @Operation(summary = "The weekdays the canteen normally serves (manager)")
    Set<DayOfWeek> openDays(@PathVariable long canteenId, @Valid @RequestBody OpenDays request, Actor actor) {
        return calendar.setOpenDays(canteenId, request.days(), actor);
    }

    @PutMapping("/{date}")
    @Operation(summary = "Declare a closure (CLOSED) or a make-up working day (MAKE_UP) (manager)")
    ServiceDay declare(
            @PathVariable long canteenId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody Declaration request,
            Actor actor) {
        return switch (request.kind()) {
            case CLOSED -> calendar.close(canteenId, date, request.reasonZh(), request.reasonEn(), actor);
            case MAKE_UP -> {
                if (request.servesAs() == null) {
                    throw DomainException.invalid(
                            "SERVES_AS_REQUIRED", "调休工作日须注明按星期几供餐", "Say which weekday the make-up day serves as");
                }
                yield calendar.makeUp(
                        canteenId, date, request.servesAs(), request.reasonZh(), request.reasonEn(), actor);
            }
            default ->
                throw DomainException.invalid(
                        "CALENDAR_KIND_INVALID", "只能设为休息日或调休工作日", "Declare CLOSED or MAKE_UP only");
        };
    }

    @DeleteMapping("/{date}")
    @Operation(summary = "Remove a closure or make-up day (manager)")
    ServiceDay clear(
            @PathVariable long canteenId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        return calendar.clear(canteenId, date, actor);
    }

    @GetMapping("/{date}/notice")
    @Operation(summary = "The closure notice for a date (204 when meals are served)")
    ResponseEntity<ClosureNotice> notice(
            @PathVariable long canteenId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        ClosureNotice notice = calendar.notice(canteenId, date);
        return notice == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(notice);
    }

    record Calendar(Set<DayOfWeek> openDays, List<ServiceDay> days) {}

    record OpenDays(@NotNull Set<DayOfWeek> days) {}

    record Declaration(
            @NotNull ServiceDay.Kind kind,
            @Nullable DayOfWeek servesAs,
            @NotNull @Size(max = 100) String reasonZh,
            @NotNull @Size(max = 100) String reasonEn) {}
}
