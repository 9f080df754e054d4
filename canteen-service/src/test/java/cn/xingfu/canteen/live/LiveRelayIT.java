package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.delivery.WelfareAlertResolved;
import cn.xingfu.canteen.menu.DishAvailabilityChanged;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.StompProbe;
import cn.xingfu.kernel.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * With {@code xingfu.live.relay.enabled=true} messages go through RabbitMQ's STOMP plugin (started by
 * .ci/run on 127.0.0.1:61613): clients keep their slash destinations, the rules still apply.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xingfu.live.relay.enabled=true")
class LiveRelayIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSellOutReachesTheCanteensSubscribersThroughRabbitMq() throws Exception {
        long canteen = Ids.next();
        long otherCanteen = Ids.next();
        String hash = passwords.encode(LiveWorld.PASSWORD);
        Account staff = accounts.save(
                new Account(Ids.next(), "lv-relay-staff-" + canteen, hash, "relay staff", Role.CANTEEN_STAFF, canteen));
        Account kiosk = accounts.save(
                new Account(Ids.next(), "lv-relay-kiosk-" + canteen, hash, "relay kiosk", Role.KIOSK, otherCanteen));

        try (StompProbe staffProbe = connectOnceTheRelayIsUp(staff.getUsername());
                StompProbe kioskProbe = StompProbe.withLogin(port, kiosk.getUsername(), LiveWorld.PASSWORD)) {
            BlockingQueue<JsonNode> menu = staffProbe.subscribe(LiveDestinations.canteenMenu(canteen));
            BlockingQueue<JsonNode> otherMenu = kioskProbe.subscribe(LiveDestinations.canteenMenu(otherCanteen));
            LocalDate day = LocalDate.now(LiveWorld.CHINA);

            transactions.executeWithoutResult(status ->
                    events.publishEvent(new DishAvailabilityChanged(canteen, 4242L, day, MealPeriod.LUNCH, 0, true)));

            JsonNode soldOut = menu.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(soldOut).isNotNull();
            assertThat(soldOut.get("canteenId").asLong()).isEqualTo(canteen);
            assertThat(soldOut.get("menuItemId").asLong()).isEqualTo(4242L);
            assertThat(soldOut.get("soldOut").asBoolean()).isTrue();
            assertThat(soldOut.get("portionsLeft").asInt()).isZero();
            assertThat(soldOut.get("serviceDate").asString()).isEqualTo(day.toString());
            await().during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(4))
                    .until(otherMenu::isEmpty);

            // the relay does not weaken the subscription rules
            kioskProbe.subscribeNoWait(LiveDestinations.canteenMenu(canteen), new CompletableFuture<>());
            StompHeaders refusal = kioskProbe.refusal();
            if (refusal != null) {
                assertThat(refusal.getFirst("message")).startsWith("FORBIDDEN");
            }
        }
    }

    @Test
    void aResolvedWelfareAlertReachesTheCanteensStaffThroughRabbitMq() throws Exception {
        long canteen = Ids.next();
        String hash = passwords.encode(LiveWorld.PASSWORD);
        Account staff = accounts.save(new Account(
                Ids.next(), "lv-relay-alerts-" + canteen, hash, "relay staff", Role.CANTEEN_STAFF, canteen));
        Account elsewhere = accounts.save(new Account(
                Ids.next(), "lv-relay-other-" + canteen, hash, "relay staff", Role.CANTEEN_STAFF, Ids.next()));

        try (StompProbe staffProbe = connectOnceTheRelayIsUp(staff.getUsername());
                StompProbe otherProbe = StompProbe.withBasic(port, elsewhere.getUsername(), LiveWorld.PASSWORD)) {
            BlockingQueue<JsonNode> alerts = staffProbe.subscribe(LiveDestinations.canteenAlerts(canteen));
            Instant resolvedAt = Instant.parse("2026-11-30T04:10:00Z");

            transactions.executeWithoutResult(
                    status -> events.publishEvent(new WelfareAlertResolved(777L, canteen, "relay-staff", resolvedAt)));

            JsonNode resolved = alerts.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(resolved)
                    .as("/topic/canteens/{id}/alerts through the relay")
                    .isNotNull();
            assertThat(resolved.get("change").asString()).isEqualTo("RESOLVED");
            assertThat(resolved.get("alertId").asLong()).isEqualTo(777L);
            assertThat(resolved.get("canteenId").asLong()).isEqualTo(canteen);

            // the relay does not weaken the rule: staff of another canteen are refused
            otherProbe.assertRefused(LiveDestinations.canteenAlerts(canteen));
        }
    }

    /** The relay's own connection to RabbitMQ comes up shortly after the application starts. */
    private StompProbe connectOnceTheRelayIsUp(String username) {
        AtomicReference<StompProbe> probe = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    StompProbe attempt = StompProbe.attempt(
                            port, StompProbe.basic(username, LiveWorld.PASSWORD), new StompHeaders());
                    try {
                        attempt.connected().get(5, TimeUnit.SECONDS);
                        probe.set(attempt);
                    } catch (Exception notYet) {
                        attempt.close();
                        throw notYet;
                    }
                });
        return probe.get();
    }
}
