package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.GeoPoint;
import cn.xingfu.canteen.delivery.planning.Round;
import cn.xingfu.canteen.delivery.planning.RouteRules;
import cn.xingfu.canteen.delivery.planning.Stop;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import cn.xingfu.canteen.delivery.planning.TripSchedule;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Works out the trips and times of stored rounds after a hand edit, with the same {@link TripSchedule} the solver
 * scores with, so that a planner's move and the solver's plan can never disagree on when a meal arrives.
 */
@Component
class RoundTimetable {

    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final CanteenDirectory canteens;
    private final TravelTimes travelTimes;
    private final DeliveryProperties properties;

    RoundTimetable(
            DeliveryRounds rounds,
            DeliveryStops stops,
            CanteenDirectory canteens,
            TravelTimes travelTimes,
            DeliveryProperties properties) {
        this.rounds = rounds;
        this.stops = stops;
        this.canteens = canteens;
        this.travelTimes = travelTimes;
        this.properties = properties;
    }

    /** Renumbers, splits into trips and re-times every round of the plan still open, then the plan's totals. */
    void retime(DeliveryPlan plan) {
        CanteenView canteen = canteens.canteen(plan.canteenId());
        GeoPoint kitchen = new GeoPoint(canteen.latitude(), canteen.longitude());
        RouteRules rules = properties.rules();
        long travel = 0;
        int late = 0;
        for (DeliveryRound round : rounds.findByPlanIdOrderById(plan.id())) {
            if (round.status() == RoundStatus.NO_SHOW) {
                continue;
            }
            List<DeliveryStop> list = stops.findByRoundIdOrderBySequence(round.id());
            if (round.isReplannable()) {
                retime(plan.serviceDate(), kitchen, rules, round, list);
            }
            travel += round.travelSeconds();
            for (DeliveryStop stop : list) {
                if (beyondHotWindow(stop)) {
                    late++;
                }
            }
        }
        int unassigned = stops.countByPlanIdAndRoundIdIsNull(plan.id());
        plan.edited(travel, unassigned, late);
    }

    private void retime(
            LocalDate date, GeoPoint kitchen, RouteRules rules, DeliveryRound round, List<DeliveryStop> list) {
        List<GeoPoint> points = new ArrayList<>(List.of(kitchen));
        List<Stop> visits = new ArrayList<>();
        int onTheirWay = 0;
        for (DeliveryStop stop : list) {
            points.add(new GeoPoint(stop.latitude(), stop.longitude()));
            visits.add(new Stop(stop.orderId(), stop.seniorId(), points.size() - 1, stop.boxes(), null, null));
            onTheirWay += stop.isWaiting() ? 0 : 1;
        }
        Instant leaves = round.pickedUpAt() != null ? round.pickedUpAt() : round.departureAt();
        Round planning = new Round(
                        round.volunteerId(),
                        round.boxCapacity(),
                        round.transport(),
                        secondOfDay(leaves),
                        travelTimes.matrix(points, round.transport()),
                        rules,
                        false)
                .readyAt(secondOfDay(round.departureAt()))
                .pinFirst(onTheirWay)
                .visit(visits.toArray(Stop[]::new));
        TripSchedule schedule = planning.schedule();
        for (int i = 0; i < list.size(); i++) {
            DeliveryStop stop = list.get(i);
            if (stop.isWaiting()) {
                stop.placeIn(
                        round.id(),
                        i + 1,
                        schedule.tripOf(i),
                        at(date, schedule.tripDeparture(i)),
                        at(date, schedule.arrival(i)));
            }
        }
        round.travel(schedule.travelSeconds(), schedule.tripCount());
    }

    /** The plan has this meal arrive later after its trip leaves than the hot-meal window allows. */
    boolean beyondHotWindow(DeliveryStop stop) {
        return stop.tripLeavesAt() != null
                && stop.plannedArrival() != null
                && Duration.between(stop.tripLeavesAt(), stop.plannedArrival()).compareTo(properties.hotWindow()) > 0;
    }

    /** The instant of a second of the service day, Beijing time. */
    Instant at(LocalDate date, long secondOfDay) {
        return date.atStartOfDay(RoundPlanning.BEIJING).plusSeconds(secondOfDay).toInstant();
    }

    private static long secondOfDay(Instant instant) {
        return LocalTime.ofInstant(instant, RoundPlanning.BEIJING).toSecondOfDay();
    }
}
