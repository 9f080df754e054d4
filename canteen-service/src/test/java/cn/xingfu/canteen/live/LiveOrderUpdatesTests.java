package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.xingfu.canteen.menu.DishAvailabilityChanged;
import cn.xingfu.canteen.ordering.OrderChanged;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class LiveOrderUpdatesTests {

    private static final MessageDeliveryException BROKER_AWAY =
            new MessageDeliveryException("Message broker not active");

    private final OrderQueries orders = mock(OrderQueries.class);
    private final SimpMessageSendingOperations messaging = mock(SimpMessageSendingOperations.class);
    private final QueuedExecutor pool = new QueuedExecutor();
    private final LiveOrderUpdates updates = new LiveOrderUpdates(
            orders, messaging, pool, LiveFixtures.settings(Map.of("xingfu.live.relay.resend-limit", "3")));
    private final TransactionTemplate transactions = new TransactionTemplate(new NoResourceTransactions());

    @Test
    void aRolledBackChangePushesNothing() {
        transactions.executeWithoutResult(status -> {
            updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PREPARING, 2));
            status.setRollbackOnly();
        });

        assertThat(pool.queued()).isZero();
        verifyNoInteractions(orders, messaging);
    }

    @Test
    void aCommittedChangeIsPushedOnceOnTheListenerPoolAfterTheCommit() {
        OrderView current = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.PREPARING, LiveFixtures.KIOSK, 2);
        when(orders.snapshot(55L)).thenReturn(current);

        transactions.executeWithoutResult(status -> {
            updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PREPARING, 2));
            // inside the transaction nothing is read or sent yet, nor handed to the pool
            assertThat(pool.queued()).isZero();
            verifyNoInteractions(orders, messaging);
        });
        // committed: handed to the pool, not sent by the committing thread
        assertThat(pool.queued()).isEqualTo(1);
        verifyNoInteractions(messaging);

        pool.runAll();

        verify(orders, times(1)).snapshot(55L);
        verify(messaging, times(1)).convertAndSend("/topic/orders/55", current);
        verify(messaging, times(1)).convertAndSend("/topic/canteens/101/orders", current);
        verify(messaging, times(1)).convertAndSend("/topic/kiosks/9001/orders", current);
    }

    @Test
    void aPlacementIsPushedAsWrittenWithoutReadingTheOrderAgain() {
        OrderView asWritten = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.PLACED, LiveFixtures.KIOSK, 0);
        OrderChanged placement = new OrderChanged(
                55L,
                LiveFixtures.CANTEEN,
                LiveFixtures.KIOSK,
                42L,
                Channel.TAKEAWAY,
                MealPeriod.LUNCH,
                LocalDate.of(2026, 11, 30),
                OrderStatus.PLACED,
                null,
                0,
                asWritten);

        transactions.executeWithoutResult(status -> updates.on(placement));
        pool.runAll();

        verify(messaging, times(1)).convertAndSend("/topic/orders/55", asWritten);
        verify(messaging, times(1)).convertAndSend("/topic/canteens/101/orders", asWritten);
        verify(messaging, times(1)).convertAndSend("/topic/kiosks/9001/orders", asWritten);
        verifyNoInteractions(orders);
    }

    @Test
    void aPushRefusedWhileTheBrokerIsAwayIsSentAgainWithAFreshSnapshotOnceTheRelayConnects() {
        OrderView refused = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.PLACED, LiveFixtures.KIOSK, 1);
        OrderView later = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.PREPARING, LiveFixtures.KIOSK, 2);
        when(orders.snapshot(55L)).thenReturn(refused, later);
        doThrow(BROKER_AWAY).doNothing().when(messaging).convertAndSend(anyString(), any(Object.class));
        updates.on(available(true));

        transactions.executeWithoutResult(
                status -> updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PLACED, 1)));
        pool.runAll();
        assertThat(updates.missedPushesWaiting()).isEqualTo(1);

        // still away: nothing to resend yet
        updates.on(available(false));
        assertThat(pool.queued()).isZero();

        updates.on(available(true));
        pool.runAll();

        verify(orders, times(2)).snapshot(55L);
        verify(messaging, times(1)).convertAndSend("/topic/orders/55", later);
        verify(messaging, times(1)).convertAndSend("/topic/canteens/101/orders", later);
        verify(messaging, times(1)).convertAndSend("/topic/kiosks/9001/orders", later);
        verify(messaging, never()).convertAndSend("/topic/orders/55", refused);
        assertThat(updates.missedPushesWaiting()).isZero();

        // sent: a further connection sends nothing again
        updates.on(available(true));
        assertThat(pool.queued()).isZero();
    }

    @Test
    void aPushRefusedJustBeforeTheRelayConnectsIsSentAtOnce() {
        OrderView current = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.PLACED, LiveFixtures.KIOSK, 1);
        when(orders.snapshot(55L)).thenReturn(current);
        // the relay connects (and takes its resend, still empty) while this push is being refused
        doAnswer(call -> {
                    updates.on(available(true));
                    throw BROKER_AWAY;
                })
                .doNothing()
                .when(messaging)
                .convertAndSend(anyString(), any(Object.class));

        updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PLACED, 1));
        pool.runAll();

        verify(orders, times(2)).snapshot(55L);
        // the first send was the one refused
        verify(messaging, times(2)).convertAndSend("/topic/canteens/101/orders", current);
        verify(messaging, times(1)).convertAndSend("/topic/orders/55", current);
        assertThat(updates.missedPushesWaiting()).isZero();
    }

    @Test
    void remembersTheLatestOrdersUpToTheLimitAndCountsTheOthers() {
        when(orders.snapshot(anyLong()))
                .thenAnswer(call -> LiveFixtures.anOrder(
                        call.getArgument(0), Channel.TAKEAWAY, OrderStatus.PLACED, LiveFixtures.KIOSK, 1));
        doThrow(BROKER_AWAY).when(messaging).convertAndSend(anyString(), any(Object.class));
        for (long orderId = 1; orderId <= 5; orderId++) {
            updates.on(changed(orderId, LiveFixtures.KIOSK, OrderStatus.PLACED, 1));
        }
        pool.runAll();

        assertThat(updates.missedPushesWaiting()).isEqualTo(3);
        assertThat(updates.missedPushesDropped()).isEqualTo(2);
    }

    @Test
    void aPushThatFailsForAnotherReasonIsNotRemembered() {
        when(orders.snapshot(55L)).thenThrow(new IllegalStateException("the database is away"));

        updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PLACED, 1));
        pool.runAll();

        assertThat(updates.missedPushesWaiting()).isZero();
        verifyNoInteractions(messaging);
    }

    @Test
    void pushesTheCurrentSnapshotToTheCanteenTheKioskTheOrderAndTheBoard() {
        // the event says version 2, but the order has moved on since: the fresher snapshot is sent
        OrderView current = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.READY, LiveFixtures.KIOSK, 3);
        when(orders.snapshot(55L)).thenReturn(current);

        updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PREPARING, 2));
        pool.runAll();

        verify(messaging).convertAndSend("/topic/canteens/101/orders", current);
        verify(messaging).convertAndSend("/topic/orders/55", current);
        verify(messaging).convertAndSend("/topic/kiosks/9001/orders", current);
        ArgumentCaptor<Object> board = ArgumentCaptor.forClass(Object.class);
        verify(messaging).convertAndSend(eq("/topic/canteens/101/board"), board.capture());
        assertThat(board.getValue())
                .isEqualTo(new BoardEntry(
                        55L,
                        "A012",
                        101L,
                        Channel.TAKEAWAY,
                        OrderStatus.READY,
                        "请取餐",
                        "Ready",
                        3,
                        current.updatedAt()));
    }

    @Test
    void staffOrdersGoToNoKioskAndDeliveryOrdersNotToTheBoard() {
        OrderView delivery = LiveFixtures.anOrder(56L, Channel.DELIVERY, OrderStatus.PLACED, null, 1);
        when(orders.snapshot(56L)).thenReturn(delivery);

        updates.on(changed(56L, null, OrderStatus.PLACED, 1));
        pool.runAll();

        verify(messaging).convertAndSend("/topic/canteens/101/orders", delivery);
        verify(messaging).convertAndSend("/topic/orders/56", delivery);
        verify(messaging, never()).convertAndSend(eq("/topic/canteens/101/board"), any(Object.class));
        verify(messaging, never())
                .convertAndSend(org.mockito.ArgumentMatchers.startsWith("/topic/kiosks/"), any(Object.class));
    }

    @Test
    void tellsTheCanteenThatADishSoldOut() {
        Instant now = Instant.parse("2026-11-30T03:31:00Z");
        LiveMenuUpdates menu = new LiveMenuUpdates(messaging, Clock.fixed(now, ZoneOffset.UTC));
        LocalDate day = LocalDate.of(2026, 11, 30);

        menu.on(new DishAvailabilityChanged(101L, 77L, day, MealPeriod.LUNCH, 0, true));

        verify(messaging)
                .convertAndSend(
                        "/topic/canteens/101/menu",
                        new MenuAvailability(101L, 77L, day, MealPeriod.LUNCH, 0, true, now));
        verify(messaging, never()).convertAndSend(eq("/topic/canteens/101/orders"), any(Object.class));
        verify(messaging, never()).convertAndSend(anyString(), any(OrderView.class));
    }

    private static OrderChanged changed(long orderId, Long kioskId, OrderStatus status, long version) {
        return new OrderChanged(
                orderId,
                LiveFixtures.CANTEEN,
                kioskId,
                42L,
                Channel.TAKEAWAY,
                MealPeriod.LUNCH,
                LocalDate.of(2026, 11, 30),
                status,
                null,
                version,
                null);
    }

    private BrokerAvailabilityEvent available(boolean up) {
        return new BrokerAvailabilityEvent(up, this);
    }

    /** The listener pool, run by the test when it chooses: what was handed over, and when, is visible. */
    private static final class QueuedExecutor implements Executor {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int queued() {
            return tasks.size();
        }

        void runAll() {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
        }
    }

    /** Real transaction boundaries and synchronizations, without a resource behind them. */
    private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
