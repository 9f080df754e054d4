package cn.xingfu.canteen.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * The database's ceiling for an order-like transaction, in plain JDBC with nothing of ours in the way: insert an
 * order and 3 lines (one batch), then {@code SELECT ... FOR UPDATE} and update one hot stock row, commit. Run in
 * the same session as the load driver so the ratio of the two figures says how close the product gets.
 *
 * <p>Arguments: {@code url user password [connections...]} (default 16 64); system properties
 * {@code probe.warmup} and {@code probe.seconds} (10 and 30). Works in its own {@code probe_*} tables and drops them when done.
 */
public final class JdbcCeilingProbe {

    private JdbcCeilingProbe() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/canteen_bench";
        String user = args.length > 1 ? args[1] : "root";
        String password = args.length > 2 ? args[2] : "";
        List<Integer> connections = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            connections.add(Integer.parseInt(args[i]));
        }
        if (connections.isEmpty()) {
            connections = List.of(16, 64);
        }
        int warmup = Integer.getInteger("probe.warmup", 10);
        int seconds = Integer.getInteger("probe.seconds", 30);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            createTables(c);
        }
        for (int n : connections) {
            Result result = run(url, user, password, n, warmup, seconds);
            System.out.println(result.line());
        }
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            // leave the schema empty for the service's migrations
            s.execute("DROP TABLE probe_order_line");
            s.execute("DROP TABLE probe_order");
            s.execute("DROP TABLE probe_stock");
        }
    }

    record Result(int connections, double perSecond, LoadStats.Latency latency, long errors) {
        String line() {
            return String.format(
                    "JDBC ceiling  conns=%-3d tx/s=%8.0f  %s  errors=%d", connections, perSecond, latency, errors);
        }
    }

    static Result run(String url, String user, String password, int n, int warmup, int seconds)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + (warmup + seconds) * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> work(url, user, password, recorder, errors, end), "probe-" + i);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup * 1000L);
        recorder.getIntervalHistogram(); // drop the warm-up
        errors.set(0);
        long started = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        var histogram = recorder.getIntervalHistogram();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(n, histogram.getTotalCount() / elapsed, LoadStats.Latency.of(histogram), errors.get());
    }

    private static void work(
            String url, String user, String password, Recorder recorder, AtomicLong errors, long end) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (PreparedStatement order = c.prepareStatement(
                            "INSERT INTO probe_order (id, senior_id, canteen_id, gross, status) VALUES (?, ?, 1, 12.00, 'PLACED')");
                    PreparedStatement line = c.prepareStatement(
                            "INSERT INTO probe_order_line (id, order_id, dish_id, name, unit_price, quantity) VALUES (?, ?, ?, ?, 4.00, 1)");
                    PreparedStatement lock = c.prepareStatement("SELECT left_count FROM probe_stock WHERE id = 1 FOR UPDATE");
                    PreparedStatement take =
                            c.prepareStatement("UPDATE probe_stock SET left_count = left_count - 1 WHERE id = 1")) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        long id = random.nextLong(Long.MAX_VALUE);
                        order.setLong(1, id);
                        order.setLong(2, random.nextInt(2000));
                        order.executeUpdate();
                        for (int i = 0; i < 3; i++) {
                            line.setLong(1, random.nextLong(Long.MAX_VALUE));
                            line.setLong(2, id);
                            line.setLong(3, i + 1);
                            line.setString(4, "dish " + i);
                            line.addBatch();
                        }
                        line.executeBatch();
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                        }
                        take.executeUpdate();
                        c.commit();
                        recorder.recordValue((System.nanoTime() - start) / 1000);
                    } catch (SQLException e) {
                        errors.incrementAndGet();
                        c.rollback();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS probe_order_line");
            s.execute("DROP TABLE IF EXISTS probe_order");
            s.execute("DROP TABLE IF EXISTS probe_stock");
            s.execute("CREATE TABLE probe_order (id BIGINT PRIMARY KEY, senior_id BIGINT NOT NULL, canteen_id BIGINT"
                    + " NOT NULL, gross DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL, KEY (senior_id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE probe_order_line (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL, dish_id BIGINT"
                    + " NOT NULL, name VARCHAR(100) NOT NULL, unit_price DECIMAL(10,2) NOT NULL, quantity INT NOT NULL,"
                    + " KEY (order_id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE probe_stock (id BIGINT PRIMARY KEY, left_count BIGINT NOT NULL) ENGINE=InnoDB");
            s.execute("INSERT INTO probe_stock VALUES (1, 1000000000)");
        }
    }
}
