package cn.xingfu.canteen.delivery.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNeighbourTests {

    private static Stop stop(long id, int location) {
        return new Stop(id, id, location, 1, null, null);
    }

    @Test
    void whoeverIsBackFirstTakesTheNextTripOfNearestDoors() {
        RouteRules rules = new RouteRules(45 * 60, 120 * 60, 0, 0, 3);
        Round first = new Round(1, 2, TransportMode.E_BIKE, 0, LineMatrix.LINE, rules, false);
        Round second = new Round(2, 2, TransportMode.E_BIKE, 0, LineMatrix.LINE, rules, false);
        Stop near = stop(1, 1);
        Stop middle = stop(2, 2);
        Stop far = stop(3, 3);

        NearestNeighbour.plan(new RoutePlan(List.of(first, second), List.of(far, middle, near)));

        // both leave at once: the first takes the two nearest doors, the second the one left
        assertThat(first.getStops()).containsExactly(near, middle);
        assertThat(second.getStops()).containsExactly(far);
    }

    @Test
    void aDoorThatCannotBeReachedWithinTheCeilingIsLeftForThePlanner() {
        // ceiling 25 min: doors 1 and 2 are 10 and 20 minutes out, door 3 needs 30
        RouteRules tight = new RouteRules(15 * 60, 25 * 60, 0, 0, 3);
        Round round = new Round(1, 9, TransportMode.E_BIKE, 0, LineMatrix.LINE, tight, false);
        Stop far = stop(3, 3);

        RoutePlan plan = NearestNeighbour.plan(new RoutePlan(List.of(round), List.of(stop(1, 1), stop(2, 2), far)));

        assertThat(round.getStops()).extracting(Stop::location).containsExactly(1, 2);
        assertThat(far.getRound()).isNull();
        assertThat(plan.metrics().ceilingViolations()).isZero();
    }
}
