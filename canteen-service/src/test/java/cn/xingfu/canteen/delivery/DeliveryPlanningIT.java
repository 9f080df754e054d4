package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.delivery.planning.GeoPoint;
import cn.xingfu.canteen.delivery.planning.Round;
import cn.xingfu.canteen.delivery.planning.Stop;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.crypto.FieldCipher;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Autowired
    DeliveryProperties properties;

    @Autowired
    TestClock clock;

    @Autowired
    SeniorDirectory seniors;

    @Autowired
    TravelTimes travelTimes;

    @Autowired
    FieldCipher cipher;

    @Autowired
    DataSource dataSource;

    JdbcClient jdbc;

    @BeforeEach
    void jdbc() {
        jdbc = JdbcClient.create(dataSource);
    }

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
            assertTripsFitTheBoxes(round);
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

        // the trip on its way is untouched: same meals, same order, first on the round
        List<Long> outBefore = bikeRound.stops().stream()
                .filter(s -> s.trip() == 1)
                .map(PlanView.StopView::orderId)
                .toList();
        PlanView.RoundView bikeAfter = roundOf(replanned, bike.id());
        assertThat(bikeAfter.status()).isEqualTo(RoundStatus.PICKED_UP);
        assertThat(bikeAfter.stops().subList(0, outBefore.size()))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StopStatus.OUT))
                .extracting(PlanView.StopView::orderId)
                .containsExactlyElementsOf(outBefore);
        assertThat(bikeAfter.stops().subList(outBefore.size(), bikeAfter.stops().size()))
                .allSatisfy(s -> assertThat(s.trip()).isGreaterThan(1));
        assertThat(roundOf(replanned, walker.id()).status()).isEqualTo(RoundStatus.NO_SHOW);
        assertThat(roundOf(replanned, walker.id()).stops()).isEmpty();
        // the walker's meals went to the others, on further trips where the boxes are full
        assertThat(replanned.unassigned()).isZero();
        replanned.rounds().forEach(DeliveryPlanningIT::assertTripsFitTheBoxes);
    }

    @Test
    void stopsStoreTheSeniorsCoordinatesEncryptedAndThePlanTravelsTheDistancesBetweenThem() {
        DeliveryWorld.Scenario scenario = world.scenario(4);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "坐标志愿者", 4, TransportMode.E_BIKE);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView round = roundOf(plan, volunteer.id());
        assertThat(round.stops()).hasSize(4);

        CanteenView canteen = scenario.canteen();
        List<GeoPoint> points = new ArrayList<>(List.of(new GeoPoint(canteen.latitude(), canteen.longitude())));
        List<Stop> visits = new ArrayList<>();
        for (PlanView.StopView stop : round.stops()) {
            DeliveryContact registered = seniors.deliveryContact(stop.seniorId());
            // read back from the envelopes: exactly the senior's registered coordinates
            assertThat(stop.latitude()).isEqualTo(registered.latitude());
            assertThat(stop.longitude()).isEqualTo(registered.longitude());
            Map<String, Object> raw = jdbc.sql("SELECT latitude, longitude FROM delivery_stop WHERE id = ?")
                    .param(stop.stopId())
                    .query()
                    .singleRow();
            for (Object column : List.of(raw.get("latitude"), raw.get("longitude"))) {
                assertThat(column).isInstanceOf(String.class);
                assertThat((String) column).startsWith(cipher.activePrefix());
            }
            assertThat(Double.parseDouble(cipher.decrypt((String) raw.get("latitude"))))
                    .isEqualTo(registered.latitude());
            assertThat(Double.parseDouble(cipher.decrypt((String) raw.get("longitude"))))
                    .isEqualTo(registered.longitude());
            points.add(new GeoPoint(registered.latitude(), registered.longitude()));
            visits.add(new Stop(stop.orderId(), stop.seniorId(), points.size() - 1, 1, null, null));
        }

        // the travel the plan stored is the one the registered (plaintext) coordinates give in the plan's order
        long departure =
                LocalTime.ofInstant(round.departureAt(), DeliveryWorld.BEIJING).toSecondOfDay();
        long expected = new Round(
                        volunteer.id(),
                        round.boxCapacity(),
                        TransportMode.E_BIKE,
                        departure,
                        travelTimes.matrix(points, TransportMode.E_BIKE),
                        properties.rules(),
                        false)
                .readyAt(departure)
                .visit(visits.toArray(Stop[]::new))
                .schedule()
                .travelSeconds();
        assertThat(expected).isPositive();
        assertThat(jdbc.sql("SELECT travel_seconds FROM delivery_round WHERE id = ?")
                        .param(round.roundId())
                        .query(Long.class)
                        .single())
                .isEqualTo(expected);
    }

    @Test
    void aVolunteerWithTwoBoxesPicksUpOneTripAtATime() {
        DeliveryWorld.Scenario scenario = world.scenario(5);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "两箱志愿者", 2, TransportMode.E_BIKE);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView round = roundOf(plan, volunteer.id());
        assertThat(plan.unassigned()).isZero();
        assertThat(round.trips()).isEqualTo(3);
        assertThat(round.stops()).extracting(PlanView.StopView::trip).containsExactly(1, 1, 2, 2, 3);
        // a later trip leaves only after the volunteer came back: its meals are planned later too
        assertThat(round.stops().get(2).tripLeavesAt())
                .isAfter(round.stops().get(1).plannedArrival());

        MyRoute.MyRound mine = desk.pickUp(round.roundId(), volunteer.actor());
        assertThat(mine.stops())
                .extracting(MyRoute.MyStop::status)
                .containsExactly(
                        StopStatus.OUT, StopStatus.OUT, StopStatus.WAITING, StopStatus.WAITING, StopStatus.WAITING);
        assertThat(mine.nextTrip()).isZero();
        assertThat(orders.snapshot(round.stops().get(2).orderId()).status()).isEqualTo(OrderStatus.READY);
        assertThatThrownBy(() -> desk.pickUp(round.roundId(), volunteer.actor()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("TRIP_STILL_OUT");

        for (PlanView.StopView stop : round.stops().subList(0, 2)) {
            desk.delivered(
                    stop.stopId(), null, seniorOf(scenario, stop.seniorId()).manualCode(), volunteer.actor());
        }
        assertThat(desk.myRoute(world.today(), volunteer.actor()).rounds())
                .singleElement()
                .extracting(MyRoute.MyRound::nextTrip)
                .isEqualTo(2);
        mine = desk.pickUp(round.roundId(), volunteer.actor());
        assertThat(mine.stops())
                .extracting(MyRoute.MyStop::status)
                .containsExactly(
                        StopStatus.DELIVERED, StopStatus.DELIVERED, StopStatus.OUT, StopStatus.OUT, StopStatus.WAITING);
        assertThat(mine.status()).isEqualTo(RoundStatus.PICKED_UP);
    }

    @Test
    void handOverNeedsTheSeniorsOwnCardAndNobodyHomeRaisesAnAlert() {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "独行志愿者", 6, TransportMode.E_BIKE);
        PlanView plan = world.planned(scenario);
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

        // the volunteer's words at the door and the alert's texts are stored as envelopes (V170-V171)
        assertEnvelope("SELECT note FROM delivery_stop WHERE id = ?", second.stopId(), "敲门十分钟无人应");
        // the order's plaintext history names the reason, never the volunteer's words
        assertThat(jdbc.sql("SELECT note FROM order_status_change WHERE order_id = ? AND to_status = 'FAILED'")
                        .param(second.orderId())
                        .query(String.class)
                        .single())
                .isEqualTo(FailureReason.NOBODY_HOME.zh() + " / " + FailureReason.NOBODY_HOME.en());
        assertEnvelope(
                "SELECT detail FROM welfare_alert WHERE id = ?", open.get(0).alertId(), "敲门十分钟无人应");
        assertEnvelope(
                "SELECT follow_up FROM welfare_alert WHERE id = ?",
                open.get(0).alertId(),
                open.get(0).followUp());
        assertEnvelope(
                "SELECT resolution FROM welfare_alert WHERE id = ?", open.get(0).alertId(), "已联系女儿，老人去医院复查");

        // a full-length well-being note (300 characters, mostly Chinese) fits and reads back
        String dizzy = "头晕，站不稳，unwell".repeat(30).substring(0, 300);
        MyRoute.MyStop checked = desk.checkWellbeing(first.stopId(), Wellbeing.UNWELL, dizzy, volunteer.actor());
        assertThat(checked.wellbeing()).isEqualTo(Wellbeing.UNWELL);
        assertEnvelope("SELECT wellbeing_note FROM delivery_stop WHERE id = ?", first.stopId(), dizzy);
        AlertView unwell =
                welfare.open(scenario.canteen().id(), scenario.staff()).get(0);
        assertThat(unwell.detail()).endsWith(dizzy);
        assertEnvelope("SELECT detail FROM welfare_alert WHERE id = ?", unwell.alertId(), unwell.detail());
    }

    /** The raw column is an envelope under the active key that does not show the text and decrypts to it. */
    void assertEnvelope(String sql, long id, String plain) {
        String stored = jdbc.sql(sql).param(id).query(String.class).single();
        assertThat(stored).startsWith(cipher.activePrefix()).doesNotContain(plain.substring(0, 4));
        assertThat(cipher.decrypt(stored)).isEqualTo(plain);
    }

    @Test
    void aDeliveryNotConfirmedWithinTheHotWindowRaisesOneAlertHoweverOftenTheSweepRuns() {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "超时志愿者", 6, TransportMode.E_BIKE);
        PlanView.RoundView round = roundOf(world.planned(scenario), volunteer.id());
        PlanView.StopView onTime = round.stops().get(0);
        PlanView.StopView unconfirmed = round.stops().get(1);
        Instant pickedUp = LocalDateTime.of(world.today(), LocalTime.of(11, 0))
                .atZone(DeliveryWorld.BEIJING)
                .toInstant();
        clock.pin(pickedUp);
        desk.pickUp(round.roundId(), volunteer.actor());
        clock.pin(pickedUp.plus(Duration.ofMinutes(20)));
        desk.delivered(
                onTime.stopId(), null, seniorOf(scenario, onTime.seniorId()).manualCode(), volunteer.actor());

        // the scheduler's sweep, called directly: at the very end of the window nothing is overdue yet
        clock.pin(pickedUp.plus(properties.hotWindow()));
        desk.alertUnconfirmed();
        assertThat(welfare.open(scenario.canteen().id(), scenario.staff())).isEmpty();

        clock.pin(pickedUp.plus(properties.hotWindow()).plusSeconds(60));
        desk.alertUnconfirmed();
        clock.pin(pickedUp.plus(properties.hotWindow()).plusSeconds(120));
        desk.alertUnconfirmed();

        assertThat(welfare.open(scenario.canteen().id(), scenario.staff()))
                .as("one alert for the unconfirmed stop, none for the one delivered in time")
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.reason()).isEqualTo(AlertReason.NOT_CONFIRMED);
                    assertThat(alert.stopId()).isEqualTo(unconfirmed.stopId());
                    assertThat(alert.seniorId()).isEqualTo(unconfirmed.seniorId());
                    assertThat(alert.raisedBy()).isEqualTo("system");
                    assertThat(alert.raisedAt())
                            .isEqualTo(pickedUp.plus(properties.hotWindow()).plusSeconds(60));
                    assertThat(alert.followUp()).contains("女儿");
                });
        assertThat(orders.snapshot(onTime.orderId()).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    private PlanView awaitPlanned(long planId) {
        return world.awaitPlanned(planId);
    }

    private static void assertTripsFitTheBoxes(PlanView.RoundView round) {
        // every demo order here fills one box
        assertThat(round.stops().stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                PlanView.StopView::trip, java.util.stream.Collectors.counting())))
                .allSatisfy((trip, meals) -> assertThat(meals).isLessThanOrEqualTo(round.boxCapacity()));
        assertThat(round.trips()).isLessThanOrEqualTo(3);
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
