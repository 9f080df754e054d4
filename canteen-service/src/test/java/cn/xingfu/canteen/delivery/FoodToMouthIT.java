package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.support.TestClock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 2-hour food-to-mouth ceiling counts from when the kitchen marked the meal READY (09:00 here), not from when the
 * volunteer set out (10:30): a meal handed over at 10:59 is in time, one handed over at 11:01 is flagged "reheat or
 * late" although it was on the road for only 31 minutes.
 */
@SpringBootTest
class FoodToMouthIT {

    @Autowired
    DeliveryWorld world;

    @Autowired
    RoundPlanning planning;

    @Autowired
    RouteDesk desk;

    @Autowired
    TestClock clock;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void theCeilingCountsFromWhenTheMealWasReadyNotFromWhenTheRoundLeft() {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "准时志愿者", 6, TransportMode.E_BIKE);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView round = plan.rounds().stream()
                .filter(r -> r.volunteerId() == volunteer.id())
                .findFirst()
                .orElseThrow();
        assertThat(round.stops()).hasSize(2);

        at(10, 30);
        desk.pickUp(round.roundId(), volunteer.actor());
        PlanView.StopView inTime = round.stops().get(0);
        PlanView.StopView tooLate = round.stops().get(1);
        at(10, 59);
        desk.delivered(inTime.stopId(), null, code(scenario, inTime.seniorId()), volunteer.actor());
        at(11, 1);
        desk.delivered(tooLate.stopId(), null, code(scenario, tooLate.seniorId()), volunteer.actor());

        PlanView after = planning.get(plan.planId(), scenario.staff());
        var stops = after.rounds().stream()
                .filter(r -> r.roundId() == round.roundId())
                .findFirst()
                .orElseThrow()
                .stops();
        assertThat(stops.stream()
                        .filter(s -> s.stopId() == inTime.stopId())
                        .findFirst()
                        .orElseThrow()
                        .late())
                .isFalse();
        assertThat(stops.stream()
                        .filter(s -> s.stopId() == tooLate.stopId())
                        .findFirst()
                        .orElseThrow()
                        .late())
                .isTrue();
    }

    private void at(int hour, int minute) {
        clock.pin(LocalDateTime.of(world.today(), LocalTime.of(hour, minute))
                .atZone(DeliveryWorld.BEIJING)
                .toInstant());
    }

    private static String code(DeliveryWorld.Scenario scenario, long seniorId) {
        return scenario.seniors().stream()
                .filter(s -> s.id() == seniorId)
                .findFirst()
                .orElseThrow()
                .manualCode();
    }
}
