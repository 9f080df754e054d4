package cn.xingfu.care.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh, uniquely named logins per test, so tests never depend on each other's or the demo's accounts. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "secret-pass-1";

    private final AccountAdministration administration;

    TestAccounts(AccountAdministration administration) {
        this.administration = administration;
    }

    public Login admin() {
        return login(Role.DISTRICT_ADMIN, Set.of());
    }

    public Login manager(Long... facilities) {
        return login(Role.CARE_MANAGER, Set.of(facilities));
    }

    /** A machine login such as canteen-service's (role SERVICE, no facilities). */
    public Login service() {
        return login(Role.SERVICE, Set.of());
    }

    private Login login(Role role, Set<Long> facilities) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 12);
        Actor actor = administration.create(username, PASSWORD, "测试 " + username, role, facilities);
        return new Login(actor, httpBasic(username, PASSWORD));
    }

    /** An account as the domain sees it and as MockMvc sends it. */
    public record Login(Actor actor, RequestPostProcessor basic) {}
}
