package cn.xingfu.care.canteenlink;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.resident.DischargeReason;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Admissions and discharges reach canteen-service through the outbox: written with the stay, holding only the keyed
 * hash of the ID number, and sent to a stand-in canteen-service until it answers — a failed call waits and is
 * retried, a stay's discharge never overtakes its admission.
 */
@CareIntegrationTest
class CanteenNoticesIT {

    @Autowired
    FieldCipher cipher;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    AdmissionDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CanteenLinkProperties properties;

    @Autowired
    Clock clock;

    HttpServer canteen;
    final AtomicInteger failuresLeft = new AtomicInteger();
    final List<String> received = new CopyOnWriteArrayList<>();
    NoticeSender sender;

    @BeforeEach
    void standInCanteen() throws IOException {
        canteen = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canteen.createContext("/api/care-link/stays", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                received.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        canteen.start();
        // clear what earlier tests left in the outbox, so this test sees only its own notices
        jdbc.update("UPDATE canteen_notice SET status = 'SENT' WHERE status = 'PENDING'");
        CanteenLinkProperties toStandIn = new CanteenLinkProperties(
                properties.inboundUsername(),
                properties.inboundPassword(),
                "http://127.0.0.1:" + canteen.getAddress().getPort(),
                "care-facility-service",
                "out-pass",
                properties.matchingKey(),
                Duration.ofSeconds(30),
                Duration.ofSeconds(3),
                Duration.ofMinutes(2));
        sender = new NoticeSender(
                jdbc, toStandIn, new cn.xingfu.care.canteenlink.web.CanteenHttpEndpoint(toStandIn), clock);
    }

    @AfterEach
    void stop() {
        canteen.stop(0);
    }

    @Test
    void anAdmissionAndItsDischargeAreSentInOrderUntilCanteenServiceAnswers() {
        var facility = fixtures.facility();
        var bed = fixtures.bed(facility.id(), BedType.STANDARD);
        ResidentView resident = fixtures.resident(facility.id(), LocalDate.of(1941, 2, 3));
        LocalDate admitted = LocalDate.of(2031, 3, 4);
        AdmissionView stay = fixtures.admitted(resident.id(), bed.id(), admitted);
        desk.discharge(CareFixtures.SYSTEM, stay.id(), admitted.plusDays(20), DischargeReason.RETURNED_HOME, null);

        List<Map<String, Object>> outbox = jdbc.queryForList(
                "SELECT * FROM canteen_notice WHERE admission_id = ? ORDER BY created_at, id", stay.id());
        assertThat(outbox).extracting(row -> row.get("kind")).containsExactly("ADMITTED", "DISCHARGED");
        String idNumber = cipher.decrypt(
                jdbc.queryForObject("SELECT id_number FROM resident WHERE id = ?", String.class, resident.id()));
        String hash = new ResidentMatch(properties.matchingKey()).hash(idNumber);
        assertThat(outbox).allSatisfy(row -> {
            assertThat(row.get("id_number_hash")).isEqualTo(hash);
            assertThat(row.values().toString()).doesNotContain(idNumber);
        });

        // canteen-service is down for the first call: nothing is sent, the discharge waits behind the admission
        failuresLeft.set(1);
        assertThat(sender.sendDue()).isZero();
        Map<String, Object> first = jdbc.queryForMap(
                "SELECT attempts, status, next_attempt_at, last_error FROM canteen_notice WHERE admission_id = ?"
                        + " AND kind = 'ADMITTED'",
                stay.id());
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(((Number) first.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) first.get("last_error")).contains("503");
        assertThat(received).isEmpty();
        assertThat(sender.sendDue()).as("waits out its back-off").isZero();

        jdbc.update("UPDATE canteen_notice SET next_attempt_at = created_at WHERE admission_id = ?", stay.id());
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(received).hasSize(2);
        assertThat(received.get(0))
                .contains("\"kind\":\"ADMITTED\"")
                .contains("\"on\":\"2031-03-04\"")
                .contains(hash)
                .contains("\"stayRef\":\"care-admission:" + stay.id() + "\"")
                .doesNotContain(idNumber);
        assertThat(received.get(1)).contains("\"kind\":\"DISCHARGED\"").contains("RETURNED_HOME");
        assertThat(received.get(0)).startsWith("Basic ");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM canteen_notice WHERE admission_id = ? AND status = 'SENT'",
                        Integer.class,
                        stay.id()))
                .isEqualTo(2);
        assertThat(sender.sendDue()).isZero();
    }
}
