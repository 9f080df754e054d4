package cn.xingfu.canteen.carelink;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.ordering.OrderWithdrawal;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.standing.Absence;
import cn.xingfu.canteen.standing.PauseReason;
import cn.xingfu.canteen.standing.SeniorAbsences;
import cn.xingfu.canteen.standing.StandingOrderGenerator;
import cn.xingfu.canteen.standing.StandingWorld;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.Ids;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * care-facility-service's stay notices over HTTP with its service account: an admission matched by the keyed hash of
 * the ID number pauses the senior (orders from that day cancelled and refunded, standing orders skipped), a repeat is
 * harmless, the discharge ends the pause, an unknown resident changes nothing, and other accounts are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayNoticeIT {

    private static final LocalDate TUESDAY = StandingWorld.TUESDAY;

    @LocalServerPort
    int port;

    @Autowired
    StandingWorld world;

    @Autowired
    StandingOrderGenerator generator;

    @Autowired
    OrderWithdrawal orders;

    @Autowired
    Wallets wallets;

    @Autowired
    SeniorAbsences absences;

    @Autowired
    SeniorDirectory seniors;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CareNoticeProperties properties;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void anAdmissionPausesTheSeniorUntilTheDischarge() {
        StandingWorld.Canteen canteen = world.canteen();
        LocalDate wednesday = TUESDAY.plusDays(1);
        LocalDate thursday = TUESDAY.plusDays(2);
        for (LocalDate day : new LocalDate[] {TUESDAY, wednesday, thursday}) {
            canteen.usualLunch(day);
        }
        long senior = canteen.senior("100.00");
        canteen.weekdayLunch(senior);
        generator.generate(canteen.id(), TUESDAY);
        generator.generate(canteen.id(), wednesday);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("76.00");
        String idNumber = jdbcIdNumber(senior);
        String hash = new SeniorMatch(properties.matchingKey()).hash(idNumber);
        LocalDate born = seniors.profile(senior).dateOfBirth();
        String service = serviceAccount();
        Http http = new Http(port);

        Http.Answer admitted = http.post(
                "/api/care-link/stays",
                service,
                "svc-pass-1",
                notice(Ids.next(), "care-admission:77", "ADMITTED", wednesday, hash, born, null),
                Map.of());
        assertThat(admitted.status()).isEqualTo(200);
        assertThat(admitted.json().get("matched").asBoolean()).isTrue();
        assertThat(orders.liveOrders(senior, wednesday, null)).isEmpty();
        assertThat(orders.liveOrders(senior, TUESDAY, TUESDAY)).hasSize(1);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("88.00");
        assertThat(generator.generate(canteen.id(), thursday).placed()).isZero();
        assertThat(absences.absentOn(senior, thursday)).isTrue();
        assertThat(absences.of(senior, TUESDAY, thursday)).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo(PauseReason.CARE_ADMISSION);
            assertThat(a.startsOn()).isEqualTo(wednesday);
            assertThat(a.endsOn()).isNull();
        });

        // the same notice again (the sender never got our answer): the first answer, nothing else changes
        long noticeId = admitted.json().get("noticeId").asLong();
        Http.Answer repeat = http.post(
                "/api/care-link/stays",
                service,
                "svc-pass-1",
                notice(noticeId, "care-admission:77", "ADMITTED", wednesday, hash, born, null),
                Map.of());
        assertThat(repeat.json().get("outcome").asString())
                .isEqualTo(admitted.json().get("outcome").asString());
        assertThat(absences.of(senior, TUESDAY, thursday)).hasSize(1);

        Http.Answer discharged = http.post(
                "/api/care-link/stays",
                service,
                "svc-pass-1",
                notice(Ids.next(), "care-admission:77", "DISCHARGED", wednesday, hash, born, "RETURNED_HOME"),
                Map.of());
        assertThat(discharged.json().get("outcome").asString()).contains("pause ended on " + wednesday);
        Absence ended = absences.of(senior, TUESDAY, thursday).get(0);
        assertThat(ended.endsOn()).isEqualTo(wednesday);
        assertThat(generator.generate(canteen.id(), thursday).placed()).isEqualTo(1);

        Http.Answer stranger = http.post(
                "/api/care-link/stays",
                service,
                "svc-pass-1",
                notice(Ids.next(), "care-admission:78", "ADMITTED", wednesday, "0".repeat(64), born, null),
                Map.of());
        assertThat(stranger.json().get("matched").asBoolean()).isFalse();

        String manager = canteen.login(Role.CANTEEN_MANAGER);
        Http.Answer refused = http.post(
                "/api/care-link/stays",
                manager,
                StandingWorld.PASSWORD,
                notice(Ids.next(), "care-admission:79", "ADMITTED", wednesday, hash, born, null),
                Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("SERVICE_ONLY");
    }

    private static Map<String, Object> notice(
            long id, String ref, String kind, LocalDate on, String hash, LocalDate born, String reason) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("noticeId", id);
        body.put("stayRef", ref);
        body.put("kind", kind);
        body.put("on", on.toString());
        body.put("idNumberHash", hash);
        body.put("birthDate", born.toString());
        body.put("facilityName", "江津区社会福利院");
        if (reason != null) {
            body.put("dischargeReason", reason);
        }
        return body;
    }

    private String serviceAccount() {
        String username = "care-svc-" + Ids.next();
        accounts.saveAndFlush(
                new Account(Ids.next(), username, passwords.encode("svc-pass-1"), "care", Role.SERVICE, null));
        return username;
    }

    @Autowired
    cn.xingfu.canteen.shared.crypto.DataCipher cipher;

    private String jdbcIdNumber(long senior) {
        byte[] encrypted = jdbc.queryForObject("SELECT id_number_enc FROM senior WHERE id = ?", byte[].class, senior);
        return cipher.decryptString(encrypted);
    }
}
