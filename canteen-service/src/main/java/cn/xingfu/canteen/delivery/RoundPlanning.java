package cn.xingfu.canteen.delivery;

import ai.timefold.solver.core.api.solver.SolverManager;
import cn.xingfu.canteen.delivery.planning.GeoPoint;
import cn.xingfu.canteen.delivery.planning.NearestNeighbour;
import cn.xingfu.canteen.delivery.planning.Round;
import cn.xingfu.canteen.delivery.planning.RoutePlan;
import cn.xingfu.canteen.delivery.planning.RouteRules;
import cn.xingfu.canteen.delivery.planning.Stop;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.delivery.planning.TravelMatrix;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import cn.xingfu.canteen.delivery.planning.TripSchedule;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.DomainException;
import cn.xingfu.canteen.shared.Ids;
import cn.xingfu.canteen.shared.Masking;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans the delivery rounds of a canteen's meal in the background (Timefold), shows progress, and lets the planner
 * move a stop, swap volunteers or send a no-show volunteer's stops back to planning. Rounds already picked up are
 * pinned: re-planning never changes them.
 */
@Service
public class RoundPlanning {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(RoundPlanning.class);

    private final DeliveryPlans plans;
    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final VolunteerRegistry registry;
    private final Volunteers volunteers;
    private final OrderQueries orders;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;
    private final TravelTimes travelTimes;
    private final RoundTimetable timetable;
    private final SolverManager<RoutePlan, Long> solverManager;
    private final DeliveryProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

    RoundPlanning(
            DeliveryPlans plans,
            DeliveryRounds rounds,
            DeliveryStops stops,
            VolunteerRegistry registry,
            Volunteers volunteers,
            OrderQueries orders,
            SeniorDirectory seniors,
            CanteenDirectory canteens,
            TravelTimes travelTimes,
            RoundTimetable timetable,
            SolverManager<RoutePlan, Long> solverManager,
            DeliveryProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.plans = plans;
        this.rounds = rounds;
        this.stops = stops;
        this.registry = registry;
        this.volunteers = volunteers;
        this.orders = orders;
        this.seniors = seniors;
        this.canteens = canteens;
        this.travelTimes = travelTimes;
        this.timetable = timetable;
        this.solverManager = solverManager;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Starts (or restarts) planning in the background and returns at once; poll {@link #get} for progress. */
    public PlanView plan(long canteenId, LocalDate date, MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        long planId = start(canteenId, date, period);
        return view(planId);
    }

    public PlanView get(long planId, Actor actor) {
        DeliveryPlan plan = plan(planId);
        requireStaffOf(plan, actor);
        return view(planId);
    }

    public @Nullable PlanView find(long canteenId, LocalDate date, MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return plans.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .map(p -> view(p.id()))
                .orElse(null);
    }

    /**
     * Moves a waiting stop to another position or round ({@code roundId} null leaves it unassigned). A round with
     * trips already out takes it on a later trip: positions before the meals on their way are not available.
     */
    public PlanView moveStop(long planId, long stopId, @Nullable Long roundId, int position, Actor actor) {
        tx.executeWithoutResult(status -> {
            DeliveryPlan plan = plan(planId);
            requireStaffOf(plan, actor);
            plan.requireNotSolving();
            DeliveryStop stop =
                    stops.findById(stopId).filter(s -> s.planId() == planId).orElseThrow(RoundPlanning::stopNotFound);
            if (stop.roundId() != null) {
                round(stop.roundId()).requireReplannable();
            }
            if (roundId == null) {
                stop.unassign();
            } else {
                DeliveryRound target = round(roundId);
                if (target.planId() != planId) {
                    throw roundNotFound();
                }
                target.requireReplannable();
                List<DeliveryStop> list = new ArrayList<>(stops.findByRoundIdOrderBySequence(roundId));
                list.removeIf(s -> s.id() == stopId);
                int onTheirWay = (int) list.stream().filter(s -> !s.isWaiting()).count();
                list.add(Math.max(onTheirWay, Math.min(position, list.size())), stop);
                for (int i = onTheirWay; i < list.size(); i++) {
                    list.get(i).reorder(roundId, i + 1);
                }
            }
            timetable.retime(plan);
        });
        return view(planId);
    }

    /** Hands round A to round B's volunteer and B to A's (for example the e-bike takes the far stops). */
    public PlanView swapVolunteers(long planId, long roundA, long roundB, Actor actor) {
        tx.executeWithoutResult(status -> {
            DeliveryPlan plan = plan(planId);
            requireStaffOf(plan, actor);
            plan.requireNotSolving();
            DeliveryRound a = round(roundA);
            DeliveryRound b = round(roundB);
            if (a.planId() != planId || b.planId() != planId || roundA == roundB) {
                throw roundNotFound();
            }
            a.requirePlanned();
            b.requirePlanned();
            long volunteerA = a.volunteerId();
            int capacityA = a.boxCapacity();
            TransportMode transportA = a.transport();
            // the unique (plan, volunteer) key forbids a direct swap: park A on a placeholder first
            a.reassign(-volunteerA, capacityA, transportA);
            rounds.saveAndFlush(a);
            long volunteerB = b.volunteerId();
            b.reassign(volunteerA, capacityA, transportA);
            rounds.saveAndFlush(b);
            Volunteer bVolunteer = registry.get(volunteerB);
            a.reassign(volunteerB, bVolunteer.boxCapacity(), bVolunteer.transport());
            rounds.saveAndFlush(a);
            timetable.retime(plan);
        });
        return view(planId);
    }

    /** The volunteer did not come: their stops go back to planning, and planning starts again at once. */
    public PlanView noShow(long roundId, Actor actor) {
        long planId = tx.execute(status -> {
            DeliveryRound round = round(roundId);
            DeliveryPlan plan = plan(round.planId());
            requireStaffOf(plan, actor);
            plan.requireNotSolving();
            round.noShow();
            for (DeliveryStop stop : stops.findByRoundIdOrderBySequence(roundId)) {
                stop.unassign();
            }
            return plan.id();
        });
        DeliveryPlan plan = plan(planId);
        start(plan.canteenId(), plan.serviceDate(), plan.period());
        return view(planId);
    }

    /** For the scheduler: plans every meal whose delivery cut-off has passed today and that has no plan yet. */
    void planDueMeals() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        LocalTime time = LocalTime.ofInstant(now, BEIJING);
        for (CanteenView canteen : canteens.all()) {
            if (!canteen.active()) {
                continue;
            }
            for (MealWindow window : canteen.meals()) {
                if (time.isBefore(window.deliveryCutoff()) || !time.isBefore(window.serveUntil())) {
                    continue;
                }
                if (plans.findByCanteenIdAndServiceDateAndPeriod(canteen.id(), today, window.period())
                        .isPresent()) {
                    continue;
                }
                if (orders.deliveryOrders(canteen.id(), today, window.period()).isEmpty()) {
                    continue;
                }
                try {
                    start(canteen.id(), today, window.period());
                } catch (RuntimeException e) {
                    log.warn("Automatic delivery planning of canteen {} {} failed", canteen.id(), window.period(), e);
                }
            }
        }
    }

    long start(long canteenId, LocalDate date, MealPeriod period) {
        Prepared prepared = tx.execute(status -> prepare(canteenId, date, period));
        Objects.requireNonNull(prepared);
        RoutePlan problem = prepared.problem();
        if (problem.getRounds().isEmpty() || problem.getStops().isEmpty()) {
            // nothing to optimise (no volunteer on duty or no order): record the plan as it is
            finish(prepared, problem);
            return prepared.planId();
        }
        progress.put(prepared.planId(), new Progress(clock.instant(), properties.solverTimeLimit(), null));
        // a fresh problem id per run: a re-plan right after a run finished must not collide with its bookkeeping
        solverManager
                .solveBuilder()
                .withProblemId(Ids.next())
                .withProblem(NearestNeighbour.plan(prepared.problem()))
                .withBestSolutionConsumer(best -> progress.computeIfPresent(
                        prepared.planId(),
                        (id, p) -> new Progress(p.startedAt(), p.limit(), String.valueOf(best.getScore()))))
                .withFinalBestSolutionConsumer(best -> finish(prepared, best))
                .withExceptionHandler((runId, error) -> fail(prepared.planId(), error))
                .run();
        return prepared.planId();
    }

    private Prepared prepare(long canteenId, LocalDate date, MealPeriod period) {
        CanteenView canteen = canteens.canteen(canteenId);
        MealWindow window = canteens.window(canteenId, period);
        DeliveryPlan plan = plans.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .orElseGet(() -> plans.save(new DeliveryPlan(Ids.next(), canteenId, date, period)));
        plan.startSolving(clock.instant());
        Instant departure =
                LocalDateTime.of(date, window.serveFrom()).atZone(BEIJING).toInstant();

        // stops follow the orders: new orders get a stop, cancelled ones that are still waiting lose theirs
        Map<Long, DeliveryStop> byOrder = new HashMap<>();
        for (DeliveryStop stop : stops.findByPlanIdOrderByRoundIdAscSequenceAsc(plan.id())) {
            byOrder.put(stop.orderId(), stop);
        }
        Set<Long> liveOrders = new HashSet<>();
        Map<Long, DeliveryContact> contacts = new HashMap<>();
        for (OrderView order : orders.deliveryOrders(canteenId, date, period)) {
            liveOrders.add(order.orderId());
            if (byOrder.containsKey(order.orderId()) || order.status() == OrderStatus.FAILED) {
                continue;
            }
            DeliveryContact contact = contacts.computeIfAbsent(order.seniorId(), seniors::deliveryContact);
            double lat = contact.latitude() != null ? contact.latitude() : canteen.latitude();
            double lng = contact.longitude() != null ? contact.longitude() : canteen.longitude();
            DeliveryStop stop =
                    stops.save(new DeliveryStop(Ids.next(), plan.id(), order.orderId(), order.seniorId(), lat, lng, 1));
            byOrder.put(order.orderId(), stop);
        }
        for (DeliveryStop stop : List.copyOf(byOrder.values())) {
            if (!liveOrders.contains(stop.orderId()) && stop.status() == StopStatus.WAITING) {
                stops.delete(stop);
                byOrder.remove(stop.orderId());
            }
        }

        // rounds follow the duty list; rounds with trips out (or done) stay, no-shows stay out
        List<DeliveryRound> existing = rounds.findByPlanIdOrderById(plan.id());
        Set<Long> excluded = existing.stream()
                .filter(r -> !r.isOpenForPlanning())
                .map(DeliveryRound::volunteerId)
                .collect(Collectors.toSet());
        Map<Long, DeliveryRound> open = new HashMap<>();
        existing.stream().filter(DeliveryRound::isOpenForPlanning).forEach(r -> open.put(r.volunteerId(), r));
        List<DeliveryRound> planned = new ArrayList<>();
        for (Volunteer volunteer : registry.onDuty(canteenId, date, period)) {
            if (excluded.contains(volunteer.id())) {
                continue;
            }
            DeliveryRound round = open.remove(volunteer.id());
            if (round == null) {
                round = rounds.save(new DeliveryRound(
                        Ids.next(),
                        plan.id(),
                        volunteer.id(),
                        volunteer.boxCapacity(),
                        volunteer.transport(),
                        departure));
            } else {
                round.refresh(volunteer.boxCapacity(), volunteer.transport(), departure, round.travelSeconds());
            }
            planned.add(round);
        }
        Set<Long> dropped = open.values().stream().map(DeliveryRound::id).collect(Collectors.toSet());
        for (DeliveryStop stop : byOrder.values()) {
            if (stop.roundId() != null && dropped.contains(stop.roundId())) {
                stop.unassign();
            }
        }
        rounds.deleteAll(open.values());
        rounds.flush();

        // the Timefold problem: location 0 is the kitchen, stop i is location i + 1
        GeoPoint kitchen = new GeoPoint(canteen.latitude(), canteen.longitude());
        List<DeliveryStop> all = byOrder.values().stream()
                .sorted(Comparator.comparingLong(DeliveryStop::id))
                .toList();
        List<GeoPoint> points = new ArrayList<>(List.of(kitchen));
        Map<Long, Stop> planningStops = new HashMap<>();
        List<Stop> routable = new ArrayList<>();
        for (DeliveryStop stop : all) {
            points.add(new GeoPoint(stop.latitude(), stop.longitude()));
            DeliveryContact contact = contacts.computeIfAbsent(stop.seniorId(), seniors::deliveryContact);
            Stop planningStop = new Stop(
                    stop.orderId(),
                    stop.seniorId(),
                    points.size() - 1,
                    stop.boxes(),
                    secondOfDay(contact.preferredFrom()),
                    secondOfDay(contact.preferredUntil()));
            planningStops.put(stop.id(), planningStop);
            routable.add(planningStop);
        }
        Map<TransportMode, TravelMatrix> matrices = new EnumMap<>(TransportMode.class);
        RouteRules rules = properties.rules();
        long readySecond = window.serveFrom().toSecondOfDay();
        List<Round> planningRounds = new ArrayList<>();
        Map<Long, List<DeliveryStop>> byRound =
                all.stream().filter(s -> s.roundId() != null).collect(Collectors.groupingBy(DeliveryStop::roundId));
        List<DeliveryRound> started = existing.stream()
                .filter(r -> r.status() == RoundStatus.PICKED_UP || r.status() == RoundStatus.FINISHED)
                .toList();
        for (DeliveryRound round : concat(started, planned)) {
            TravelMatrix matrix = matrices.computeIfAbsent(round.transport(), mode -> travelTimes.matrix(points, mode));
            List<DeliveryStop> current = byRound.getOrDefault(round.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(DeliveryStop::sequence))
                    .toList();
            Round planningRound = new Round(
                            round.volunteerId(),
                            round.boxCapacity(),
                            round.transport(),
                            round.pickedUpAt() != null
                                    ? LocalTime.ofInstant(round.pickedUpAt(), BEIJING)
                                            .toSecondOfDay()
                                    : readySecond,
                            matrix,
                            rules,
                            !round.isReplannable())
                    .readyAt(readySecond)
                    // the trips out keep their meals; later trips of the same volunteer are free to change
                    .pinFirst((int) current.stream().filter(s -> !s.isWaiting()).count());
            // the current assignment is the starting point (a warm start)
            current.forEach(s -> planningRound.visit(planningStops.get(s.id())));
            planningRounds.add(planningRound);
        }
        return new Prepared(plan.id(), date, new RoutePlan(planningRounds, routable));
    }

    private void finish(Prepared prepared, RoutePlan best) {
        try {
            tx.executeWithoutResult(status -> {
                DeliveryPlan plan = plan(prepared.planId());
                Map<Long, DeliveryStop> byOrder = stops.findByPlanIdOrderByRoundIdAscSequenceAsc(plan.id()).stream()
                        .collect(Collectors.toMap(DeliveryStop::orderId, Function.identity()));
                Map<Long, DeliveryRound> byVolunteer = rounds.findByPlanIdOrderById(plan.id()).stream()
                        .collect(Collectors.toMap(DeliveryRound::volunteerId, Function.identity(), (a, b) -> a));
                for (Round round : best.getRounds()) {
                    DeliveryRound stored = byVolunteer.get(round.volunteerId());
                    if (round.isPinned() || stored == null || !stored.isReplannable()) {
                        continue;
                    }
                    TripSchedule schedule = round.schedule();
                    for (int i = 0; i < round.getStops().size(); i++) {
                        DeliveryStop stop = byOrder.get(round.getStops().get(i).orderId());
                        if (stop != null && stop.isWaiting()) {
                            stop.placeIn(
                                    stored.id(),
                                    i + 1,
                                    schedule.tripOf(i),
                                    timetable.at(prepared.date(), schedule.tripDeparture(i)),
                                    timetable.at(prepared.date(), schedule.arrival(i)));
                        }
                    }
                    stored.travel(schedule.travelSeconds(), schedule.tripCount());
                }
                for (Stop stop : best.getStops()) {
                    DeliveryStop stored = byOrder.get(stop.orderId());
                    if (stop.getRound() == null && stored != null && stored.isWaiting()) {
                        stored.unassign();
                    }
                }
                var metrics = best.metrics();
                plan.solved(
                        best.getScore() == null ? null : best.getScore().toString(),
                        metrics.travelSeconds(),
                        metrics.unassignedStops(),
                        metrics.hotWindowViolations(),
                        clock.instant());
            });
        } catch (RuntimeException e) {
            fail(prepared.planId(), e);
        } finally {
            progress.remove(prepared.planId());
        }
    }

    private void fail(long planId, Throwable error) {
        log.error("Delivery planning {} failed", planId, error);
        progress.remove(planId);
        tx.executeWithoutResult(status -> plans.findById(planId)
                .ifPresent(plan -> plan.failed(String.valueOf(error.getMessage()), clock.instant())));
    }

    PlanView view(long planId) {
        return tx.execute(status -> {
            DeliveryPlan plan = plan(planId);
            List<DeliveryRound> planRounds = rounds.findByPlanIdOrderById(planId);
            List<DeliveryStop> planStops = stops.findByPlanIdOrderByRoundIdAscSequenceAsc(planId);
            Map<Long, String> names = new HashMap<>();
            volunteers
                    .findAllById(
                            planRounds.stream().map(DeliveryRound::volunteerId).toList())
                    .forEach(v -> names.put(v.id(), v.name()));
            Map<Long, List<PlanView.StopView>> byRound = new HashMap<>();
            List<PlanView.StopView> unassigned = new ArrayList<>();
            Map<Long, DeliveryContact> contacts = new HashMap<>();
            for (DeliveryStop stop : planStops) {
                DeliveryContact contact = contacts.computeIfAbsent(stop.seniorId(), seniors::deliveryContact);
                PlanView.StopView stopView = new PlanView.StopView(
                        stop.id(),
                        stop.orderId(),
                        stop.seniorId(),
                        Masking.name(contact.name()),
                        contact.address(),
                        stop.sequence(),
                        stop.trip(),
                        stop.tripLeavesAt(),
                        stop.plannedArrival(),
                        stop.status(),
                        stop.latitude(),
                        stop.longitude(),
                        stop.late(),
                        timetable.beyondHotWindow(stop));
                if (stop.roundId() == null) {
                    unassigned.add(stopView);
                } else {
                    byRound.computeIfAbsent(stop.roundId(), k -> new ArrayList<>())
                            .add(stopView);
                }
            }
            List<PlanView.RoundView> roundViews = new ArrayList<>();
            for (DeliveryRound round : planRounds) {
                List<PlanView.StopView> list = byRound.getOrDefault(round.id(), List.of());
                roundViews.add(new PlanView.RoundView(
                        round.id(),
                        round.volunteerId(),
                        names.getOrDefault(round.volunteerId(), "?"),
                        round.transport(),
                        round.boxCapacity(),
                        list.size(),
                        round.trips(),
                        round.status(),
                        round.departureAt(),
                        Math.round(round.travelSeconds() / 60.0),
                        list));
            }
            Progress running = progress.get(planId);
            if (running == null && plan.status() == PlanStatus.SOLVING && plan.startedAt() != null) {
                // solving on another instance: its progress follows from the start time kept in the plan's row
                running = new Progress(plan.startedAt(), properties.solverTimeLimit(), null);
            }
            int percent =
                    plan.status() != PlanStatus.SOLVING ? 100 : running == null ? 0 : running.percent(clock.instant());
            String score = running != null && running.bestScore() != null ? running.bestScore() : plan.score();
            return new PlanView(
                    plan.id(),
                    plan.canteenId(),
                    plan.serviceDate(),
                    plan.period(),
                    plan.status(),
                    plan.status().zh(),
                    plan.status().en(),
                    percent,
                    score,
                    Math.round(plan.travelSeconds() / 60.0),
                    plan.unassigned(),
                    plan.hotWindowLate(),
                    plan.message(),
                    roundViews,
                    unassigned);
        });
    }

    private DeliveryPlan plan(long planId) {
        return plans.findById(planId)
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "找不到该配送计划", "Delivery plan not found"));
    }

    private DeliveryRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(RoundPlanning::roundNotFound);
    }

    private static void requireStaffOf(DeliveryPlan plan, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(plan.canteenId());
    }

    private static @Nullable Long secondOfDay(@Nullable LocalTime time) {
        return time == null ? null : (long) time.toSecondOfDay();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static DomainException roundNotFound() {
        return DomainException.notFound("ROUND_NOT_FOUND", "找不到该配送路线", "Delivery round not found");
    }

    static DomainException stopNotFound() {
        return DomainException.notFound("STOP_NOT_FOUND", "找不到该配送点", "Delivery stop not found");
    }

    private record Prepared(long planId, LocalDate date, RoutePlan problem) {}

    private record Progress(
            Instant startedAt, Duration limit, @Nullable String bestScore) {
        int percent(Instant now) {
            long elapsed = Duration.between(startedAt, now).toMillis();
            return (int) Math.max(1, Math.min(99, elapsed * 100 / Math.max(1, limit.toMillis())));
        }
    }
}
