package cn.xingfu.canteen.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documented {@code jdbc:mysql://} URL also works when the server is MariaDB. Through mysql-connector-j MariaDB
 * reports itself as MySQL "5.5.5-10.x-MariaDB": Hibernate then picks the MySQL dialect (MariaDB rejects its
 * {@code select … for update of o1_0}) and the driver silently drops fractional seconds. So before the pool opens
 * its first connection, one probe connection asks the server what it is; if it is MariaDB, the pool connects through
 * MariaDB's own driver with the same URL ({@code permitMysqlScheme}), which gets dialect and time right. A MySQL
 * server, any other URL, or a server that cannot be reached yet is left as configured.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbBehindMysqlUrl {

    private static final Logger log = LoggerFactory.getLogger(MariaDbBehindMysqlUrl.class);
    static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

    @Bean
    static BeanPostProcessor mariaDbDriverForMysqlUrl() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    switchToMariaDbDriverIfNeeded(pool);
                }
                return bean;
            }
        };
    }

    static void switchToMariaDbDriverIfNeeded(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        String server = serverVersion(url, pool.getUsername(), pool.getPassword());
        if (server == null || !server.contains("MariaDB")) {
            return;
        }
        String mariaUrl = url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        log.info("{} answers as MariaDB {}: connecting through the MariaDB driver", url.split("\\?")[0], server);
        pool.setDriverClassName(MARIADB_DRIVER);
        pool.setJdbcUrl(mariaUrl);
    }

    /** The server's version string as the URL's own driver reports it, or null if it cannot be reached now. */
    private static String serverVersion(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password)) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            log.debug("Could not ask {} for its version; leaving the driver as configured", url, e);
            return null;
        }
    }
}
