package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

class DeliveryConstraintsTests {

    private static final TravelMatrix LINE = LineMatrix.LINE;

    private static final long ELEVEN = 11 * 3600;

    private final ConstraintVerifier<DeliveryConstraints, RoutePlan> verifier =
            ConstraintVerifier.build(new DeliveryConstraints(), RoutePlan.class, Round.class, Stop.class);

    private static Round round(int capacity, RouteRules rules) {
        return new Round(1, capacity, TransportMode.E_BIKE, ELEVEN, LINE, rules, false);
    }

    private static Stop stop(long orderId, int location, int demand) {
        return new Stop(orderId, 100 + orderId, location, demand, null, null);
    }

    @Test
    void boxCapacityPenalisesTheBoxesThatFitNoAllowedTrip() {
        RouteRules oneTrip = RouteRules.defaults().withMaxTrips(1);
        Round full = round(3, oneTrip).visit(stop(1, 1, 2), stop(2, 2, 1));
        Round over = round(3, oneTrip).visit(stop(3, 1, 2), stop(4, 2, 3));
        verifier.verifyThat(DeliveryConstraints::boxCapacity).given(full).penalizesBy(0);
        // the 3 boxes of order 4 would need a second trip
        verifier.verifyThat(DeliveryConstraints::boxCapacity)
                .given(over)
                .penalizesBy(3 * DeliveryConstraints.BOX_WEIGHT);
        // with two trips allowed the same round fits: back to the kitchen after order 3
        verifier.verifyThat(DeliveryConstraints::boxCapacity)
                .given(round(3, oneTrip.withMaxTrips(2)).visit(stop(5, 1, 2), stop(6, 2, 3)))
                .penalizesBy(0);
        // an order bigger than the boxes never fits, however many trips
        verifier.verifyThat(DeliveryConstraints::boxCapacity)
                .given(round(3, oneTrip.withMaxTrips(3)).visit(stop(7, 1, 5)))
                .penalizesBy(2 * DeliveryConstraints.BOX_WEIGHT);
    }

    @Test
    void hotWindowCountsFromTheTripThatCarriesTheMeal() {
        // hot window 15 min, no service, no reload, 1 box per trip: trip 1 door 3 (30 min), trip 2 door 3 again
        RouteRules rules = new RouteRules(15 * 60, 120 * 60, 0, 0, 2);
        Round round = round(1, rules).visit(stop(1, 3, 1), stop(2, 3, 1));
        // each meal arrives 30 min after its own trip left: 15 min late each, not 15 + 75
        verifier.verifyThat(DeliveryConstraints::hotMealWindow).given(round).penalizesBy(2 * 15 * 60);
        // the ceiling counts from when the meals were ready: trip 2 arrives 90 min after 11:00
        RouteRules tight = new RouteRules(15 * 60, 60 * 60, 0, 0, 2);
        verifier.verifyThat(DeliveryConstraints::foodToMouthCeiling)
                .given(round(1, tight).visit(stop(3, 3, 1), stop(4, 3, 1)))
                .penalizesBy(30);
    }

    @Test
    void foodToMouthCeilingPenalisesStartedMinutesBeyondIt() {
        // ceiling 25 min, hot window 15 min, no service time: arrivals after 10, 20, 30 min
        RouteRules tight = new RouteRules(15 * 60, 25 * 60, 0, 0, 1);
        Round late = round(9, tight).visit(stop(1, 1, 1), stop(2, 2, 1), stop(3, 3, 1));
        verifier.verifyThat(DeliveryConstraints::foodToMouthCeiling).given(late).penalizesBy(5);
        Round inTime = round(9, tight).visit(stop(4, 1, 1), stop(5, 2, 1));
        verifier.verifyThat(DeliveryConstraints::foodToMouthCeiling)
                .given(inTime)
                .penalizesBy(0);
    }

    @Test
    void unassignedMealPenalisesTheBoxesLeftBehind() {
        Stop carried = stop(1, 1, 1);
        Round round = round(9, RouteRules.defaults()).visit(carried);
        Stop left = stop(2, 2, 2);
        verifier.verifyThat(DeliveryConstraints::unassignedMeal)
                .given(round, carried, left)
                .penalizesBy(2);
    }

    @Test
    void hotMealWindowPenalisesSecondsBeyondTheWindowIncludingServiceTime() {
        // hot window 15 min, 2 min at each door: arrivals after 10, 22, 34 min -> 7 + 19 min late
        RouteRules rules = new RouteRules(15 * 60, 120 * 60, 120, 0, 1);
        Round round = round(9, rules).visit(stop(1, 1, 1), stop(2, 2, 1), stop(3, 3, 1));
        verifier.verifyThat(DeliveryConstraints::hotMealWindow).given(round).penalizesBy((7 + 19) * 60);
    }

    @Test
    void travelTimeCountsTheWayBackToTheKitchen() {
        Round outAndBack = round(9, RouteRules.defaults()).visit(stop(1, 2, 1), stop(2, 3, 1));
        verifier.verifyThat(DeliveryConstraints::travelTime).given(outAndBack).penalizesBy(1200 + 600 + 1800);
        Round zigzag = round(9, RouteRules.defaults()).visit(stop(3, 3, 1), stop(4, 1, 1));
        verifier.verifyThat(DeliveryConstraints::travelTime).given(zigzag).penalizesBy(1800 + 1200 + 600);
        verifier.verifyThat(DeliveryConstraints::travelTime)
                .given(round(9, RouteRules.defaults()))
                .penalizesBy(0);
    }

    @Test
    void preferredTimePenalisesArrivalOutsideTheSeniorsWindowTwice() {
        RouteRules rules = new RouteRules(45 * 60, 120 * 60, 0, 0, 1);
        // arrives 11:10; wants 11:20-11:40 -> 10 min early
        Stop early = new Stop(1, 101, 1, 1, ELEVEN + 20 * 60, ELEVEN + 40 * 60);
        // arrives 11:20; wants until 11:15 -> 5 min late
        Stop late = new Stop(2, 102, 2, 1, null, ELEVEN + 15 * 60);
        // arrives 11:30; no preference
        Stop any = stop(3, 3, 1);
        Round round = round(9, rules).visit(early, late, any);
        verifier.verifyThat(DeliveryConstraints::preferredTime)
                .given(round)
                .penalizesBy(DeliveryConstraints.PREFERENCE_WEIGHT * (10 + 5) * 60);
        Round happy = round(9, rules).visit(new Stop(4, 104, 1, 1, ELEVEN, ELEVEN + 15 * 60));
        verifier.verifyThat(DeliveryConstraints::preferredTime).given(happy).penalizesBy(0);
    }
}
