package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.shared.DomainException;
import cn.xingfu.canteen.shared.MealPeriod;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Planning on the real database: background solving, pinning of picked-up rounds, no-shows, hand-overs, alerts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryPlanningIT {

    @Autowired
    DeliveryWorld world;

    @Autowired
    RoundPlanning planning;

    @Autowired
    RouteDesk desk;

    @Autowired
    WelfareDesk welfare;

    @Autowired
    OrderQueries orders;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void plansInTheBackgroundThenKeepsPickedUpRoundsAndReplansANoShow() {
        DeliveryWorld.Scenario scenario = world.scenario(6);
        DeliveryWorld.VolunteerLogin bike = world.volunteer(scenario, "骑车志愿者", 4, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin walker = world.volunteer(scenario, "步行志愿者", 4, TransportMode.ON_FOOT);
        DeliveryWorld.VolunteerLogin third = world.volunteer(scenario, "第三位志愿者", 4, TransportMode.E_BIKE);

        PlanView started = planning.plan(scenario.canteen().id(), world.today(), MealPeriod.LUNCH, scenario.staff());
        PlanView plan = awaitPlanned(started.planId());

        assertThat(plan.unassigned()).isZero();
        assertThat(plan.rounds()).hasSize(3);
        List<Long> planned = plan.rounds().stream()
                .flatMap(r -> r.stops().stream())
                .map(PlanView.StopView::orderId)
                .toList();
        assertThat(planned).containsExactlyInAnyOrderElementsOf(scenario.orders());
        for (PlanView.RoundView round : plan.rounds()) {
            assertThat(round.load()).isLessThanOrEqualTo(round.boxCapacity());
            assertThat(round.stops())
                    .extracting(PlanView.StopView::sequence)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(
                                    1, round.stops().size())
                            .boxed()
                            .toList());
            assertThat(round.stops())
                    .allSatisfy(s -> assertThat(s.plannedArrival()).isNotNull());
        }

        // the bike volunteer picks up: their round is fixed, the orders are out for delivery
        PlanView.RoundView bikeRound = roundOf(plan, bike.id());
        assertThat(bikeRound.stops()).isNotEmpty();
        desk.pickUp(bikeRound.roundId(), bike.actor());
        assertThat(orders.snapshot(bikeRound.stops().get(0).orderId()).status())
                .isEqualTo(OrderStatus.OUT_FOR_DELIVERY);

        // the walker does not come: one action sends their stops back and plans again without them
        PlanView.RoundView walkerRound = roundOf(plan, walker.id());
        planning.noShow(walkerRound.roundId(), scenario.staff());
        PlanView replanned = awaitPlanned(plan.planId());

        PlanView.RoundView bikeAfter = roundOf(replanned, bike.id());
        assertThat(bikeAfter.status()).isEqualTo(RoundStatus.PICKED_UP);
        assertThat(bikeAfter.stops())
                .extracting(PlanView.StopView::orderId)
                .containsExactlyElementsOf(bikeRound.stops().stream()
                        .map(PlanView.StopView::orderId)
                        .toList());
        assertThat(roundOf(replanned, walker.id()).status()).isEqualTo(RoundStatus.NO_SHOW);
        assertThat(roundOf(replanned, walker.id()).stops()).isEmpty();
        // the third volunteer (4 boxes) takes what the fixed bike round does not carry
        int bikeStops = bikeAfter.stops().size();
        assertThat(roundOf(replanned, third.id()).stops()).hasSize(Math.min(4, 6 - bikeStops));
        assertThat(replanned.unassigned()).isEqualTo(Math.max(0, 6 - bikeStops - 4));
    }

    @Test
    void handOverNeedsTheSeniorsOwnCardAndNobodyHomeRaisesAnAlert() {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "独行志愿者", 6, TransportMode.E_BIKE);
        PlanView plan =
                awaitPlanned(planning.plan(scenario.canteen().id(), world.today(), MealPeriod.LUNCH, scenario.staff())
                        .planId());
        PlanView.RoundView round = roundOf(plan, volunteer.id());
        assertThatThrownBy(() -> desk.delivered(round.stops().get(0).stopId(), null, "ABCD2345", volunteer.actor()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("STOP_NOT_OUT");
        desk.pickUp(round.roundId(), volunteer.actor());

        PlanView.StopView first = round.stops().get(0);
        PlanView.StopView second = round.stops().get(1);
        DeliveryWorld.Senior firstSenior = seniorOf(scenario, first.seniorId());
        DeliveryWorld.Senior secondSenior = seniorOf(scenario, second.seniorId());

        // the other senior's card is refused and changes nothing
        assertThatThrownBy(() -> desk.delivered(first.stopId(), null, secondSenior.manualCode(), volunteer.actor()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("CARD_OF_ANOTHER_SENIOR");
        assertThat(orders.snapshot(first.orderId()).status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);

        MyRoute.MyStop delivered = desk.delivered(first.stopId(), null, firstSenior.manualCode(), volunteer.actor());
        assertThat(delivered.status()).isEqualTo(StopStatus.DELIVERED);
        assertThat(orders.snapshot(first.orderId()).status()).isEqualTo(OrderStatus.DELIVERED);

        desk.notDelivered(second.stopId(), FailureReason.NOBODY_HOME, "敲门十分钟无人应", null, null, volunteer.actor());
        assertThat(orders.snapshot(second.orderId()).status()).isEqualTo(OrderStatus.FAILED);
        List<AlertView> open = welfare.open(scenario.canteen().id(), scenario.staff());
        assertThat(open).singleElement().satisfies(alert -> {
            assertThat(alert.reason()).isEqualTo(AlertReason.NOBODY_HOME);
            assertThat(alert.seniorId()).isEqualTo(second.seniorId());
            assertThat(alert.followUp()).contains("女儿");
        });
        assertThat(desk.myRoute(world.today(), volunteer.actor()).rounds())
                .singleElement()
                .extracting(MyRoute.MyRound::status)
                .isEqualTo(RoundStatus.FINISHED);

        welfare.resolve(open.get(0).alertId(), "已联系女儿，老人去医院复查", scenario.staff());
        assertThat(welfare.open(scenario.canteen().id(), scenario.staff())).isEmpty();
    }

    private PlanView awaitPlanned(long planId) {
        return world.awaitPlanned(planId);
    }

    private static PlanView.RoundView roundOf(PlanView plan, long volunteerId) {
        return DeliveryWorld.roundOf(plan, volunteerId);
    }

    private static DeliveryWorld.Senior seniorOf(DeliveryWorld.Scenario scenario, long seniorId) {
        return scenario.seniors().stream()
                .filter(s -> s.id() == seniorId)
                .findFirst()
                .orElseThrow();
    }
}
