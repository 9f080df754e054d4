package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.live.LiveDestinations;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.StompProbe;
import cn.xingfu.kernel.Ids;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Welfare alerts reach the canteen's staff over STOMP the moment a volunteer reports a failed delivery through the
 * REST API, and leave their pages when someone resolves them; nobody else may listen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WelfareAlertPushIT {

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    RouteDesk desk;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void staffOfTheCanteenHearNobodyHomeAtOnceAndHearItResolved() throws Exception {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "推送志愿者", 6, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        PlanView.RoundView round = DeliveryWorld.roundOf(world.planned(scenario), volunteer.id());
        PlanView.StopView stop = round.stops().get(1);
        Http http = new Http(port);
        long canteenId = scenario.canteen().id();

        try (StompProbe page = StompProbe.withBasic(port, staff, DeliveryWorld.PASSWORD)) {
            BlockingQueue<JsonNode> alerts = page.subscribe(LiveDestinations.canteenAlerts(canteenId));

            assertThat(http.post(
                                    "/api/delivery/rounds/" + round.roundId() + "/picked-up",
                                    volunteer.username(),
                                    DeliveryWorld.PASSWORD,
                                    "",
                                    Map.of())
                            .status())
                    .isEqualTo(200);
            assertThat(http.post(
                                    "/api/delivery/stops/" + stop.stopId() + "/not-delivered",
                                    volunteer.username(),
                                    DeliveryWorld.PASSWORD,
                                    Map.of("reason", "NOBODY_HOME", "note", "敲门十分钟无人应"),
                                    Map.of())
                            .status())
                    .isEqualTo(200);

            JsonNode raised = alerts.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(raised).as("the alert is pushed").isNotNull();
            assertThat(raised.get("change").asString()).isEqualTo("RAISED");
            assertThat(raised.get("canteenId").asLong()).isEqualTo(canteenId);
            JsonNode alert = raised.get("alert");
            assertThat(alert.get("reason").asString()).isEqualTo("NOBODY_HOME");
            assertThat(alert.get("reasonZh").asString()).isEqualTo("送餐无人应门");
            assertThat(alert.get("status").asString()).isEqualTo("OPEN");
            assertThat(alert.get("stopId").asLong()).isEqualTo(stop.stopId());
            assertThat(alert.get("roundId").asLong()).isEqualTo(round.roundId());
            assertThat(alert.get("stopSequence").asInt()).isEqualTo(2);
            assertThat(alert.get("seniorId").asLong()).isEqualTo(stop.seniorId());
            assertThat(alert.get("detail").asString()).isEqualTo("敲门十分钟无人应");
            assertThat(alert.get("followUp").asString()).contains("女儿");
            assertThat(alert.get("raisedBy").asString()).isEqualTo(volunteer.username());
            assertThat(alert.has("resolution")).isFalse();

            // the push carries exactly what the staff list shows, no more personal data
            Http.Answer list = http.get("/api/welfare-alerts", staff, DeliveryWorld.PASSWORD);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("alerts")).singleElement().isEqualTo(alert);
            long alertId = raised.get("alertId").asLong();
            assertThat(alert.get("alertId").asLong()).isEqualTo(alertId);

            assertThat(http.post(
                                    "/api/welfare-alerts/" + alertId + "/resolve",
                                    staff,
                                    DeliveryWorld.PASSWORD,
                                    Map.of("resolution", "已联系女儿，老人去医院复查"),
                                    Map.of())
                            .status())
                    .isEqualTo(200);

            JsonNode resolved = alerts.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(resolved).as("the resolution is pushed").isNotNull();
            assertThat(resolved.get("change").asString()).isEqualTo("RESOLVED");
            assertThat(resolved.get("alertId").asLong()).isEqualTo(alertId);
            assertThat(resolved.get("canteenId").asLong()).isEqualTo(canteenId);
            assertThat(resolved.has("alert"))
                    .as("the resolution text is not in the staff list, so it is not pushed")
                    .isFalse();
            assertThat(StompProbe.quietly(alerts)).isTrue();
        }
    }

    @Test
    void aReportThatIsRolledBackPushesNothing() throws Exception {
        DeliveryWorld.Scenario scenario = world.scenario(1);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "回滚志愿者", 6, TransportMode.ON_FOOT);
        PlanView.RoundView round = DeliveryWorld.roundOf(world.planned(scenario), volunteer.id());
        long stopId = round.stops().get(0).stopId();
        desk.pickUp(round.roundId(), volunteer.actor());

        try (StompProbe page = StompProbe.withBasic(port, world.staffLogin(scenario), DeliveryWorld.PASSWORD)) {
            BlockingQueue<JsonNode> alerts = page.subscribe(
                    LiveDestinations.canteenAlerts(scenario.canteen().id()));

            // WelfareAlertRaised is published inside this transaction, which then rolls back
            transactions.executeWithoutResult(status -> {
                desk.notDelivered(stopId, FailureReason.SENIOR_UNWELL, "rolled back", null, null, volunteer.actor());
                status.setRollbackOnly();
            });
            assertThat(StompProbe.quietly(alerts)).as("nothing pushed").isTrue();

            desk.notDelivered(stopId, FailureReason.SENIOR_UNWELL, "头晕，已叫家属", null, null, volunteer.actor());
            JsonNode raised = alerts.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(raised).isNotNull();
            assertThat(raised.get("alert").get("detail").asString()).isEqualTo("头晕，已叫家属");
        }
    }

    @Test
    void onlyStaffWhoMayActForTheCanteenMayListen() throws Exception {
        DeliveryWorld.Scenario scenario = world.scenario(1);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "旁听志愿者", 6, TransportMode.ON_FOOT);
        long canteenId = scenario.canteen().id();
        String destination = LiveDestinations.canteenAlerts(canteenId);

        for (String outsider : new String[] {
            world.login(Role.CANTEEN_STAFF, Ids.next()),
            world.login(Role.CANTEEN_MANAGER, Ids.next()),
            world.login(Role.KIOSK, canteenId),
            volunteer.username()
        }) {
            try (StompProbe probe = StompProbe.withBasic(port, outsider, DeliveryWorld.PASSWORD)) {
                probe.assertRefused(destination);
            }
        }
        for (String insider : new String[] {
            world.staffLogin(scenario),
            world.login(Role.CANTEEN_MANAGER, canteenId),
            world.login(Role.DISTRICT_ADMIN, null)
        }) {
            try (StompProbe probe = StompProbe.withBasic(port, insider, DeliveryWorld.PASSWORD)) {
                probe.subscribe(destination);
                assertThat(probe.errors).as(insider).isEmpty();
            }
        }
    }
}
