package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A volunteer sees and touches only their own route, and nothing of the canteen's other data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryAuthorizationIT {

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    RoundPlanning planning;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void aVolunteerCannotReadOrChangeAnotherVolunteersRouteOrSeniors() {
        DeliveryWorld.Scenario scenario = world.scenario(2);
        DeliveryWorld.VolunteerLogin alice = world.volunteer(scenario, "志愿者甲", 1, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin bob = world.volunteer(scenario, "志愿者乙", 1, TransportMode.E_BIKE);
        long planId = planning.plan(scenario.canteen().id(), world.today(), MealPeriod.LUNCH, scenario.staff())
                .planId();
        await().atMost(Duration.ofSeconds(60)).until(() -> planning.view(planId).status() == PlanStatus.PLANNED);
        PlanView plan = planning.view(planId);
        PlanView.RoundView aliceRound = plan.rounds().stream()
                .filter(r -> r.volunteerId() == alice.id())
                .findFirst()
                .orElseThrow();
        PlanView.StopView aliceStop = aliceRound.stops().get(0);

        RestClient asBob = client(bob.username());
        String bobRoute = asBob.get().uri("/api/delivery/my-route").retrieve().body(String.class);
        assertThat(bobRoute).doesNotContain("\"stopId\":" + aliceStop.stopId());
        assertThat(bobRoute).doesNotContain(String.valueOf(aliceStop.seniorId()));

        assertThat(status(asBob.get().uri("/api/delivery/stops/{id}/phone", aliceStop.stopId())))
                .isEqualTo(404);
        assertThat(status(asBob.post()
                        .uri("/api/delivery/rounds/{id}/picked-up", aliceRound.roundId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{}")))
                .isEqualTo(404);
        assertThat(status(asBob.post()
                        .uri("/api/delivery/stops/{id}/not-delivered", aliceStop.stopId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"reason\":\"NOBODY_HOME\"}")))
                .isEqualTo(404);
        assertThat(status(asBob.post()
                        .uri("/api/delivery/stops/{id}/wellbeing", aliceStop.stopId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"check\":\"NEEDS_CALL\"}")))
                .isEqualTo(404);
        assertThat(status(asBob.post()
                        .uri("/api/delivery/stops/{id}/card-image", aliceStop.stopId())
                        .contentType(MediaType.IMAGE_JPEG)
                        .body(new byte[] {1, 2, 3})))
                .isEqualTo(404);
        // her own stop, not handed over yet: no well-being check, and a picture without a card is no proof
        RestClient asAlice = client(alice.username());
        assertThat(status(asAlice.post()
                        .uri("/api/delivery/stops/{id}/wellbeing", aliceStop.stopId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"check\":\"FINE\"}")))
                .isEqualTo(409);
        assertThat(status(asAlice.post()
                        .uri("/api/delivery/stops/{id}/wellbeing", aliceStop.stopId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"check\":\"SO_SO\"}")))
                .isEqualTo(400);
        assertThat(status(asBob.get().uri("/api/seniors/{id}", aliceStop.seniorId())))
                .isEqualTo(403);
        assertThat(status(asBob.get().uri("/api/delivery/plans/{id}", planId))).isEqualTo(403);
        assertThat(status(asBob.get()
                        .uri(
                                "/api/canteens/{id}/welfare-alerts",
                                scenario.canteen().id())))
                .isEqualTo(403);
        assertThat(status(asBob.get()
                        .uri("/api/canteens/{id}/volunteers", scenario.canteen().id())))
                .isEqualTo(403);

        // nothing changed, and Alice still sees her own stop with a masked phone only
        assertThat(planning.view(planId).rounds().stream()
                        .filter(r -> r.roundId() == aliceRound.roundId())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(RoundStatus.PLANNED);
        String aliceRoute = client(alice.username())
                .get()
                .uri("/api/delivery/my-route")
                .retrieve()
                .body(String.class);
        assertThat(aliceRoute).contains("\"stopId\":" + aliceStop.stopId()).contains("139****");
        assertThat(aliceRoute).doesNotContain("13900000");
        String phone = client(alice.username())
                .get()
                .uri("/api/delivery/stops/{id}/phone", aliceStop.stopId())
                .retrieve()
                .body(String.class);
        assertThat(phone).contains("1390000");
    }

    private RestClient client(String username) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(username, DeliveryWorld.PASSWORD))
                .build();
    }

    private static int status(RestClient.RequestHeadersSpec<?> request) {
        ResponseEntity<String> response = request.exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
                .body(new String(res.getBody().readAllBytes())));
        HttpStatusCode code = response.getStatusCode();
        return code.value();
    }
}
