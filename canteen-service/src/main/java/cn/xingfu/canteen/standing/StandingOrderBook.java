package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.OrderWithdrawal;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking and ending standing orders, and recording pauses, by staff of the senior's home canteen on the senior's
 * behalf; plus the system's own pauses (care-institution stays) and stops (death, moving away).
 */
@Service
public class StandingOrderBook {

    private final StandingOrders standing;
    private final Pauses pauses;
    private final StandingRuns runs;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;
    private final OrderWithdrawal withdrawal;
    private final Clock clock;

    StandingOrderBook(
            StandingOrders standing,
            Pauses pauses,
            StandingRuns runs,
            SeniorDirectory seniors,
            CanteenDirectory canteens,
            OrderWithdrawal withdrawal,
            Clock clock) {
        this.standing = standing;
        this.pauses = pauses;
        this.runs = runs;
        this.seniors = seniors;
        this.canteens = canteens;
        this.withdrawal = withdrawal;
        this.clock = clock;
    }

    /** A standing order to book: one meal, the weekdays, one dish of each category. */
    public record Booking(
            MealPeriod period,
            Channel channel,
            PaymentMethod payment,
            Set<DayOfWeek> weekdays,
            List<String> categories,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    /**
     * Books a standing order at the senior's home canteen. @throws DomainException SENIOR_NOT_ACTIVE,
     * MEAL_NOT_SERVED, STANDING_ORDER_EXISTS (one per meal), WEEKDAYS_REQUIRED, CATEGORIES_INVALID
     */
    @Transactional
    public StandingOrderView book(long seniorId, Booking booking, Actor actor) {
        SeniorProfile senior = ownSenior(seniorId, actor);
        if (senior.lifecycle() != Lifecycle.ACTIVE) {
            throw DomainException.rejected("SENIOR_NOT_ACTIVE", "该长者当前不能订餐", "This senior cannot order at present");
        }
        canteens.window(senior.homeCanteenId(), booking.period());
        boolean exists =
                standing.ofSenior(seniorId).stream().anyMatch(s -> s.active() && s.period() == booking.period());
        if (exists) {
            throw DomainException.conflict(
                    "STANDING_ORDER_EXISTS",
                    "该长者这一餐已有长期订餐，请先结束原来的",
                    "This senior already has a standing order for this meal; end it first");
        }
        LocalDate today = today();
        LocalDate starts = booking.startsOn() == null ? today : booking.startsOn();
        if (starts.isBefore(today)) {
            throw DomainException.invalid("STARTS_IN_PAST", "开始日期不能早于今天", "A standing order cannot start in the past");
        }
        StandingOrder order = new StandingOrder(
                Ids.next(),
                seniorId,
                senior.homeCanteenId(),
                new StandingOrder.Booking(
                        booking.period(),
                        booking.channel(),
                        booking.payment(),
                        booking.weekdays(),
                        booking.categories(),
                        starts,
                        booking.endsOn()),
                clock.instant(),
                actor.username());
        return standing.saveAndFlush(order).toView(senior.maskedName());
    }

    /** Ends a standing order; orders already generated stay (cancel them like any order). */
    @Transactional
    public StandingOrderView end(long standingOrderId, String reason, Actor actor) {
        StandingOrder order = standing.findById(standingOrderId).orElseThrow(StandingOrderBook::notFound);
        SeniorProfile senior = ownSenior(order.seniorId(), actor);
        order.end(reason == null || reason.isBlank() ? "ended by " + actor.username() : reason.trim(), clock.instant());
        return standing.saveAndFlush(order).toView(senior.maskedName());
    }

    @Transactional(readOnly = true)
    public List<StandingOrderView> ofCanteen(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return views(standing.ofCanteen(canteenId));
    }

    @Transactional(readOnly = true)
    public List<StandingOrderView> ofSenior(long seniorId, Actor actor) {
        ownSenior(seniorId, actor);
        return views(standing.ofSenior(seniorId));
    }

    /**
     * Records that the senior is away (both dates inclusive; no end = until staff end it) and cancels, with refunds,
     * the orders already placed for those days from today on. @throws DomainException PAUSE_DATES_INVALID
     */
    @Transactional
    public PauseOutcome pause(
            long seniorId,
            LocalDate from,
            @Nullable LocalDate to,
            PauseReason reason,
            @Nullable String note,
            Actor actor) {
        ownSenior(seniorId, actor);
        if (reason == PauseReason.CARE_ADMISSION) {
            throw DomainException.invalid(
                    "PAUSE_REASON_RESERVED",
                    "入住养老机构由养老机构系统通知，无需手工登记",
                    "Care-institution stays are reported by the care-facility service");
        }
        if (note != null && note.length() > 200) {
            throw DomainException.invalid("NOTE_TOO_LONG", "备注不能超过 200 字", "The note must not exceed 200 characters");
        }
        Pause pause = new Pause(
                Ids.next(),
                seniorId,
                from,
                to,
                reason,
                note,
                PauseSource.STAFF,
                null,
                clock.instant(),
                actor.username());
        pauses.saveAndFlush(pause);
        return withdrawFor(pause, "pause: " + reason.zh() + " " + reason.en(), "pause:" + actor.username());
    }

    /** The senior is back: {@code lastDay} is the last day away. */
    @Transactional
    public Absence endPause(long pauseId, LocalDate lastDay, Actor actor) {
        Pause pause = pauses.findById(pauseId)
                .orElseThrow(() -> DomainException.notFound("PAUSE_NOT_FOUND", "找不到该暂停记录", "No such pause"));
        ownSenior(pause.seniorId(), actor);
        if (pause.source() == PauseSource.CARE_FACILITY) {
            throw DomainException.rejected(
                    "PAUSE_FROM_CARE_FACILITY",
                    "该暂停来自养老机构的入住记录，出院后会自动结束",
                    "This pause comes from a care-institution stay and ends when the facility reports the discharge");
        }
        pause.endOn(lastDay, clock.instant());
        return pauses.saveAndFlush(pause).toAbsence();
    }

    @Transactional(readOnly = true)
    public List<Absence> pauses(long seniorId, Actor actor) {
        ownSenior(seniorId, actor);
        return pauses.findBySeniorIdOrderByStartsOnDesc(seniorId).stream()
                .map(Pause::toAbsence)
                .toList();
    }

    /**
     * A care institution admitted the senior on {@code admittedOn}: an open pause (idempotent per stay reference)
     * that cancels the orders already placed from that day on.
     */
    @Transactional
    public PauseOutcome careAdmission(long seniorId, String stayRef, LocalDate admittedOn, String facilityName) {
        Optional<Pause> known = pauses.findBySourceAndSourceRef(PauseSource.CARE_FACILITY, stayRef);
        if (known.isPresent()) {
            return new PauseOutcome(known.get().toAbsence(), List.of(), List.of());
        }
        String note = facilityName.length() > 200 ? facilityName.substring(0, 200) : facilityName;
        Pause pause = new Pause(
                Ids.next(),
                seniorId,
                admittedOn,
                null,
                PauseReason.CARE_ADMISSION,
                note,
                PauseSource.CARE_FACILITY,
                stayRef,
                clock.instant(),
                "system:care-facility");
        pauses.saveAndFlush(pause);
        return withdrawFor(pause, "admitted to a care institution 入住养老机构", "system:care-facility");
    }

    /** The stay ended (discharge on {@code lastDay}); unknown stays are ignored. */
    @Transactional
    public Optional<Absence> careDischarge(String stayRef, LocalDate lastDay) {
        return pauses.findBySourceAndSourceRef(PauseSource.CARE_FACILITY, stayRef)
                .map(pause -> {
                    pause.endOn(lastDay.isBefore(pause.startsOn()) ? pause.startsOn() : lastDay, clock.instant());
                    return pauses.saveAndFlush(pause).toAbsence();
                });
    }

    /** The senior died or moved away: every standing order ends. Returns how many were active. */
    @Transactional
    public int stopAll(long seniorId, String reason) {
        Instant now = clock.instant();
        int ended = 0;
        for (StandingOrder order : standing.ofSenior(seniorId)) {
            if (order.active()) {
                order.end(reason, now);
                ended++;
            }
        }
        standing.flush();
        return ended;
    }

    /** The runs of a canteen's day (optionally one meal): what was generated and what failed. */
    @Transactional(readOnly = true)
    public List<RunView> runs(long canteenId, LocalDate date, @Nullable MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return runs.ofDay(canteenId, date, period);
    }

    /** Failed slots from {@code from} on, for staff to call the seniors. */
    @Transactional(readOnly = true)
    public List<RunView> failures(long canteenId, LocalDate from, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return runs.failuresFrom(canteenId, from);
    }

    private PauseOutcome withdrawFor(Pause pause, String reason, String by) {
        LocalDate today = today();
        LocalDate from = pause.startsOn().isBefore(today) ? today : pause.startsOn();
        if (pause.endsOn() != null && pause.endsOn().isBefore(from)) {
            return new PauseOutcome(pause.toAbsence(), List.of(), List.of());
        }
        OrderWithdrawal.Result result = withdrawal.cancelSenior(pause.seniorId(), from, pause.endsOn(), reason, by);
        return new PauseOutcome(pause.toAbsence(), result.cancelled(), result.alreadyInKitchen());
    }

    private List<StandingOrderView> views(List<StandingOrder> orders) {
        Collection<Long> ids = orders.stream().map(StandingOrder::seniorId).collect(Collectors.toSet());
        Map<Long, String> names = seniors.profiles(ids).stream()
                .collect(Collectors.toMap(SeniorProfile::id, SeniorProfile::maskedName, (a, b) -> a));
        Function<StandingOrder, StandingOrderView> view = o -> o.toView(names.getOrDefault(o.seniorId(), "—"));
        return orders.stream().map(view).toList();
    }

    private SeniorProfile ownSenior(long seniorId, Actor actor) {
        actor.requireStaff();
        SeniorProfile senior = seniors.profile(seniorId);
        actor.requireCanteen(senior.homeCanteenId());
        return senior;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CanteenDirectory.ZONE));
    }

    static DomainException notFound() {
        return DomainException.notFound("STANDING_ORDER_NOT_FOUND", "找不到该长期订餐", "No such standing order");
    }
}
