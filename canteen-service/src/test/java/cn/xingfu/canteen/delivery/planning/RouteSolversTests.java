package cn.xingfu.canteen.delivery.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteSolversTests {

    private static final GeoPoint KITCHEN = new GeoPoint(29.2905, 106.2590);

    @Test
    void solvesASmallRoundFeasiblyAndNoWorseThanNearestNeighbour() {
        Random random = new Random(7);
        List<GeoPoint> points = new ArrayList<>(List.of(KITCHEN));
        for (int i = 0; i < 16; i++) {
            points.add(new GeoPoint(
                    KITCHEN.latitude() + (random.nextDouble() - 0.5) * 0.03,
                    KITCHEN.longitude() + (random.nextDouble() - 0.5) * 0.03));
        }
        TravelMatrix matrix = StraightLineTravelTimes.defaults().matrix(points, TransportMode.E_BIKE);

        RoutePlan solved = RouteSolvers.solve(problem(matrix), Duration.ofSeconds(5), Duration.ofSeconds(1));
        RoutePlan greedy = NearestNeighbour.plan(problem(matrix));

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getScore().isFeasible()).isTrue();
        PlanMetrics metrics = solved.metrics();
        assertThat(metrics.unassignedStops()).isZero();
        assertThat(metrics.overloadedRounds()).isZero();
        assertThat(metrics.hotWindowViolations()).isZero();
        // lexicographic: no later in total than the dispatcher, and no more travel unless it buys punctuality
        SolutionManager.create(RouteSolvers.factory(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .update(greedy);
        assertThat(solved.getScore()).isGreaterThanOrEqualTo(greedy.getScore());
        assertThat(metrics.hotWindowExcessSeconds())
                .isLessThanOrEqualTo(greedy.metrics().hotWindowExcessSeconds());
    }

    @Test
    void aPinnedRoundKeepsItsStopsInOrder() {
        List<GeoPoint> points =
                List.of(KITCHEN, new GeoPoint(29.30, 106.26), new GeoPoint(29.28, 106.25), new GeoPoint(29.29, 106.27));
        TravelMatrix matrix = StraightLineTravelTimes.defaults().matrix(points, TransportMode.E_BIKE);
        Stop a = new Stop(1, 11, 1, 1, null, null);
        Stop b = new Stop(2, 12, 2, 1, null, null);
        Stop c = new Stop(3, 13, 3, 1, null, null);
        // a deliberately poor order that the solver would change if it could
        Round pickedUp =
                new Round(1, 4, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), true).visit(b, a);
        Round open = new Round(2, 4, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false);

        RoutePlan solved = RouteSolvers.solve(
                new RoutePlan(List.of(pickedUp, open), List.of(a, b, c)), Duration.ofSeconds(2), Duration.ofSeconds(1));

        Round first = solved.getRounds().get(0);
        assertThat(first.getStops()).extracting(Stop::orderId).containsExactly(2L, 1L);
        assertThat(solved.getRounds().get(1).getStops())
                .extracting(Stop::orderId)
                .containsExactly(3L);
    }

    @Test
    void aVolunteerWithFewBoxesGoesOutSeveralTimesInsteadOfLeavingMealsBehind() {
        TravelMatrix matrix = StraightLineTravelTimes.defaults().matrix(scatter(12, 11), TransportMode.E_BIKE);
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < matrix.size(); i++) {
            stops.add(new Stop(i, 100 + i, i, 1, null, null));
        }
        Round single = new Round(1, 4, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false);

        RoutePlan solved =
                RouteSolvers.solve(new RoutePlan(List.of(single), stops), Duration.ofSeconds(3), Duration.ofSeconds(1));

        PlanMetrics metrics = solved.metrics();
        assertThat(metrics.unassignedStops()).isZero();
        assertThat(metrics.overloadedRounds()).isZero();
        assertThat(metrics.trips()).isEqualTo(3);
        TripSchedule schedule = solved.getRounds().get(0).schedule();
        for (int i = 0; i < schedule.size(); i++) {
            assertThat(schedule.tripOf(i)).isEqualTo(i / 4 + 1);
        }
    }

    @Test
    void aTripAlreadyOutKeepsItsMealsAndLaterTripsMayChange() {
        TravelMatrix matrix = StraightLineTravelTimes.defaults().matrix(scatter(6, 3), TransportMode.E_BIKE);
        Stop[] stops = new Stop[7];
        for (int i = 1; i <= 6; i++) {
            stops[i] = new Stop(i, 100 + i, i, 1, null, null);
        }
        // trip 1 (stops 6, 1) is on its way in a poor order; stops 2..5 still wait in the kitchen
        Round out = new Round(1, 3, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false)
                .pinFirst(2)
                .visit(stops[6], stops[1], stops[5], stops[2]);
        Round free = new Round(2, 3, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false);

        RoutePlan solved = RouteSolvers.solve(
                new RoutePlan(List.of(out, free), Arrays.asList(stops).subList(1, 7)),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1));

        Round first = solved.getRounds().get(0);
        assertThat(first.getStops().subList(0, 2)).extracting(Stop::orderId).containsExactly(6L, 1L);
        // whatever follows goes on a new trip, even though a third box was free on the first
        TripSchedule schedule = first.schedule();
        for (int i = 2; i < schedule.size(); i++) {
            assertThat(schedule.tripOf(i)).isGreaterThanOrEqualTo(2);
        }
        assertThat(solved.metrics().unassignedStops()).isZero();
    }

    private static List<GeoPoint> scatter(int doors, long seed) {
        Random random = new Random(seed);
        List<GeoPoint> points = new ArrayList<>(List.of(KITCHEN));
        for (int i = 0; i < doors; i++) {
            points.add(new GeoPoint(
                    KITCHEN.latitude() + (random.nextDouble() - 0.5) * 0.02,
                    KITCHEN.longitude() + (random.nextDouble() - 0.5) * 0.02));
        }
        return points;
    }

    private static RoutePlan problem(TravelMatrix matrix) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < matrix.size(); i++) {
            stops.add(new Stop(i, 100 + i, i, 1, null, null));
        }
        List<Round> rounds = List.of(
                new Round(1, 8, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false),
                new Round(2, 8, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false),
                new Round(3, 8, TransportMode.E_BIKE, 11 * 3600, matrix, RouteRules.defaults(), false));
        return new RoutePlan(rounds, stops);
    }
}
