package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.GeoPoint;
import cn.xingfu.canteen.delivery.planning.Round;
import cn.xingfu.canteen.delivery.planning.RoutePlan;
import cn.xingfu.canteen.delivery.planning.RouteRules;
import cn.xingfu.canteen.delivery.planning.Stop;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.delivery.planning.TravelMatrix;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The solver's input for a plan's stored rounds and stops: location 0 is the kitchen, stop i is location i + 1,
 * with travel times per transport mode, the seniors' preferred delivery times and the district's route rules.
 * The current assignment is the starting point (a warm start); the trips already out are pinned.
 */
@Component
class RouteProblems {

    private final TravelTimes travelTimes;
    private final SeniorDirectory seniors;
    private final DeliveryProperties properties;

    RouteProblems(TravelTimes travelTimes, SeniorDirectory seniors, DeliveryProperties properties) {
        this.travelTimes = travelTimes;
        this.seniors = seniors;
        this.properties = properties;
    }

    RoutePlan problem(
            CanteenView canteen,
            MealWindow window,
            List<DeliveryRound> planRounds,
            Collection<DeliveryStop> planStops,
            Map<Long, DeliveryContact> contacts) {
        GeoPoint kitchen = new GeoPoint(canteen.latitude(), canteen.longitude());
        List<DeliveryStop> all = planStops.stream()
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
        for (DeliveryRound round : planRounds) {
            TravelMatrix matrix = matrices.computeIfAbsent(round.transport(), mode -> travelTimes.matrix(points, mode));
            List<DeliveryStop> current = byRound.getOrDefault(round.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(DeliveryStop::sequence))
                    .toList();
            Round planningRound = new Round(
                            round.volunteerId(),
                            round.boxCapacity(),
                            round.transport(),
                            round.pickedUpAt() != null
                                    ? LocalTime.ofInstant(round.pickedUpAt(), RoundPlanning.BEIJING)
                                            .toSecondOfDay()
                                    : readySecond,
                            matrix,
                            rules,
                            !round.isReplannable())
                    .readyAt(readySecond)
                    // the trips out keep their meals; later trips of the same volunteer are free to change
                    .pinFirst((int) current.stream().filter(s -> !s.isWaiting()).count());
            current.forEach(s -> planningRound.visit(planningStops.get(s.id())));
            planningRounds.add(planningRound);
        }
        return new RoutePlan(planningRounds, routable);
    }

    private static @Nullable Long secondOfDay(@Nullable LocalTime time) {
        return time == null ? null : (long) time.toSecondOfDay();
    }
}
