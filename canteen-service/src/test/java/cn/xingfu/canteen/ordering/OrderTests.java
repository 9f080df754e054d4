package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.kernel.DomainException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTests {

    @Test
    void dineInGoesFromPlacedToServed() {
        Order order = OrderFixtures.aPlacedDineInOrder();
        order.moveTo(OrderStatus.PREPARING, null, OrderFixtures.NOON);
        order.moveTo(OrderStatus.READY, null, OrderFixtures.NOON);
        OrderChanged served = order.moveTo(OrderStatus.SERVED, null, OrderFixtures.NOON);

        assertThat(order.status()).isEqualTo(OrderStatus.SERVED);
        assertThat(served.version()).isEqualTo(4);
        assertThat(served.previousStatus()).isEqualTo(OrderStatus.READY);
    }

    @Test
    void takeawayEndsPickedUpNotServed() {
        Order order = OrderFixtures.aReadyOrder(Channel.TAKEAWAY);

        assertThatThrownBy(() -> order.moveTo(OrderStatus.SERVED, null, OrderFixtures.NOON))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ORDER_ILLEGAL_TRANSITION");
        order.moveTo(OrderStatus.PICKED_UP, null, OrderFixtures.NOON);
        assertThat(order.status()).isEqualTo(OrderStatus.PICKED_UP);
    }

    @Test
    void deliveryGoesOutThenDeliveredOrFailed() {
        Order delivered = OrderFixtures.aReadyOrder(Channel.DELIVERY);
        delivered.moveTo(OrderStatus.OUT_FOR_DELIVERY, null, OrderFixtures.NOON);
        delivered.moveTo(OrderStatus.DELIVERED, null, OrderFixtures.NOON);

        Order failed = OrderFixtures.aReadyOrder(Channel.DELIVERY);
        failed.moveTo(OrderStatus.OUT_FOR_DELIVERY, null, OrderFixtures.NOON);
        failed.moveTo(OrderStatus.FAILED, "nobody home", OrderFixtures.NOON);

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThatThrownBy(() -> OrderFixtures.aReadyOrder(Channel.DINE_IN)
                        .moveTo(OrderStatus.OUT_FOR_DELIVERY, null, OrderFixtures.NOON))
                .hasMessageContaining("ORDER_ILLEGAL_TRANSITION");
    }

    @Test
    void cancellingIsAllowedOnlyBeforePreparation() {
        Order placed = OrderFixtures.aPlacedDineInOrder();
        placed.moveTo(OrderStatus.CANCELLED, "changed mind", OrderFixtures.NOON);
        assertThat(placed.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(placed.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);

        Order preparing = OrderFixtures.aPlacedDineInOrder();
        preparing.moveTo(OrderStatus.PREPARING, null, OrderFixtures.NOON);
        assertThatThrownBy(() -> preparing.moveTo(OrderStatus.CANCELLED, null, OrderFixtures.NOON))
                .hasMessageContaining("ORDER_ILLEGAL_TRANSITION");
        assertThat(preparing.status()).isEqualTo(OrderStatus.PREPARING);
    }

    @Test
    void cashOrderCannotBeHandedOverBeforeCashIsConfirmed() {
        Order order = OrderFixtures.aPlacedOrder(Channel.TAKEAWAY, PaymentMethod.CASH, "9.00");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AWAITING_CASH);
        order.moveTo(OrderStatus.PREPARING, null, OrderFixtures.NOON);
        order.moveTo(OrderStatus.READY, null, OrderFixtures.NOON);

        assertThatThrownBy(() -> order.moveTo(OrderStatus.PICKED_UP, null, OrderFixtures.NOON))
                .hasMessageContaining("PAYMENT_PENDING");
        order.confirmCash(OrderFixtures.NOON);
        order.moveTo(OrderStatus.PICKED_UP, null, OrderFixtures.NOON);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThatThrownBy(() -> order.confirmCash(OrderFixtures.NOON)).hasMessageContaining("NO_CASH_DUE");
    }

    @Test
    void cancelledCashOrderIsVoidNotRefunded() {
        Order order = OrderFixtures.aPlacedOrder(Channel.DINE_IN, PaymentMethod.CASH, "9.00");
        order.moveTo(OrderStatus.CANCELLED, null, OrderFixtures.NOON);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOID);
    }

    @Test
    void freeMealIsPaidAtOnceWhateverTheMethod() {
        Order order = OrderFixtures.aPlacedOrder(Channel.DINE_IN, PaymentMethod.CASH, "0.00");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void finalStatusesAllowNoMove(Channel channel) {
        for (OrderStatus status : OrderStatus.values()) {
            if (status.isFinal()) {
                assertThat(status.nextFor(channel))
                        .as(status + " on " + channel)
                        .isEmpty();
            } else {
                assertThat(status.nextFor(channel))
                        .as(status + " on " + channel)
                        .isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void onlyPlacedOrdersCanBeCancelled(Channel channel) {
        Set<OrderStatus> cancellable = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            if (status.canMoveTo(OrderStatus.CANCELLED, channel)) {
                cancellable.add(status);
            }
        }
        assertThat(cancellable).containsExactly(OrderStatus.PLACED);
    }

    @Test
    void versionGrowsWithEveryChange() {
        Order order = OrderFixtures.aPlacedOrder(Channel.DINE_IN, PaymentMethod.CASH, "5.00");
        assertThat(order.toView().version()).isEqualTo(1);
        order.confirmCash(OrderFixtures.NOON);
        order.moveTo(OrderStatus.PREPARING, null, OrderFixtures.NOON);
        assertThat(order.toView().version()).isEqualTo(3);
    }

    @Test
    void readyTappedByMistakeGoesBackToPreparing() {
        Order order = OrderFixtures.aReadyOrder(Channel.DELIVERY);

        OrderChanged recalled = order.recall(WINDOW, OrderFixtures.NOON);

        assertThat(order.status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(recalled.previousStatus()).isEqualTo(OrderStatus.READY);
        assertThat(recalled.version()).isEqualTo(4);
        order.moveTo(OrderStatus.READY, null, OrderFixtures.NOON);
        assertThat(order.status()).isEqualTo(OrderStatus.READY);
    }

    @Test
    void aCounterHandOverIsRecalledToReadyWithinTheWindowOnly() {
        Order served = OrderFixtures.aReadyOrder(Channel.DINE_IN);
        served.moveTo(OrderStatus.SERVED, null, OrderFixtures.NOON);
        served.recall(WINDOW, OrderFixtures.NOON.plus(WINDOW));
        assertThat(served.status()).isEqualTo(OrderStatus.READY);

        Order pickedUp = OrderFixtures.aReadyOrder(Channel.TAKEAWAY);
        pickedUp.moveTo(OrderStatus.PICKED_UP, null, OrderFixtures.NOON);
        assertThatThrownBy(() ->
                        pickedUp.recall(WINDOW, OrderFixtures.NOON.plus(WINDOW).plusSeconds(1)))
                .hasMessageContaining("RECALL_TOO_LATE");
        assertThat(pickedUp.status()).isEqualTo(OrderStatus.PICKED_UP);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PLACED", "PREPARING", "OUT_FOR_DELIVERY", "DELIVERED", "FAILED", "CANCELLED"})
    void nothingElseIsRecalled(OrderStatus status) {
        for (Channel channel : Channel.values()) {
            assertThat(status.recallTo(channel)).as(status + " " + channel).isNull();
        }
    }

    @Test
    void aPlacedOrderOrAMealWithTheVolunteerIsNotRecalled() {
        Order placed = OrderFixtures.aPlacedDineInOrder();
        assertThatThrownBy(() -> placed.recall(WINDOW, OrderFixtures.NOON))
                .hasMessageContaining("ORDER_NOT_RECALLABLE");
        Order out = OrderFixtures.aReadyOrder(Channel.DELIVERY);
        out.moveTo(OrderStatus.OUT_FOR_DELIVERY, null, OrderFixtures.NOON);
        assertThatThrownBy(() -> out.recall(WINDOW, OrderFixtures.NOON)).hasMessageContaining("ORDER_NOT_RECALLABLE");
    }

    @Test
    void aRecallIsOneStepBackOnTheChannelsOwnPath() {
        for (Channel channel : Channel.values()) {
            for (OrderStatus status : OrderStatus.values()) {
                OrderStatus back = status.recallTo(channel);
                if (back != null) {
                    assertThat(back.canMoveTo(status, channel))
                            .as(status + " recalled to " + back + " for " + channel)
                            .isTrue();
                }
            }
        }
        assertThat(OrderStatus.SERVED.recallTo(Channel.TAKEAWAY)).isNull();
        assertThat(OrderStatus.PICKED_UP.recallTo(Channel.DINE_IN)).isNull();
    }

    private static final java.time.Duration WINDOW = OrderProgress.RECALL_WINDOW;
}
