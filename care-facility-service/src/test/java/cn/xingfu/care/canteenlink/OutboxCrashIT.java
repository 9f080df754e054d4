package cn.xingfu.care.canteenlink;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.integrity.InvariantChecker;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestKeys;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of care-facility-service while stays change and its outbox sends them to canteen-service. The service runs
 * as a child JVM from the runnable jar that {@code package} built (before failsafe runs), on a free port, with fresh
 * keys, against a schema of its own ({@code <test schema>_crash}, dropped and re-created here); this test's own
 * context builds the facility, beds, residents and login in that schema and reads the rows afterwards. canteen-service
 * is a stand-in on a free port ({@link CanteenStandIn}). The kill comes while canteen-service holds a notice it has
 * received but not yet answered. After a restart on the same schema and an empty outbox: every stay change the API
 * acknowledged was delivered, every delivery is a committed change (nothing invented, nothing lost), a change
 * delivered twice carries the same notice id both times (canteen-service applies a notice id once: its
 * {@code carelink.StayNoticeIT}), a stay's discharge never arrived before its admission, and one resident per bed.
 */
@SpringBootTest
@Import({TestAccounts.class, CareFixtures.class})
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
class OutboxCrashIT {

    private static final String DATA_KEY = TestKeys.fresh();
    private static final String INDEX_KEY = TestKeys.fresh();
    private static final String MATCHING_KEY = TestKeys.fresh();
    private static final String OUTBOUND_USER = "care-facility-service";
    private static final String OUTBOUND_PASSWORD = "crash-outbound-pass-1";
    private static final String SCHEMA_URL = crashSchemaUrl();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Beds, each with its own resident going through stay after stay. */
    private static final int LANES = 6;
    /** Deliveries before the kill is prepared: the child is warm and the outbox busy. */
    private static final int DELIVERIES_BEFORE_KILL = 30;

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    @DynamicPropertySource
    static void crashSchema(DynamicPropertyRegistry registry) {
        recreateSchema();
        registry.add("spring.datasource.url", () -> SCHEMA_URL);
        // the rows this context writes must be readable by the child service, which runs on these keys
        registry.add("xingfu.crypto.keys.crash", () -> DATA_KEY);
        registry.add("xingfu.crypto.active-key", () -> "crash");
        registry.add("xingfu.crypto.index-key", () -> INDEX_KEY);
        registry.add("xingfu.canteen-link.matching-key", () -> MATCHING_KEY);
        // the fresh schema is migrated as it is; the shared once-per-JVM clean belongs to the main test schema
        registry.add("xingfu.test.clean-database-once", () -> "false");
    }

    private static String testUrl() {
        String url = System.getenv("CARE_TEST_DB_URL");
        return url != null ? url : "jdbc:mariadb://127.0.0.1:3306/care_facility";
    }

    private static String user() {
        String user = System.getenv("CARE_TEST_DB_USER");
        return user != null ? user : "care_app";
    }

    private static String password() {
        String password = System.getenv("CARE_TEST_DB_PASSWORD");
        return password != null ? password : "care_app_dev";
    }

    private static String schemaOf(String url) {
        String tail = url.substring(url.lastIndexOf('/') + 1);
        return tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
    }

    private static String crashSchemaUrl() {
        String url = testUrl();
        String schema = schemaOf(url);
        return url.replace("/" + schema, "/" + schema + "_crash");
    }

    private static void recreateSchema() {
        String server = testUrl().substring(0, testUrl().lastIndexOf('/') + 1);
        String schema = schemaOf(SCHEMA_URL);
        try (Connection c = DriverManager.getConnection(server, user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot re-create " + schema + " (see config/mysql/02-crash-test-schema.sql)", e);
        }
    }

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InvariantChecker invariants;

    @Autowired
    JdbcTemplate jdbc;

    private Process service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    /** A stay change as the API acknowledged it, or as the database and the outbox know it. */
    private record Change(long admissionId, String kind) {

        static Change of(CanteenStandIn.Delivery delivery) {
            return new Change(Long.parseLong(delivery.stayRef().replace("care-admission:", "")), delivery.kind());
        }
    }

    private record Lane(long bedId, long residentId) {}

    @Test
    void afterKillMinusNineEveryCommittedStayChangeReachesCanteenServiceOnceByItsNoticeId() throws Exception {
        FacilityView facility = fixtures.facility();
        String manager = accounts.manager(facility.id()).actor().username();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            lanes.add(new Lane(
                    fixtures.bed(facility.id(), BedType.STANDARD).id(),
                    fixtures.resident(facility.id(), LocalDate.of(1936 + i, 3, 4))
                            .id()));
        }
        Path log = Path.of("target", "outbox-crash-it-service.log");
        int port = freePort();
        try (CanteenStandIn canteen = new CanteenStandIn(OUTBOUND_USER, OUTBOUND_PASSWORD, Duration.ofMillis(40))) {
            service = start(port, canteen.port(), log);

            ConcurrentLinkedQueue<Change> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
            ExecutorService desks = Executors.newFixedThreadPool(LANES);
            List<Future<?>> load = new ArrayList<>();
            for (Lane lane : lanes) {
                load.add(desks.submit(() ->
                        staysUntilTheServiceDies(new Api(port, manager), lane, acknowledged, refusals, unanswered)));
            }
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> canteen.deliveries().size() >= DELIVERIES_BEFORE_KILL || !refusals.isEmpty());
            assertThat(refusals)
                    .as("before the kill the API accepts every step")
                    .isEmpty();
            canteen.holdNext();
            CanteenStandIn.Delivery inFlight = canteen.awaitHeld(Duration.ofSeconds(30));
            assertThat(inFlight).as("a notice in flight at the kill").isNotNull();
            int deliveredBeforeKill = canteen.deliveries().size();
            long killedAt = System.nanoTime();
            service.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful drain
            service.waitFor(30, TimeUnit.SECONDS);
            for (Future<?> desk : load) {
                desk.get(60, TimeUnit.SECONDS);
            }
            desks.shutdown();
            canteen.release(); // its answer goes to a dead connection
            assertThat(refusals).isEmpty();
            int pendingAtKill = pending();

            service = start(port, canteen.port(), log);
            long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> pending() == 0);
            long emptyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            List<CanteenStandIn.Delivery> deliveries = canteen.deliveries();

            Set<Change> committed = new HashSet<>(jdbc.query(
                    "SELECT e.admission_id, e.event_type FROM admission_event e"
                            + " JOIN admission a ON a.id = e.admission_id"
                            + " WHERE a.facility_id = ? AND e.event_type IN ('ADMITTED', 'DISCHARGED')",
                    (rs, i) -> new Change(rs.getLong(1), rs.getString(2)),
                    facility.id()));
            Map<Change, Long> outbox = jdbc
                    .query(
                            "SELECT admission_id, kind, id, status FROM canteen_notice",
                            (rs, i) -> Map.entry(
                                    new Change(rs.getLong(1), rs.getString(2)),
                                    rs.getString(4).equals("SENT") ? rs.getLong(3) : -rs.getLong(3)))
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<Change, List<CanteenStandIn.Delivery>> delivered =
                    deliveries.stream().collect(Collectors.groupingBy(Change::of));

            List<CanteenStandIn.Delivery> repeats =
                    deliveries.stream().filter(CanteenStandIn.Delivery::repeat).toList();
            System.out.printf(
                    "Outbox crash: %d stay changes acknowledged before kill -9 (%d requests in flight),"
                            + " %d committed; %d deliveries before the kill, notice %d held unanswered at the kill,"
                            + " %d pending at the kill; restart %d ms, outbox empty %d ms after the kill;"
                            + " %d deliveries in all, %d repeats%n",
                    acknowledged.size(),
                    unanswered.size(),
                    committed.size(),
                    deliveredBeforeKill,
                    inFlight.noticeId(),
                    pendingAtKill,
                    restartMillis,
                    emptyMillis,
                    deliveries.size(),
                    repeats.size());
            assertThat(canteen.refused())
                    .as("every call signed in and well-formed")
                    .isZero();
            // the outbox holds exactly the committed changes, all sent
            assertThat(outbox.keySet()).isEqualTo(committed);
            assertThat(outbox.values())
                    .allSatisfy(id -> assertThat(id).as("SENT").isPositive());
            // none lost: what the API acknowledged before the kill is committed and was delivered
            assertThat(committed).containsAll(acknowledged);
            assertThat(delivered.keySet()).containsAll(acknowledged);
            // none invented: every delivery is a committed change (a stay step that never committed sends nothing)
            assertThat(delivered.keySet()).isEqualTo(committed);
            // a change delivered again carries its outbox row's id every time: canteen-service's idempotency key
            delivered.forEach((change, copies) -> assertThat(copies)
                    .as("%s", change)
                    .extracting(CanteenStandIn.Delivery::noticeId)
                    .containsOnly(outbox.get(change)));
            // the notice whose answer the kill cut off is still pending after the restart and is sent again
            assertThat(repeats).extracting(CanteenStandIn.Delivery::noticeId).contains(inFlight.noticeId());
            // a discharge never reached canteen-service before its stay's admission
            delivered.forEach((change, copies) -> {
                if (change.kind().equals("DISCHARGED")) {
                    int admitted = delivered
                            .get(new Change(change.admissionId(), "ADMITTED"))
                            .get(0)
                            .seq();
                    assertThat(copies.get(0).seq()).as("%s", change).isGreaterThan(admitted);
                }
            });
            assertThat(invariants.check(facility.id()).violations()).isEmpty();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(DELIVERIES_BEFORE_KILL);
        }
    }

    private int pending() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM canteen_notice WHERE status = 'PENDING'", Integer.class);
        return n != null ? n : 0;
    }

    /**
     * One bed's desk: request, approve, admit, leave, return, discharge, again and again, a day further each time,
     * until a call gets no answer (the service died). Admission and discharge each write a notice.
     */
    private static void staysUntilTheServiceDies(
            Api api,
            Lane lane,
            ConcurrentLinkedQueue<Change> acknowledged,
            ConcurrentLinkedQueue<String> refusals,
            ConcurrentLinkedQueue<String> unanswered) {
        LocalDate day = FIRST_DAY;
        String step = "request";
        try {
            while (true) {
                JsonNode requested =
                        api.post("/api/residents/" + lane.residentId() + "/admissions", "{\"date\":\"" + day + "\"}");
                long admission = requested.path("id").asLong();
                step = "approve";
                api.post("/api/admissions/" + admission + "/approve", null);
                step = "admit";
                api.post(
                        "/api/admissions/" + admission + "/admit",
                        "{\"bedId\":" + lane.bedId() + ",\"date\":\"" + day + "\"}");
                acknowledged.add(new Change(admission, "ADMITTED"));
                step = "leave";
                api.post(
                        "/api/admissions/" + admission + "/leave",
                        "{\"from\":\"" + day + "\",\"expectedReturn\":\"" + day + "\",\"reason\":\"回家探亲\"}");
                step = "return";
                api.post("/api/admissions/" + admission + "/return", "{\"date\":\"" + day + "\"}");
                step = "discharge";
                api.post(
                        "/api/admissions/" + admission + "/discharge",
                        "{\"date\":\"" + day.plusDays(1) + "\",\"reason\":\"RETURNED_HOME\"}");
                acknowledged.add(new Change(admission, "DISCHARGED"));
                day = day.plusDays(2);
                step = "request";
            }
        } catch (Refused refused) {
            refusals.add(step + ": " + refused.getMessage());
        } catch (IOException | InterruptedException noAnswer) {
            unanswered.add(step);
        }
    }

    /** The service refused a step (before the kill every step must succeed). */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The care API as a front-desk client calls it: HTTP Basic, JSON. */
    private static final class Api {

        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String authorization;

        Api(int port, String username) {
            this.base = "http://127.0.0.1:" + port;
            this.authorization = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        JsonNode post(String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization);
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.POST(HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new Refused(answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body());
        }

        int health() throws IOException, InterruptedException {
            return client.send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Process start(int port, int canteenPort, Path log) throws IOException {
        File[] jars = new File("target").listFiles((dir, name) -> name.matches("care-facility-service-.*-exec\\.jar"));
        assertThat(jars).as("the runnable jar from `package` in target/").isNotEmpty();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jars[0].getAbsolutePath(),
                "--spring.profiles.active=mysql",
                "--server.port=" + port,
                "--spring.datasource.url=" + SCHEMA_URL,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--xingfu.crypto.keys.crash=" + DATA_KEY,
                "--xingfu.crypto.active-key=crash",
                "--xingfu.crypto.index-key=" + INDEX_KEY,
                "--xingfu.canteen-link.matching-key=" + MATCHING_KEY,
                "--xingfu.canteen-link.canteen-base-url=http://127.0.0.1:" + canteenPort,
                "--xingfu.canteen-link.outbound-username=" + OUTBOUND_USER,
                "--xingfu.canteen-link.outbound-password=" + OUTBOUND_PASSWORD,
                // the sender runs often and starts at once, so sends overlap the stays coming in
                "--xingfu.canteen-link.send-interval=200ms",
                "--xingfu.canteen-link.initial-delay=1s",
                "--xingfu.canteen-link.timeout=5s",
                // the killed run's lock must expire before the restarted service can send
                "--xingfu.canteen-link.lock-at-most-for=PT20S",
                "--xingfu.dementia.staffing-watch=false",
                "--xingfu.invariants.initial-delay=1h",
                "--logging.level.root=WARN",
                "--logging.level.cn.xingfu.care.canteenlink=INFO");
        ProcessBuilder builder = new ProcessBuilder(command);
        // ids carry the instance number: the child must not mint the same ids as this JVM
        builder.environment().put("XINGFU_INSTANCE", "62");
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Api api = new Api(port, "nobody");
        // a start took 74-115 s on the shared 2-core build machine
        Awaitility.await()
                .atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("service exited, see %s", log)
                            .isTrue();
                    return api.health() == 200;
                });
        return process;
    }
}
