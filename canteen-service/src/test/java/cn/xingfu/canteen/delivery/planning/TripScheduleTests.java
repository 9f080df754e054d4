package cn.xingfu.canteen.delivery.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TripScheduleTests {

    private static final TravelMatrix LINE = LineMatrix.LINE;

    private static final RouteRules RULES = new RouteRules(45 * 60, 120 * 60, 60, 300, 3);

    private static Stop stop(long id, int location, int boxes) {
        return new Stop(id, id, location, boxes, null, null);
    }

    @Test
    void aRoundThatFitsInTheBoxesIsOneTrip() {
        TripSchedule schedule =
                TripSchedule.of(List.of(stop(1, 1, 1), stop(2, 2, 1), stop(3, 3, 1)), LINE, RULES, 3, 0, 0, 0);
        assertThat(schedule.tripCount()).isEqualTo(1);
        // 10 min, then 1 min at the door and 10 min on: 10, 21, 32 min
        assertThat(schedule.arrival(0)).isEqualTo(600);
        assertThat(schedule.arrival(1)).isEqualTo(600 + 60 + 600);
        assertThat(schedule.arrival(2)).isEqualTo(600 + 60 + 600 + 60 + 600);
        assertThat(schedule.travelSeconds()).isEqualTo(600 + 600 + 600 + 1800);
        assertThat(schedule.boxesOverCapacity()).isZero();
    }

    @Test
    void theVolunteerRidesBackAndReloadsWhenTheNextMealDoesNotFit() {
        TripSchedule schedule =
                TripSchedule.of(List.of(stop(1, 1, 2), stop(2, 2, 1), stop(3, 3, 2)), LINE, RULES, 3, 0, 0, 0);
        assertThat(schedule.tripCount()).isEqualTo(2);
        assertThat(List.of(schedule.tripOf(0), schedule.tripOf(1), schedule.tripOf(2)))
                .containsExactly(1, 1, 2);
        // trip 1: door 1 at 10 min, door 2 at 21 min, 1 min there, 20 min back, 5 min reload: leaves again at 47 min
        assertThat(schedule.tripDeparture(2)).isEqualTo(600 + 60 + 600 + 60 + 1200 + 300);
        assertThat(schedule.arrival(2)).isEqualTo(schedule.tripDeparture(2) + 1800);
        assertThat(schedule.travelSeconds()).isEqualTo((600 + 600 + 1200) + (1800 + 1800));
        assertThat(schedule.boxesOverCapacity()).isZero();
    }

    @Test
    void tripsAlreadyPickedUpEndWhereTheyEnded() {
        // the first two meals left together; the third goes on a new trip although it would have fitted
        TripSchedule schedule =
                TripSchedule.of(List.of(stop(1, 1, 1), stop(2, 2, 1), stop(3, 3, 1)), LINE, RULES, 9, 0, 0, 2);
        assertThat(schedule.tripOf(2)).isEqualTo(2);
        assertThat(schedule.tripCount()).isEqualTo(2);
    }

    @Test
    void mealsBeyondTheLastAllowedTripDoNotFit() {
        RouteRules twoTrips = RULES.withMaxTrips(2);
        TripSchedule schedule = TripSchedule.of(
                List.of(stop(1, 1, 1), stop(2, 2, 1), stop(3, 3, 1), stop(4, 3, 2)), LINE, twoTrips, 1, 0, 0, 0);
        // capacity 1: trips 1, 2, 3 and the 2-box order that fits no box at all
        assertThat(schedule.tripCount()).isEqualTo(4);
        assertThat(schedule.boxesOverCapacity()).isEqualTo(1 + 1);
    }

    @Test
    void anEmptyRoundGoesNowhere() {
        TripSchedule schedule = TripSchedule.of(List.of(), LINE, RULES, 3, 0, 0, 0);
        assertThat(schedule.tripCount()).isZero();
        assertThat(schedule.travelSeconds()).isZero();
    }
}
