package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Makes the next orders of a canteen one group, the way a rush does, but on cue: a senior's wallet row is held on a
 * connection of its own, that senior's order goes first and its writer lane waits for the row, and the orders that
 * come meanwhile queue behind it. {@link #release} lets the lane go on; it then writes the queued orders together.
 */
final class HeldLane implements AutoCloseable {

    private final Connection connection;
    private final OrderGroupCommit groupCommit;
    private final CompletableFuture<PlacedOrder> first;

    /** Holds {@code seniorId}'s wallet row, then places {@code firstOrder} (that senior's) and waits until a lane has it. */
    HeldLane(DataSource dataSource, OrderGroupCommit groupCommit, long seniorId, Supplier<PlacedOrder> firstOrder)
            throws SQLException {
        this.groupCommit = groupCommit;
        this.connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock =
                connection.prepareStatement("SELECT balance FROM wallet WHERE senior_id = ? FOR UPDATE")) {
            lock.setLong(1, seniorId);
            assertThat(lock.executeQuery().next())
                    .as("the held senior has a wallet")
                    .isTrue();
        }
        assertThat(groupCommit.queued())
                .as("no order of an earlier test still queued")
                .isZero();
        this.first = CompletableFuture.supplyAsync(firstOrder);
        // taken off the queue: the lane is now waiting for the wallet row
        await().atMost(Duration.ofSeconds(5)).until(() -> groupCommit.queued() == 0 && !first.isDone());
    }

    /** Waits until {@code count} orders are queued behind the held one. */
    void awaitQueued(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.queued() >= count);
        assertThat(groupCommit.queued()).isEqualTo(count);
    }

    /** Lets the lane go on and returns the held senior's order. */
    PlacedOrder release() throws SQLException {
        connection.rollback();
        return first.join();
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
