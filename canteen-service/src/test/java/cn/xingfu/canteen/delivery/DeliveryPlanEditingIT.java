package cn.xingfu.canteen.delivery;

import static cn.xingfu.canteen.delivery.DeliveryWorld.round;
import static cn.xingfu.canteen.delivery.DeliveryWorld.roundOf;
import static cn.xingfu.canteen.delivery.DeliveryWorld.stopIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.delivery.planning.GeoPoint;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.support.Http;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The planner's hand edits over real HTTP: moving stops, swapping volunteers, a no-show, the printouts, and every
 * refusal answering problem+json without changing the plan. Expected arrival times are recomputed here from the
 * travel-time service, so a planner that forgets to re-time a round fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryPlanEditingIT {

    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withZone(DeliveryWorld.BEIJING);

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    RoundPlanning planning;

    @Autowired
    RouteDesk desk;

    @Autowired
    OrderQueries orders;

    @Autowired
    TravelTimes travelTimes;

    @Autowired
    DeliveryProperties properties;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void movesAStopWithinARoundToAnotherRoundAndOutOfAllRoundsRetimingEachChange() {
        DeliveryWorld.Scenario scenario = world.scenario(6);
        DeliveryWorld.VolunteerLogin bike = world.volunteer(scenario, "骑车甲", 4, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin walker = world.volunteer(scenario, "步行乙", 6, TransportMode.ON_FOOT);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        assertThat(plan.unassigned()).isZero();
        PlanView.RoundView a = plan.rounds().stream()
                .max(Comparator.comparingInt(r -> r.stops().size()))
                .orElseThrow();
        PlanView.RoundView b = plan.rounds().stream()
                .filter(r -> r.roundId() != a.roundId())
                .findFirst()
                .orElseThrow();
        assertThat(a.stops()).hasSizeGreaterThanOrEqualTo(3);
        List<Long> aOrder = stopIds(a);
        List<Long> bOrder = stopIds(b);

        // within a round: the last stop goes first
        long last = aOrder.get(aOrder.size() - 1);
        PlanView within = move(staff, plan.planId(), last, a.roundId(), 0);
        List<Long> expectedA = new ArrayList<>(aOrder);
        expectedA.remove(last);
        expectedA.add(0, last);
        assertThat(stopIds(round(within, a.roundId()))).containsExactlyElementsOf(expectedA);
        assertThat(round(within, a.roundId()).stops().get(0).plannedArrival())
                .isBefore(stop(plan, last).plannedArrival());
        assertRetimed(within, scenario.canteen());
        assertThat(within.score()).as("a hand edit voids the solver's score").isNull();

        // to another round, second place
        PlanView across = move(staff, plan.planId(), last, b.roundId(), 1);
        expectedA.remove(last);
        List<Long> expectedB = new ArrayList<>(bOrder);
        expectedB.add(Math.min(1, expectedB.size()), last);
        assertThat(stopIds(round(across, a.roundId()))).containsExactlyElementsOf(expectedA);
        assertThat(stopIds(round(across, b.roundId()))).containsExactlyElementsOf(expectedB);
        assertThat(round(across, a.roundId()).load()).isEqualTo(aOrder.size() - 1);
        assertThat(round(across, b.roundId()).load()).isEqualTo(bOrder.size() + 1);
        assertRetimed(across, scenario.canteen());

        // out of every round: listed apart, with no time and no sequence
        PlanView out = move(staff, plan.planId(), last, null, 0);
        expectedB.remove(last);
        assertThat(stopIds(round(out, b.roundId()))).containsExactlyElementsOf(expectedB);
        assertThat(out.unassigned()).isEqualTo(1);
        assertThat(out.unassignedStops()).singleElement().satisfies(s -> {
            assertThat(s.stopId()).isEqualTo(last);
            assertThat(s.sequence()).isZero();
            assertThat(s.plannedArrival()).isNull();
        });
        assertRetimed(out, scenario.canteen());

        // everything onto the walker, in the order given: later doors fall outside the hot-meal window
        PlanView.RoundView walkerRound = roundOf(plan, walker.id());
        PlanView.RoundView bikeRound = roundOf(plan, bike.id());
        PlanView all = out;
        for (long stopId : concat(List.of(last), stopIds(round(out, bikeRound.roundId())))) {
            all = move(staff, plan.planId(), stopId, walkerRound.roundId(), 99);
        }
        assertThat(round(all, walkerRound.roundId()).stops()).hasSize(6);
        assertThat(round(all, bikeRound.roundId()).stops()).isEmpty();
        assertThat(round(all, bikeRound.roundId()).travelMinutes()).isZero();
        assertThat(all.unassigned()).isZero();
        assertThat(all.hotWindowLate()).isPositive();
        assertRetimed(all, scenario.canteen());
    }

    @Test
    void swapsTheVolunteersOfTwoRoundsWithTheirCapacityAndTransport() {
        DeliveryWorld.Scenario scenario = world.scenario(4);
        DeliveryWorld.VolunteerLogin bike = world.volunteer(scenario, "骑车丙", 2, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin walker = world.volunteer(scenario, "步行丁", 3, TransportMode.ON_FOOT);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView bikeRound = roundOf(plan, bike.id());
        PlanView.RoundView walkerRound = roundOf(plan, walker.id());
        assertThat(bikeRound.stops()).isNotEmpty();

        Http.Answer answer = http.post(
                "/api/delivery/plans/" + plan.planId() + "/swap",
                staff,
                DeliveryWorld.PASSWORD,
                Map.of("roundA", bikeRound.roundId(), "roundB", walkerRound.roundId()),
                Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        PlanView swapped = planning.view(plan.planId());
        assertThat(answer.json().path("travelMinutes").asLong()).isEqualTo(swapped.travelMinutes());

        PlanView.RoundView first = round(swapped, bikeRound.roundId());
        assertThat(first.volunteerId()).isEqualTo(walker.id());
        assertThat(first.volunteerName()).isEqualTo("步行丁");
        assertThat(first.boxCapacity()).isEqualTo(3);
        assertThat(first.transport()).isEqualTo(TransportMode.ON_FOOT);
        assertThat(stopIds(first)).as("the stops stay with the round").containsExactlyElementsOf(stopIds(bikeRound));
        assertThat(first.stops().get(first.stops().size() - 1).plannedArrival())
                .as("on foot now, so later")
                .isAfter(bikeRound.stops().get(bikeRound.stops().size() - 1).plannedArrival());
        PlanView.RoundView second = round(swapped, walkerRound.roundId());
        assertThat(second.volunteerId()).isEqualTo(bike.id());
        assertThat(second.boxCapacity()).isEqualTo(2);
        assertThat(second.transport()).isEqualTo(TransportMode.E_BIKE);
        assertThat(stopIds(second)).containsExactlyElementsOf(stopIds(walkerRound));
        assertRetimed(swapped, scenario.canteen());
    }

    @Test
    void refusesEditsWithAProblemAndChangesNothing() {
        DeliveryWorld.Scenario other = world.scenario(1);
        world.volunteer(other, "别家志愿者", 2, TransportMode.E_BIKE);
        PlanView otherPlan = world.planned(other);
        String otherStaff = world.staffLogin(other);

        DeliveryWorld.Scenario scenario = world.scenario(4);
        DeliveryWorld.VolunteerLogin early = world.volunteer(scenario, "早到戊", 2, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin late = world.volunteer(scenario, "晚到己", 2, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView picked = roundOf(plan, early.id());
        PlanView.RoundView open = roundOf(plan, late.id());
        desk.pickUp(picked.roundId(), early.actor());
        PlanView before = planning.view(plan.planId());

        long planId = plan.planId();
        long pickedStop = picked.stops().get(0).stopId();
        long openStop = open.stops().get(0).stopId();
        long foreignStop = otherPlan.rounds().get(0).stops().get(0).stopId();
        long foreignRound = otherPlan.rounds().get(0).roundId();
        long unknown = 4_000_000_000_000_000_000L;
        String moves = "/api/delivery/plans/" + planId + "/stops/";
        String swap = "/api/delivery/plans/" + planId + "/swap";

        List<Refusal> refusals = List.of(
                // the first trip was picked up at the kitchen: its meals are on their way and stay where they are
                new Refusal(staff, moves + pickedStop + "/move", move(picked.roundId(), 1), 409, "STOP_ALREADY_OUT"),
                new Refusal(staff, moves + pickedStop + "/move", move(open.roundId(), 0), 409, "STOP_ALREADY_OUT"),
                new Refusal(staff, moves + pickedStop + "/move", move(null, 0), 409, "STOP_ALREADY_OUT"),
                // and the round keeps its volunteer

                new Refusal(staff, swap, swap(picked.roundId(), open.roundId()), 409, "ROUND_ALREADY_PICKED_UP"),
                new Refusal(staff, noShow(picked.roundId()), "{}", 409, "ROUND_ALREADY_PICKED_UP"),
                // ids of another canteen's plan
                new Refusal(staff, moves + foreignStop + "/move", move(open.roundId(), 0), 404, "STOP_NOT_FOUND"),
                new Refusal(staff, moves + openStop + "/move", move(foreignRound, 0), 404, "ROUND_NOT_FOUND"),
                new Refusal(staff, swap, swap(open.roundId(), foreignRound), 404, "ROUND_NOT_FOUND"),
                // ids that do not exist
                new Refusal(
                        staff,
                        "/api/delivery/plans/" + unknown + "/stops/" + openStop + "/move",
                        move(open.roundId(), 0),
                        404,
                        "PLAN_NOT_FOUND"),
                new Refusal(staff, moves + unknown + "/move", move(open.roundId(), 0), 404, "STOP_NOT_FOUND"),
                new Refusal(staff, moves + openStop + "/move", move(unknown, 0), 404, "ROUND_NOT_FOUND"),
                new Refusal(staff, swap, swap(open.roundId(), unknown), 404, "ROUND_NOT_FOUND"),
                new Refusal(staff, noShow(unknown), "{}", 404, "ROUND_NOT_FOUND"),
                // staff of another canteen
                new Refusal(
                        otherStaff, moves + openStop + "/move", move(open.roundId(), 0), 403, "OUT_OF_CANTEEN_SCOPE"),
                new Refusal(otherStaff, swap, swap(open.roundId(), picked.roundId()), 403, "OUT_OF_CANTEEN_SCOPE"),
                new Refusal(otherStaff, noShow(open.roundId()), "{}", 403, "OUT_OF_CANTEEN_SCOPE"),
                // a volunteer account
                new Refusal(late.username(), moves + openStop + "/move", move(null, 0), 403, "STAFF_ONLY"),
                new Refusal(late.username(), swap, swap(open.roundId(), picked.roundId()), 403, "STAFF_ONLY"),
                new Refusal(late.username(), noShow(open.roundId()), "{}", 403, "STAFF_ONLY"));

        Map<String, String> answers = new LinkedHashMap<>();
        for (Refusal refusal : refusals) {
            Http.Answer answer =
                    http.post(refusal.path(), refusal.user(), DeliveryWorld.PASSWORD, refusal.body(), Map.of());
            String what = refusal.user() + " POST " + refusal.path() + " " + refusal.body() + " → " + answer.status()
                    + " " + answer.body();
            answers.put(what, answer.status() + " " + answer.code());
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.json().path("title").asString()).as(what).isNotBlank();
            assertThat(answer.json().path("detail").asString()).as(what).isNotBlank();
            assertThat(answer.json().path("messageZh").asString()).as(what).isNotBlank();
            assertThat(answer.json().path("messageEn").asString()).as(what).isNotBlank();
        }
        assertThat(answers.values())
                .containsExactlyElementsOf(
                        refusals.stream().map(r -> r.status() + " " + r.code()).toList());
        for (String path :
                List.of("/api/delivery/plans/" + planId, "/api/delivery/plans/" + planId + "/route-sheets.pdf")) {
            Http.Answer answer = http.get(path, otherStaff, DeliveryWorld.PASSWORD);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("OUT_OF_CANTEEN_SCOPE");
        }

        assertThat(planning.view(planId)).isEqualTo(before);
        assertThat(planning.view(otherPlan.planId())).isEqualTo(otherPlan);
    }

    @Test
    void aStopMovedOntoARoundWithATripOutGoesOnItsNextTrip() {
        DeliveryWorld.Scenario scenario = world.scenario(4);
        DeliveryWorld.VolunteerLogin early = world.volunteer(scenario, "早到癸", 2, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin late = world.volunteer(scenario, "晚到子", 2, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView picked = roundOf(plan, early.id());
        PlanView.RoundView open = roundOf(plan, late.id());
        desk.pickUp(picked.roundId(), early.actor());
        long moving = open.stops().get(0).stopId();

        // position 0 is taken by meals on their way: the stop goes after them, on the next trip
        PlanView moved = move(staff, plan.planId(), moving, picked.roundId(), 0);

        PlanView.RoundView after = round(moved, picked.roundId());
        assertThat(stopIds(after))
                .containsExactly(stopIds(picked).get(0), stopIds(picked).get(1), moving);
        assertThat(after.stops())
                .extracting(PlanView.StopView::status, PlanView.StopView::trip)
                .containsExactly(tuple(StopStatus.OUT, 1), tuple(StopStatus.OUT, 1), tuple(StopStatus.WAITING, 2));
        assertThat(after.trips()).isEqualTo(2);
        assertThat(after.stops().get(2).plannedArrival())
                .isAfter(after.stops().get(2).tripLeavesAt());
        assertThat(stopIds(round(moved, open.roundId()))).doesNotContain(moving);
    }

    @Test
    void aNoShowSendsTheStopsBackAndPlansAgainWithoutThatVolunteer() {
        DeliveryWorld.Scenario scenario = world.scenario(6);
        world.volunteer(scenario, "志愿者庚", 4, TransportMode.E_BIKE);
        world.volunteer(scenario, "志愿者辛", 4, TransportMode.E_BIKE);
        world.volunteer(scenario, "志愿者壬", 4, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        PlanView.RoundView absent = plan.rounds().stream()
                .max(Comparator.comparingInt(r -> r.stops().size()))
                .orElseThrow();
        assertThat(absent.stops()).isNotEmpty();

        Http.Answer answer = http.post(
                "/api/delivery/rounds/" + absent.roundId() + "/no-show", staff, DeliveryWorld.PASSWORD, "{}", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(answer.json().path("planId").asLong()).isEqualTo(plan.planId());

        // watched the way the planner page does it: over HTTP until the solver lets go, a minute at most
        String path = "/api/delivery/plans/" + plan.planId();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING"
                        .equals(http.get(path, staff, DeliveryWorld.PASSWORD)
                                .json()
                                .path("status")
                                .asString()));
        PlanView replanned = planning.view(plan.planId());
        assertThat(replanned.status()).isEqualTo(PlanStatus.PLANNED);

        PlanView.RoundView gone = round(replanned, absent.roundId());
        assertThat(gone.status()).isEqualTo(RoundStatus.NO_SHOW);
        assertThat(gone.stops()).isEmpty();
        assertThat(gone.travelMinutes())
                .as("a round nobody rides has no travel")
                .isZero();
        assertRetimed(replanned, scenario.canteen());
        assertThat(replanned.rounds())
                .filteredOn(r -> r.volunteerId() == absent.volunteerId())
                .singleElement()
                .extracting(PlanView.RoundView::roundId)
                .isEqualTo(absent.roundId());
        assertThat(replanned.unassigned()).isZero();
        assertThat(replanned.rounds().stream().flatMap(r -> r.stops().stream()).map(PlanView.StopView::orderId))
                .containsExactlyInAnyOrderElementsOf(scenario.orders());
        for (PlanView.RoundView round : replanned.rounds()) {
            assertThat(round.stops())
                    .extracting(PlanView.StopView::sequence)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, round.stops().size())
                                    .boxed()
                                    .toList());
        }

        // a second no-show of the same round is refused
        Http.Answer again = http.post(
                "/api/delivery/rounds/" + absent.roundId() + "/no-show", staff, DeliveryWorld.PASSWORD, "{}", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ROUND_NO_SHOW");
    }

    @Test
    void printsOneRouteSheetPerRoundAndOneLabelPerMealInVisitingOrder() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(5);
        world.volunteer(scenario, "志愿者癸", 3, TransportMode.E_BIKE);
        world.volunteer(scenario, "志愿者子", 3, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        PlanView plan = world.planned(scenario);
        List<PlanView.RoundView> rounds =
                plan.rounds().stream().filter(r -> !r.stops().isEmpty()).toList();
        assertThat(rounds).hasSize(2);

        Http.Download sheets = http.download(
                "/api/delivery/plans/" + plan.planId() + "/route-sheets.pdf", staff, DeliveryWorld.PASSWORD);
        assertThat(sheets.status()).isEqualTo(200);
        assertThat(sheets.contentType()).startsWith("application/pdf");
        // compared without white space: the extractor breaks lines where the table cells wrap
        List<String> pages = pages(sheets.body()).stream()
                .map(DeliveryPlanEditingIT::squeeze)
                .toList();
        assertThat(pages).as("one page per round with stops").hasSize(rounds.size());
        for (int i = 0; i < rounds.size(); i++) {
            PlanView.RoundView round = rounds.get(i);
            String page = pages.get(i);
            assertThat(page)
                    .contains(squeeze("志愿者 Volunteer: " + round.volunteerName() + " 出发 Leave: ")
                            + HH_MM.format(round.departureAt()));
            // each row: sequence, masked name, address, dishes, diet, ETA; rows in visiting order
            List<Integer> rows = new ArrayList<>();
            for (PlanView.StopView stop : round.stops()) {
                int from = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
                int row = page.indexOf(squeeze(stop.sequence() + stop.maskedName() + stop.address()), from);
                assertThat(row)
                        .as("stop %d of %s after %d in:%n%s", stop.sequence(), round.volunteerName(), from, page)
                        .isGreaterThanOrEqualTo(from);
                rows.add(row);
            }
            rows.add(page.length());
            for (int s = 0; s < round.stops().size(); s++) {
                PlanView.StopView stop = round.stops().get(s);
                String row = page.substring(rows.get(s), rows.get(s + 1));
                assertThat(row).endsWith(HH_MM.format(stop.plannedArrival()));
                orders.snapshot(stop.orderId())
                        .lines()
                        .forEach(line -> assertThat(row).contains(squeeze(line.name() + " ×" + line.quantity())));
            }
        }

        Http.Download labels =
                http.download("/api/delivery/plans/" + plan.planId() + "/labels.pdf", staff, DeliveryWorld.PASSWORD);
        assertThat(labels.status()).isEqualTo(200);
        assertThat(labels.contentType()).startsWith("application/pdf");
        String text = squeeze(String.join("", pages(labels.body())));
        for (PlanView.RoundView round : rounds) {
            for (PlanView.StopView stop : round.stops()) {
                assertThat(text)
                        .contains(squeeze(round.volunteerName() + " #" + stop.sequence() + stop.maskedName() + " 午餐"
                                + stop.address()));
            }
        }
        int meals = rounds.stream().mapToInt(r -> r.stops().size()).sum();
        assertThat(text.chars().filter(c -> c == '#').count())
                .as("one label per meal")
                .isEqualTo(meals);
    }

    /**
     * Sequence 1..n, trips of at most the boxes (every test order fills one), and the times and travel a planner gets
     * from the kitchen through the stops, back for the next boxes between trips, and back at the end.
     */
    private void assertRetimed(PlanView plan, CanteenView canteen) {
        GeoPoint kitchen = new GeoPoint(canteen.latitude(), canteen.longitude());
        long planTravel = 0;
        int late = 0;
        for (PlanView.RoundView round : plan.rounds()) {
            Instant clock = round.departureAt();
            Instant tripLeft = clock;
            GeoPoint at = kitchen;
            long travel = 0;
            int trip = 1;
            int inTrip = 0;
            for (int i = 0; i < round.stops().size(); i++) {
                PlanView.StopView stop = round.stops().get(i);
                if (inTrip == round.boxCapacity()) {
                    long back = travelTimes.seconds(at, kitchen, round.transport());
                    travel += back;
                    clock = clock.plusSeconds(back).plus(properties.reload());
                    tripLeft = clock;
                    at = kitchen;
                    trip++;
                    inTrip = 0;
                }
                GeoPoint next = new GeoPoint(stop.latitude(), stop.longitude());
                long leg = travelTimes.seconds(at, next, round.transport());
                travel += leg;
                clock = clock.plusSeconds(leg);
                assertThat(stop.sequence()).isEqualTo(i + 1);
                assertThat(stop.trip()).as("trip of stop %d", i + 1).isEqualTo(trip);
                assertThat(stop.tripLeavesAt()).as("trip %d leaves", trip).isEqualTo(tripLeft);
                assertThat(stop.plannedArrival())
                        .as("arrival at stop %d", i + 1)
                        .isEqualTo(clock);
                boolean beyond = Duration.between(tripLeft, clock).compareTo(properties.hotWindow()) > 0;
                assertThat(stop.beyondHotWindow()).isEqualTo(beyond);
                late += beyond ? 1 : 0;
                clock = clock.plus(properties.handOver());
                at = next;
                inTrip++;
            }
            if (!round.stops().isEmpty()) {
                travel += travelTimes.seconds(at, kitchen, round.transport());
            }
            assertThat(round.trips()).isEqualTo(round.stops().isEmpty() ? 0 : trip);
            assertThat(round.travelMinutes()).isEqualTo(Math.round(travel / 60.0));
            assertThat(round.load()).isEqualTo(round.stops().size());
            planTravel += travel;
        }
        assertThat(plan.travelMinutes()).isEqualTo(Math.round(planTravel / 60.0));
        assertThat(plan.unassigned()).isEqualTo(plan.unassignedStops().size());
        assertThat(plan.hotWindowLate()).isEqualTo(late);
    }

    private PlanView move(String staff, long planId, long stopId, Long roundId, int position) {
        Http.Answer answer = http.post(
                "/api/delivery/plans/" + planId + "/stops/" + stopId + "/move",
                staff,
                DeliveryWorld.PASSWORD,
                move(roundId, position),
                Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        PlanView view = planning.view(planId);
        assertThat(answer.json().path("unassigned").asInt()).isEqualTo(view.unassigned());
        return view;
    }

    private static String move(Long roundId, int position) {
        return "{\"roundId\":" + roundId + ",\"position\":" + position + "}";
    }

    private static String swap(long roundA, long roundB) {
        return "{\"roundA\":" + roundA + ",\"roundB\":" + roundB + "}";
    }

    private static String noShow(long roundId) {
        return "/api/delivery/rounds/" + roundId + "/no-show";
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static PlanView.StopView stop(PlanView plan, long stopId) {
        return plan.rounds().stream()
                .flatMap(r -> r.stops().stream())
                .filter(s -> s.stopId() == stopId)
                .findFirst()
                .orElseThrow();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private record Refusal(String user, String path, String body, int status, String code) {}
}
