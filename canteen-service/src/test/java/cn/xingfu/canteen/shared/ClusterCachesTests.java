package cn.xingfu.canteen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The poller against a real (embedded) table, standing in for the instance that did not make the change. */
class ClusterCachesTests {

    private JdbcTemplate db;
    private ConcurrentMapCacheManager caches;
    private ClusterCaches.Poller poller;

    @BeforeEach
    void setUp() {
        db = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:cluster-caches-" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", ""));
        db.execute("CREATE TABLE cache_generation (name VARCHAR(64) PRIMARY KEY, generation BIGINT NOT NULL)");
        caches = new ConcurrentMapCacheManager("menus", "canteens");
        poller = new ClusterCaches.Poller(caches, db);
    }

    @Test
    void aCacheAnnouncedForTheFirstTimeAfterThisInstanceStartedIsClearedEvenIfSeveralBumpsCameAtOnce() {
        poller.poll(); // the table is still empty
        caches.getCache("menus").put(1L, "old menu");

        db.update("INSERT INTO cache_generation (name, generation) VALUES ('menus', 2)");
        poller.poll();

        assertThat(caches.getCache("menus").get(1L)).isNull();
    }

    @Test
    void aGenerationThatMovedClearsOnlyThatCacheAndAnUnchangedOneClearsNothing() {
        db.update("INSERT INTO cache_generation (name, generation) VALUES ('menus', 5), ('canteens', 3)");
        poller.poll();
        caches.getCache("menus").put(1L, "menu");
        caches.getCache("canteens").put(1L, "canteen");

        poller.poll();
        assertThat(caches.getCache("menus").get(1L)).isNotNull();

        db.update("UPDATE cache_generation SET generation = 6 WHERE name = 'menus'");
        poller.poll();
        assertThat(caches.getCache("menus").get(1L)).isNull();
        assertThat(caches.getCache("canteens").get(1L)).isNotNull();
    }

    @Test
    void aCacheFilledBeforeTheFirstPollIsClearedWhenItsGenerationHadAlreadyMoved() {
        caches.getCache("menus").put(1L, "filled at start");
        db.update("INSERT INTO cache_generation (name, generation) VALUES ('menus', 1)");

        poller.poll();

        assertThat(caches.getCache("menus").get(1L)).isNull();
    }
}
