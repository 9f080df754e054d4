package cn.xingfu.care.canteenlink;

import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates canteen-service's machine login (role SERVICE, no facilities) from configuration, once. */
@Component
@Order(5)
@EnableConfigurationProperties(CanteenLinkProperties.class)
class ServiceAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceAccount.class);

    private final AccountAdministration accounts;
    private final CanteenLinkProperties properties;

    ServiceAccount(AccountAdministration accounts, CanteenLinkProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.inboundPassword().isBlank()) {
            return;
        }
        accounts.createIfAbsent(
                properties.inboundUsername(),
                properties.inboundPassword(),
                "助餐系统（服务账号） canteen-service",
                Role.SERVICE,
                Set.of());
        log.info("Service account {} for canteen-service is ready", properties.inboundUsername());
    }
}
