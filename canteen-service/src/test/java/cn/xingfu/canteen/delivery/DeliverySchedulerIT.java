package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sweep runs under its cluster-wide lock: a run leaves the lock row that keeps other instances out. */
@SpringBootTest
class DeliverySchedulerIT {

    @Autowired
    DeliveryScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void takesTheClusterLockBeforeSweeping() {
        scheduler.sweep();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'delivery-sweep'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
