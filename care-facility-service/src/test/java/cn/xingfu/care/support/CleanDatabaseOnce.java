package cn.xingfu.care.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A real MariaDB schema outlives the JVM: each test run starts from a clean migration, once. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("xingfu.test.clean-database-once")
class CleanDatabaseOnce {

    private static final AtomicBoolean done = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (done.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
