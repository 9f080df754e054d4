package cn.xingfu.care.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BuildingView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.caregiver.Rosters;
import cn.xingfu.care.caregiver.Shift;
import cn.xingfu.care.dementia.DementiaCare;
import cn.xingfu.care.homecare.DeviceType;
import cn.xingfu.care.homecare.HomeCareBeds;
import cn.xingfu.care.safety.ResidentSafety;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareServerTest;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import cn.xingfu.kernel.badinput.ApiDocument;
import cn.xingfu.kernel.badinput.ApiDocument.Operation;
import cn.xingfu.kernel.badinput.ApiProbe;
import cn.xingfu.kernel.badinput.ApiProbe.Answer;
import cn.xingfu.kernel.badinput.ApiProbe.Caller;
import cn.xingfu.kernel.badinput.BadInputCases;
import cn.xingfu.kernel.badinput.DataSnapshot;
import cn.xingfu.kernel.badinput.PlausibleBodies;
import cn.xingfu.kernel.badinput.Verdicts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Hostile input against every public endpoint of care-facility-service, generated from its own OpenAPI document by
 * the kernel's bad-input machinery ({@code cn.xingfu.kernel.badinput}, shared with canteen-service). The caller is
 * the care manager of one facility; operations only a district administrator may use are tried again as one, so
 * their bodies are judged too. A second facility, with the same kinds of rows, is what that manager must never
 * reach.
 */
@CareServerTest
class BadInputSuiteIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final LocalDate BORN = LocalDate.of(1940, 5, 6);
    /** An id no row has: what a path parameter of a kind the fixture does not build gets. */
    private static final long NO_SUCH_ID = 4_000_000_000_000_000L;

    private static final String CHEAP_HASH = new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);

    /**
     * Tables a refused request may rightly write: the audit log records reads of personal data and refused attempts;
     * the event registry, scheduler locks and login-failure counters belong to other work.
     */
    private static final Set<String> MAY_CHANGE = Set.of("audit_event", "event_publication", "shedlock");

    @LocalServerPort
    int port;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    BedRegistry beds;

    @Autowired
    DementiaCare dementia;

    @Autowired
    ResidentSafety safety;

    @Autowired
    HomeCareBeds homeCare;

    @Autowired
    Rosters rosters;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvariantChecker invariants;

    private final Verdicts verdicts = new Verdicts();
    private Caller admin;
    private ApiProbe probe;

    /** The manager's own facility, and another one with the same kinds of rows. */
    private Facility own;

    private Facility other;

    /** One facility's rows by id name, and its manager. */
    private record Facility(Map<String, Object> ids, long homeCareBed, Caller manager, LocalDate day)
            implements PlausibleBodies.Values {

        long id() {
            return (Long) ids.get("facilityid");
        }

        @Override
        public Optional<JsonNode> special(String field, JsonNode schema) {
            String name = field.toLowerCase();
            if (name.contains("birth")) {
                return Optional.of(NODES.stringNode(BORN.toString()));
            }
            if (name.equals("month")) {
                return Optional.of(NODES.stringNode(YearMonth.from(day).toString()));
            }
            if (name.equals("idnumber")) {
                return Optional.of(NODES.stringNode(CareFixtures.idNumber(BORN)));
            }
            if ("date-time".equals(schema.path("format").asString())) {
                // yesterday morning passes every not-in-the-future rule
                return Optional.of(NODES.stringNode(day.atStartOfDay(TestClock.CHINA)
                        .plusHours(8)
                        .toInstant()
                        .toString()));
            }
            return Optional.empty();
        }

        /** Home-care endpoints name their bed {@code bedId} too; it is the facility's home-care bed there. */
        String path(Operation operation) {
            return operation.path(name -> operation.path().startsWith("/api/home-care-beds") && name.equals("bedId")
                    ? homeCareBed
                    : pathValue(name, NO_SUCH_ID));
        }
    }

    @BeforeEach
    void facilities() {
        probe = new ApiProbe(port);
        admin = caller(accounts.admin());
        own = facility();
        other = facility();
    }

    /**
     * The suite sends a few thousand requests with HTTP Basic, and care-facility-service checks the password on
     * each (it has no Basic-auth cache): the suite's own accounts get a cheap BCrypt hash of the same password, so
     * the run measures the endpoints rather than BCrypt.
     */
    private Caller caller(TestAccounts.Login login) {
        jdbc.update(
                "UPDATE care_account SET password_hash = ? WHERE username = ?",
                CHEAP_HASH,
                login.actor().username());
        return new Caller(login.actor().username(), TestAccounts.PASSWORD);
    }

    /** A facility with a building, a room, a bed with a resident in it, staff, a dementia unit and an incident. */
    private Facility facility() {
        LocalDate day = clock.today().minusDays(1);
        long facility = fixtures.facility().id();
        BuildingView building = beds.addBuilding(CareFixtures.SYSTEM, facility, "楼-" + UUID.randomUUID());
        long floor = beds.addFloor(CareFixtures.SYSTEM, building.id(), 1, "一楼").id();
        long room = fixtures.room(floor, RoomType.BEDROOM, "20").id();
        long bed =
                fixtures.bed(room, BedType.STANDARD, LocalDate.of(2024, 1, 1)).id();
        long resident = fixtures.resident(facility).id();
        long admission = fixtures.admitted(resident, bed, day).id();
        long staff = fixtures.certifiedCaregiver(facility, day);
        long certificate =
                jdbc.queryForObject("SELECT id FROM caregiver_certificate WHERE staff_id = ?", Long.class, staff);
        long unit = dementia.createUnit(CareFixtures.SYSTEM, facility, "记忆家园", 1, Set.of(), Set.of())
                .id();
        long entry = rosters.schedule(CareFixtures.SYSTEM, facility, null, day, Shift.DAY, staff)
                .id();
        long incident = safety.reportIncident(
                        CareFixtures.SYSTEM, resident, null, clock.instant().minus(Duration.ofHours(1)), "跌倒")
                .id();
        long homeBed = beds.addHomeCareBed(CareFixtures.SYSTEM, facility, "家床-" + UUID.randomUUID(), "江津区鼎山街道", day)
                .id();
        long device = homeCare.addDevice(
                        CareFixtures.SYSTEM, homeBed, DeviceType.MATTRESS_MONITOR, "SN-" + UUID.randomUUID())
                .id();
        TestAccounts.Login manager = accounts.manager(facility);
        Map<String, Object> ids = new TreeMap<>();
        ids.put("facilityid", facility);
        ids.put("id", facility);
        ids.put("buildingid", building.id());
        ids.put("floorid", floor);
        ids.put("roomid", room);
        ids.put("bedid", bed);
        ids.put("residentid", resident);
        ids.put("admissionid", admission);
        ids.put("staffid", staff);
        ids.put("certificateid", certificate);
        ids.put("unitid", unit);
        ids.put("entryid", entry);
        ids.put("incidentid", incident);
        ids.put("deviceid", device);
        ids.put("username", manager.actor().username());
        return new Facility(Map.copyOf(ids), homeBed, caller(manager), day);
    }

    private ApiDocument document() {
        return probe.document(own.manager());
    }

    /** As the facility's manager; what only a district administrator may do is tried again as one. */
    private Answer call(Operation operation, String path, @Nullable String body, boolean chunked) {
        Answer answer = send(own.manager(), operation, path, body, chunked);
        if (answer.status() == 403 && "DISTRICT_ADMIN_ONLY".equals(answer.code())) {
            return send(admin, operation, path, body, chunked);
        }
        return answer;
    }

    private Answer send(Caller caller, Operation operation, String path, @Nullable String body, boolean chunked) {
        return chunked
                ? probe.sendChunked(caller, operation.method(), path, body)
                : probe.send(caller, operation.method(), path, body);
    }

    /** Every table's row count, and the states bad input could flip without adding a row. */
    private DataSnapshot everything() {
        return new DataSnapshot(
                jdbc,
                MAY_CHANGE,
                Map.of(
                        "beds vacant", "SELECT COUNT(*) FROM bed WHERE status = 'VACANT'",
                        "beds occupied", "SELECT COUNT(*) FROM bed WHERE status = 'OCCUPIED'",
                        "admissions admitted", "SELECT COUNT(*) FROM admission WHERE status = 'ADMITTED'",
                        "residents deceased", "SELECT COUNT(*) FROM resident WHERE deceased_on IS NOT NULL",
                        "staff active", "SELECT COUNT(*) FROM care_staff WHERE active",
                        "certificates revoked", "SELECT COUNT(*) FROM caregiver_certificate WHERE revoked",
                        "incidents closed", "SELECT COUNT(*) FROM care_incident WHERE closed_at IS NOT NULL",
                        "facility capacity", "SELECT COALESCE(SUM(capacity), 0) FROM facility"));
    }

    /** The walk over the document, with every error answer held to what that document declares. */
    private BadInputCases cases() {
        ApiDocument document = document();
        verdicts.declaredBy(document);
        return new BadInputCases(document, own, own::path);
    }

    /** As the manager only (the hostile text and the other facility's data). */
    private Answer asManager(Operation operation, String path, @Nullable String body, boolean chunked) {
        return send(own.manager(), operation, path, body, chunked);
    }

    @Test
    void invalidInputIsRefusedWithProblemsAndChangesNothing() {
        // as the manager, and as a district administrator where only one may act
        cases().assertInvalidInputRefusedAndNothingChanged(this::call, verdicts, everything());
        System.out.printf("Bad-input suite (care), invalid input: %s%n", verdicts.summary());
    }

    @Test
    void hostileTextNeverBreaksTheServer() {
        // as the manager only: a district-wide setting or threshold table stored from odd text would reach every
        // other test of this run
        cases().hostileText(this::asManager, verdicts);

        assertThat(verdicts.findings()).as(verdicts.summary()).isEmpty();
        assertThat(invariants.check(own.id()).violations()).isEmpty();
        System.out.printf("Bad-input suite (care), hostile text: %s%n", verdicts.summary());
    }

    @Test
    void anotherFacilitysResidentsBedsAndStaffAreOutOfReach() {
        DataSnapshot data = everything();
        Map<String, Object> before = data.take();

        // own facility's manager; the path, query and body carry the other facility's ids; reads too
        cases().anotherOwnersData(other, other::path, operation -> true, this::asManager, verdicts::expectOutOfReach);

        assertThat(verdicts.findings()).as(verdicts.summary()).isEmpty();
        assertThat(data.take()).isEqualTo(before);
        System.out.printf("Bad-input suite (care), other facility's data: %s%n", verdicts.summary());
    }
}
