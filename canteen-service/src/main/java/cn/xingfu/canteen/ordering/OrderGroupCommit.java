package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.ordering.OrderWriter.Failed;
import cn.xingfu.canteen.ordering.OrderWriter.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the lunch rush: orders of a canteen queue for one writer thread ("lane"), which takes whatever has
 * queued while its last group was being written (up to {@code xingfu.ordering.group-commit.max-group}) and writes it
 * in one transaction ({@link OrderWriter}). Nothing waits for a group to fill: an order that finds the lane idle is
 * written at once, alone; under load the groups grow by themselves, and with them the orders per commit. Canteens are
 * spread over {@code lanes} threads, so one canteen's hot rows are never contended by two writers of one instance.
 *
 * <p>A group that fails as a whole (it would sell a dish out, another instance used the same idempotency key, a
 * deadlock) is rolled back and its orders are written again one at a time, each in its own transaction, with the
 * exact answers of a single order. Before a group, the lane reserves its order numbers in a transaction of its own.
 * When the lanes are stopped (shutdown) or turned off ({@code enabled=false}), orders are written one at a time on
 * the caller's thread.
 */
@Component
class OrderGroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderGroupCommit.class);

    private final OrderWriter writer;
    private final OrderNumbers numbers;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final int maxGroup;
    private final Lane[] lanes;
    private volatile boolean running;

    OrderGroupCommit(
            OrderWriter writer,
            OrderNumbers numbers,
            PlatformTransactionManager transactions,
            @Value("${xingfu.ordering.group-commit.enabled:true}") boolean enabled,
            @Value("${xingfu.ordering.group-commit.lanes:4}") int lanes,
            @Value("${xingfu.ordering.group-commit.max-group:64}") int maxGroup) {
        if (lanes < 1 || lanes > 64 || maxGroup < 1 || maxGroup > 1000) {
            throw new IllegalArgumentException(
                    "xingfu.ordering.group-commit: lanes must be 1 to 64, max-group 1 to 1000");
        }
        this.writer = writer;
        this.numbers = numbers;
        this.transaction = new TransactionTemplate(transactions);
        // read committed: after waiting for a senior's lock a group must see what the previous holder committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.enabled = enabled;
        this.maxGroup = maxGroup;
        this.lanes = new Lane[lanes];
        for (int i = 0; i < lanes; i++) {
            this.lanes[i] = new Lane(i);
        }
    }

    /** Writes the order with others of its canteen, or alone on this thread when the lanes are not running. */
    Outcome write(PendingOrder pending) {
        if (!running) {
            return alone(pending);
        }
        Lane lane =
                lanes[Math.floorMod(Long.hashCode(pending.resolved().canteen().id()), lanes.length)];
        Ticket ticket = new Ticket(pending);
        lane.queue.add(ticket);
        if (!running && lane.queue.remove(ticket)) {
            // stopped between the check and the add: no lane will take it
            return alone(pending);
        }
        return ticket.outcome.join();
    }

    /** Orders waiting for a lane now (tests use it to know a group has formed). */
    int queued() {
        int queued = 0;
        for (Lane lane : lanes) {
            queued += lane.queue.size();
        }
        return queued;
    }

    /** One order in a transaction of its own, with the answers of a single order. */
    Outcome alone(PendingOrder pending) {
        reserveNumbers(List.of(pending));
        try {
            return transaction
                    .execute(status -> writer.write(List.of(pending), true))
                    .get(0);
        } catch (RuntimeException failed) {
            return new Failed(failed);
        }
    }

    private void writeGroup(List<Ticket> tickets) {
        List<PendingOrder> group = tickets.stream().map(Ticket::pending).toList();
        if (group.size() > 1) {
            reserveNumbers(group);
            try {
                List<Outcome> outcomes = transaction.execute(status -> writer.write(group, false));
                for (int i = 0; i < tickets.size(); i++) {
                    tickets.get(i).outcome.complete(outcomes.get(i));
                }
                return;
            } catch (OrderWriter.GroupWouldSellOut | DataIntegrityViolationException expected) {
                log.debug("group of {} orders written again one by one: {}", group.size(), expected.toString());
            } catch (RuntimeException unexpected) {
                log.info("group of {} orders written again one by one", group.size(), unexpected);
            }
        }
        tickets.forEach(ticket -> ticket.outcome.complete(alone(ticket.pending())));
    }

    private void reserveNumbers(List<PendingOrder> group) {
        group.stream()
                .collect(Collectors.groupingBy(
                        p -> new DayOfCanteen(
                                p.resolved().canteen().id(), p.resolved().serviceDate()),
                        Collectors.counting()))
                .forEach((day, count) -> numbers.reserve(day.canteenId(), day.date(), count.intValue()));
    }

    /** Group sizes of one lane, logged once a minute while orders come: how well the rush is being grouped. */
    private final class GroupSizes {
        private long since = System.nanoTime();
        private long groups;
        private long orders;
        private int largest;

        void add(int size) {
            groups++;
            orders += size;
            largest = Math.max(largest, size);
            long now = System.nanoTime();
            if (now - since >= TimeUnit.MINUTES.toNanos(1)) {
                log.info(
                        "{}: {} orders in {} groups in the last {} s (mean {}, largest {})",
                        Thread.currentThread().getName(),
                        orders,
                        groups,
                        TimeUnit.NANOSECONDS.toSeconds(now - since),
                        String.format("%.1f", (double) orders / groups),
                        largest);
                since = now;
                groups = 0;
                orders = 0;
                largest = 0;
            }
        }
    }

    private record DayOfCanteen(long canteenId, LocalDate date) {}

    private record Ticket(PendingOrder pending, CompletableFuture<Outcome> outcome) {
        Ticket(PendingOrder pending) {
            this(pending, new CompletableFuture<>());
        }
    }

    /** One writer thread and its queue. */
    private final class Lane implements Runnable {
        final BlockingQueue<Ticket> queue = new LinkedBlockingQueue<>();
        final int index;
        final GroupSizes stats = new GroupSizes();
        Thread thread;

        Lane(int index) {
            this.index = index;
        }

        @Override
        public void run() {
            while (running || !queue.isEmpty()) {
                try {
                    Ticket first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<Ticket> tickets = new ArrayList<>();
                    tickets.add(first);
                    queue.drainTo(tickets, maxGroup - 1);
                    stats.add(tickets.size());
                    try {
                        writeGroup(tickets);
                    } catch (RuntimeException | Error bug) {
                        tickets.forEach(ticket -> ticket.outcome.completeExceptionally(bug));
                        log.error("order writer lane {} failed a group", index, bug);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        for (Lane lane : lanes) {
            lane.thread = new Thread(lane, "order-writer-" + lane.index);
            lane.thread.setDaemon(true);
            lane.thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Lane lane : lanes) {
            if (lane.thread != null) {
                try {
                    // the lane writes what is queued before it ends
                    lane.thread.join(TimeUnit.SECONDS.toMillis(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops after the web server (its graceful shutdown lets requests in flight finish first), so no order
        // arrives at a stopped lane; starts before it
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
