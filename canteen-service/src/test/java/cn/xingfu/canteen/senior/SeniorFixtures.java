package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Object mother for seniors and the logins that act on them; everything unique per call. */
public final class SeniorFixtures {

    public static final String PASSWORD = "test-secret-1";
    /** The notice version of the consents test seniors give. */
    public static final String NOTICE_VERSION = "TEST-2026-01";
    /**
     * The {@code "consents"} member of a registration or change in JSON, consenting to every scope; put it among the
     * members of the object, e.g. {@code {"name":"…", %s}} with this.
     */
    public static final String CONSENTS_JSON = "\"consents\":["
            + java.util.Arrays.stream(ConsentScope.values())
                    .map(scope -> "{\"scope\":\"" + scope
                            + "\",\"givenBy\":\"测试同意人\",\"relation\":\"SELF\",\"documentVersion\":\""
                            + NOTICE_VERSION + "\"}")
                    .collect(java.util.stream.Collectors.joining(","))
            + "]";

    private static final SecureRandom random = new SecureRandom();

    private SeniorFixtures() {}

    /** A valid, almost certainly unused Jiangjin ID number of someone born between 1930 and 1964. */
    public static String idNumber() {
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(35 * 365));
        String first17 = (random.nextBoolean() ? "500116" : "500381")
                + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static SeniorRegistration registration(String name, long homeCanteenId) {
        return new SeniorRegistration(
                name,
                idNumber(),
                null,
                null,
                "139" + String.format("%08d", random.nextInt(100_000_000)),
                "江津区几江街道测试路 1 号",
                29.29,
                106.26,
                homeCanteenId,
                DietaryNeeds.none(),
                null,
                null,
                null,
                null,
                null,
                List.of(new StatusPeriod(EligibilityStatus.DIBAO, "测试数据", LocalDate.of(2025, 1, 1), null)),
                consentedToAll());
    }

    /**
     * The senior's own consent to every scope: what a registration with dietary needs, statuses, a phone or a
     * position must carry (or the test is about refusing it).
     */
    public static List<ConsentForm> consentedToAll() {
        return java.util.Arrays.stream(ConsentScope.values())
                .map(scope -> new ConsentForm(scope, "测试同意人", ConsentRecord.Relation.SELF, NOTICE_VERSION))
                .toList();
    }

    /**
     * Deletes the senior's consent records, making them one of the seniors registered before consents were asked
     * for (there is no other way to get one now that registration needs the consent).
     */
    public static void forgetConsents(org.springframework.jdbc.core.JdbcTemplate jdbc, long seniorId) {
        jdbc.update("DELETE FROM consent_record WHERE senior_id = ?", seniorId);
    }

    /** A saved login; use {@link #basic(String)} to send its credentials. */
    public static String login(Accounts accounts, PasswordEncoder encoder, Role role, Long canteenId) {
        String username = role.name().toLowerCase() + "-" + Ids.next();
        accounts.save(new Account(Ids.next(), username, encoder.encode(PASSWORD), username, role, canteenId));
        return username;
    }

    public static RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }
}
