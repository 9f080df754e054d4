package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.kernel.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random sequences of requested moves: the order only ever follows the channel's graph. */
class OrderLifecyclePropertyTests {

    private static final OrderStatus[] STATUSES = OrderStatus.values();

    @Test
    void anySequenceOfRequestedMovesStaysOnTheChannelsPath() {
        qt().withExamples(500)
                .forAll(
                        integers().between(0, Channel.values().length - 1),
                        lists().of(integers().between(0, STATUSES.length - 1)).ofSizeBetween(1, 12))
                .checkAssert((channelIndex, moves) -> walk(Channel.values()[channelIndex], moves));
    }

    private static void walk(Channel channel, List<Integer> moves) {
        Order order = OrderFixtures.aPlacedOrder(channel, PaymentMethod.WALLET, "4.00");
        long expectedVersion = 1;
        for (int move : moves) {
            OrderStatus before = order.status();
            OrderStatus target = STATUSES[move];
            boolean allowed = before.canMoveTo(target, channel);
            try {
                order.moveTo(target, null, OrderFixtures.NOON);
                assertThat(allowed)
                        .as(before + " -> " + target + " on " + channel)
                        .isTrue();
                expectedVersion++;
            } catch (DomainException refused) {
                assertThat(allowed).isFalse();
                assertThat(order.status()).isEqualTo(before);
            }
            assertThat(order.toView().version()).isEqualTo(expectedVersion);
        }
        if (order.status() == OrderStatus.SERVED) {
            assertThat(channel).isEqualTo(Channel.DINE_IN);
        }
        if (order.status() == OrderStatus.PICKED_UP) {
            assertThat(channel).isEqualTo(Channel.TAKEAWAY);
        }
        if (order.status() == OrderStatus.DELIVERED || order.status() == OrderStatus.FAILED) {
            assertThat(channel).isEqualTo(Channel.DELIVERY);
        }
    }
}
