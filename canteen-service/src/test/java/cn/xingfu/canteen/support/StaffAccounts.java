package cn.xingfu.canteen.support;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates real accounts with unique names so web tests go through HTTP Basic like kiosks do. */
public final class StaffAccounts {

    public static final String PASSWORD = "test-pass-1";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private String hash;

    public StaffAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** A new account; returns the Basic-auth post processor for it. */
    public RequestPostProcessor login(Role role, Long canteenId) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        long id = Ids.next();
        String username = role.name().toLowerCase() + "-" + id;
        accounts.saveAndFlush(new Account(id, username, hash, "测试 " + role, role, canteenId));
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }
}
