package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.TestClock;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * README's "Running on MySQL" as written — the {@code jdbc:mysql://} URL of mysql-connector-j — against MariaDB:
 * the service starts (Flyway, Hibernate validation), takes the MariaDB dialect, locks an order row to move it on
 * (MySQL's {@code for update of o1_0} is what MariaDB used to reject) and keeps fractional seconds. Runs where the
 * suites run on MariaDB ({@code XINGFU_TEST_DB=mysql}); on H2 there is no MariaDB to talk to.
 */
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MysqlUrlOnMariaDbIT {

    @DynamicPropertySource
    static void documentedMysqlUrl(DynamicPropertyRegistry registry) {
        String url = System.getenv().getOrDefault("CANTEEN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/canteen");
        String mysqlUrl = url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")
                + (url.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC";
        registry.add("spring.datasource.url", () -> mysqlUrl);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderProgress progress;

    @Autowired
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void theDocumentedMysqlUrlRunsOnMariaDbThroughMariaDbsDriver() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getJdbcUrl()).startsWith("jdbc:mysql:");
        assertThat(pool.getDriverClassName()).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(entityManagers
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect())
                .isInstanceOf(MariaDBDialect.class);

        LocalDateTime precise = LocalDateTime.of(2031, 3, 4, 11, 30, 15, 123_456_000);
        assertThat(jdbc.queryForObject("select cast(? as datetime(6))", LocalDateTime.class, precise))
                .isEqualTo(precise);
    }

    @Test
    void anOrderIsPlacedAndMovedOnUnderTheRowLock() {
        OrderingScenario.World world = scenario.newWorld();
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        long senior = world.senior(85, "50.00");
        PlaceOrder order = new PlaceOrder(
                null,
                null,
                senior,
                null,
                Channel.DINE_IN,
                PaymentMethod.WALLET,
                List.of(new PlaceOrder.Item(pork.menuItemId(), 1)),
                false,
                null,
                null,
                null);

        OrderView placed = placement
                .place(order, UUID.randomUUID().toString(), world.manager)
                .order();
        progress.advance(placed.orderId(), OrderStatus.PREPARING, null, world.manager);
        OrderView ready = progress.advance(placed.orderId(), OrderStatus.READY, null, world.manager);

        assertThat(ready.status()).isEqualTo(OrderStatus.READY);
    }
}
