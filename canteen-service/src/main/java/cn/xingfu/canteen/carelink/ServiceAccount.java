package cn.xingfu.canteen.carelink;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates care-facility-service's machine login (role SERVICE, no canteen) from configuration, once. */
@Component
@Order(5)
class ServiceAccount implements ApplicationRunner {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final CareNoticeProperties properties;

    ServiceAccount(Accounts accounts, PasswordEncoder passwords, CareNoticeProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.inboundPassword().isBlank()
                || accounts.findByUsername(properties.inboundUsername()).isPresent()) {
            return;
        }
        accounts.save(new Account(
                Ids.next(),
                properties.inboundUsername(),
                passwords.encode(properties.inboundPassword()),
                "养老机构系统（服务账号） care-facility-service",
                Role.SERVICE,
                null));
    }
}
