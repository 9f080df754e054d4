package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.xingfu.canteen.site.CanteenView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lanes of {@link OrderGroupCommit} with a stand-in writer: where an order is written (a lane thread, or the
 * caller's when the lanes are not running), that orders queued behind a busy lane are written as one group, and that a
 * group failing as a whole is written again order by order with the single-order answers.
 */
class OrderGroupCommitTests {

    private final OrderWriter writer = mock(OrderWriter.class);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean groupsFail;
    private final OrderGroupCommit lanes =
            new OrderGroupCommit(writer, mock(OrderNumbers.class), mock(PlatformTransactionManager.class), true, 2, 64);

    /** One call of the writer: how many orders, whether alone with exact portions, and on which thread. */
    private record Call(int orders, boolean exactPortions, String thread) {}

    @AfterEach
    void stop() {
        lanes.stop();
    }

    @Test
    void withTheLanesStoppedAnOrderIsWrittenAloneOnTheCallersThread() {
        recordCalls(null);

        OrderWriter.Outcome outcome = lanes.write(pending(1));

        assertThat(outcome).isInstanceOf(OrderWriter.Placed.class);
        assertThat(calls)
                .containsExactly(new Call(1, true, Thread.currentThread().getName()));
    }

    @Test
    void ordersQueuedBehindABusyLaneAreWrittenAsOneGroup() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        recordCalls(busy);
        lanes.start();

        CompletableFuture<OrderWriter.Outcome> first = CompletableFuture.supplyAsync(() -> lanes.write(pending(1)));
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == 1);
        List<CompletableFuture<OrderWriter.Outcome>> queued = List.of(
                CompletableFuture.supplyAsync(() -> lanes.write(pending(1))),
                CompletableFuture.supplyAsync(() -> lanes.write(pending(1))),
                CompletableFuture.supplyAsync(() -> lanes.write(pending(1))));
        await().atMost(Duration.ofSeconds(5)).until(() -> lanes.queued() == 3);
        busy.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(OrderWriter.Placed.class);
        for (CompletableFuture<OrderWriter.Outcome> order : queued) {
            assertThat(order.get(5, TimeUnit.SECONDS)).isInstanceOf(OrderWriter.Placed.class);
        }
        assertThat(calls).extracting(Call::orders).containsExactly(1, 3);
        assertThat(calls.get(1).exactPortions()).isFalse();
        assertThat(calls).allSatisfy(call -> assertThat(call.thread()).startsWith("order-writer-"));
    }

    @Test
    void aGroupThatFailsAsAWholeIsWrittenAgainOrderByOrder() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        recordCalls(busy);
        lanes.start();
        CompletableFuture<OrderWriter.Outcome> first = CompletableFuture.supplyAsync(() -> lanes.write(pending(1)));
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == 1);
        // from now on a group of several fails as a whole (as when another instance used one of its keys)
        groupsFail = true;
        List<CompletableFuture<OrderWriter.Outcome>> queued = List.of(
                CompletableFuture.supplyAsync(() -> lanes.write(pending(1))),
                CompletableFuture.supplyAsync(() -> lanes.write(pending(1))));
        await().atMost(Duration.ofSeconds(5)).until(() -> lanes.queued() == 2);
        busy.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (CompletableFuture<OrderWriter.Outcome> order : queued) {
            assertThat(order.get(5, TimeUnit.SECONDS)).isInstanceOf(OrderWriter.Placed.class);
        }
        assertThat(calls.subList(1, calls.size()))
                .extracting(Call::orders, Call::exactPortions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(1, true));
    }

    @Test
    void afterTheLanesStopOrdersAreWrittenOnTheCallersThreadAgain() {
        recordCalls(null);
        lanes.start();
        lanes.write(pending(1));
        lanes.stop();

        lanes.write(pending(1));

        assertThat(calls.get(0).thread()).startsWith("order-writer-");
        assertThat(calls.get(1).thread()).isEqualTo(Thread.currentThread().getName());
        assertThat(lanes.isRunning()).isFalse();
    }

    /**
     * The writer records each call and places every order (a group of several fails when {@link #groupsFail}); the
     * first call waits for {@code firstWaitsFor}.
     */
    private void recordCalls(CountDownLatch firstWaitsFor) {
        when(writer.write(anyList(), anyBoolean())).thenAnswer(invocation -> {
            List<PendingOrder> group = invocation.getArgument(0);
            calls.add(new Call(
                    group.size(),
                    invocation.getArgument(1),
                    Thread.currentThread().getName()));
            if (firstWaitsFor != null && calls.size() == 1) {
                assertThat(firstWaitsFor.await(10, TimeUnit.SECONDS)).isTrue();
            }
            if (groupsFail && group.size() > 1) {
                throw new DataIntegrityViolationException("duplicate idempotency key");
            }
            return group.stream().map(p -> placed()).toList();
        });
    }

    private static OrderWriter.Outcome placed() {
        return new OrderWriter.Placed(mock(PlacedOrder.class));
    }

    private static PendingOrder pending(long canteenId) {
        CanteenView canteen = mock(CanteenView.class);
        when(canteen.id()).thenReturn(canteenId);
        ResolvedOrder resolved = mock(ResolvedOrder.class);
        when(resolved.canteen()).thenReturn(canteen);
        when(resolved.serviceDate()).thenReturn(LocalDate.of(2031, 3, 4));
        return new PendingOrder(mock(PlaceOrder.class), "key-" + System.nanoTime(), "f", null, null, resolved, null);
    }
}
