package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short numbers a senior can read off the pickup board: a channel letter and a per-canteen, per-day counter (A =
 * dine-in, T = takeaway, D = delivery: A023, T024, D025).
 *
 * <p>The counter row would otherwise be the second hot row of the lunch rush, locked by every order of a canteen
 * until its commit. So each instance takes numbers in blocks ({@code xingfu.ordering.order-number-block}, default
 * 10) in a transaction of its own, before the order's transaction begins, and hands them out from memory. Blocks of
 * different instances never overlap, because each comes from one increment of the shared row. What this costs: an
 * instance that stops, and an order that fails after taking its number, leave gaps, and with several instances the
 * numbers of one canteen are not in placing order. When no block is at hand the order takes its number from the
 * row in its own transaction, as with a block of 1.
 */
@Component
class OrderNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final int blockSize;
    private final Map<Key, Block> blocks = new ConcurrentHashMap<>();

    OrderNumbers(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${xingfu.ordering.order-number-block:10}") int blockSize) {
        if (blockSize < 1 || blockSize > 1000) {
            throw new IllegalArgumentException("xingfu.ordering.order-number-block must be 1 to 1000");
        }
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.blockSize = blockSize;
    }

    /**
     * Makes sure {@code count} numbers are at hand for the canteen and day, taking a block (or as many as asked for,
     * if more) when they are not. Call outside any transaction (inside one it
     * does nothing: a second connection per order could exhaust the pool at the rush). Never blocks on another
     * thread's reservation.
     */
    void reserve(long canteenId, LocalDate serviceDate, int count) {
        if (blockSize == 1 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Block block = blocks.computeIfAbsent(new Key(canteenId, serviceDate), k -> new Block());
        if (block.remaining() >= count || !block.refilling.tryLock()) {
            return;
        }
        try {
            int missing = count - block.remaining();
            if (missing > 0) {
                // a group of orders takes at least what it needs in one increment, a block at least
                int size = Math.max(blockSize, missing);
                int last = ownTransaction.execute(status -> increment(canteenId, serviceDate, size));
                block.add(last - size + 1, last);
            }
        } finally {
            block.refilling.unlock();
        }
        forgetDaysBefore(serviceDate.minusDays(1));
    }

    /** The next number, from this instance's block or else from the counter row within the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(long canteenId, LocalDate serviceDate, Channel channel) {
        Block block = blocks.get(new Key(canteenId, serviceDate));
        Integer number = block == null ? null : block.take();
        return format(channel, number != null ? number : increment(canteenId, serviceDate, 1));
    }

    private int increment(long canteenId, LocalDate serviceDate, int by) {
        jdbc.update(
                "INSERT INTO order_number_counter (canteen_id, service_date, last_number) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE last_number = last_number + ?",
                canteenId,
                serviceDate,
                by,
                by);
        Integer last = jdbc.queryForObject(
                "SELECT last_number FROM order_number_counter WHERE canteen_id = ? AND service_date = ?",
                Integer.class,
                canteenId,
                serviceDate);
        return last == null ? by : last;
    }

    private void forgetDaysBefore(LocalDate day) {
        blocks.keySet().removeIf(key -> key.serviceDate().isBefore(day));
    }

    static String format(Channel channel, int number) {
        char letter = switch (channel) {
            case DINE_IN -> 'A';
            case TAKEAWAY -> 'T';
            case DELIVERY -> 'D';
        };
        // not String.format: a Formatter per order showed in the rush's flight recording
        String digits = Integer.toString(number);
        return digits.length() >= 3 ? letter + digits : letter + "00".substring(digits.length() - 1) + digits;
    }

    private record Key(long canteenId, LocalDate serviceDate) {}

    /** Numbers reserved by this instance and not handed out yet, as ranges. */
    private static final class Block {
        final ReentrantLock refilling = new ReentrantLock();
        private final Deque<int[]> ranges = new ArrayDeque<>();
        private int remaining;

        synchronized int remaining() {
            return remaining;
        }

        synchronized void add(int first, int last) {
            ranges.addLast(new int[] {first, last});
            remaining += last - first + 1;
        }

        synchronized Integer take() {
            int[] range = ranges.peekFirst();
            if (range == null) {
                return null;
            }
            int number = range[0]++;
            if (range[0] > range[1]) {
                ranges.removeFirst();
            }
            remaining--;
            return number;
        }
    }
}
