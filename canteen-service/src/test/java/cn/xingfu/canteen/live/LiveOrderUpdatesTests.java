package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;

class LiveOrderUpdatesTests {

    private final OrderQueries orders = mock(OrderQueries.class);
    private final SimpMessageSendingOperations messaging = mock(SimpMessageSendingOperations.class);
    private final LiveOrderUpdates updates = new LiveOrderUpdates(orders, messaging);

    @Test
    void pushesTheCurrentSnapshotToTheCanteenTheKioskTheOrderAndTheBoard() {
        // the event says version 2, but the order has moved on since: the fresher snapshot is sent
        OrderView current = LiveFixtures.anOrder(55L, Channel.TAKEAWAY, OrderStatus.READY, LiveFixtures.KIOSK, 3);
        when(orders.snapshot(55L)).thenReturn(current);

        updates.on(changed(55L, LiveFixtures.KIOSK, OrderStatus.PREPARING, 2));

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
                version);
    }
}
