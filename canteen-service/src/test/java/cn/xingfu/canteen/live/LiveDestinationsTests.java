package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.live.LiveDestinations.Kind;
import cn.xingfu.canteen.live.LiveDestinations.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiveDestinationsTests {

    @Test
    void parsesEveryDestinationItBuilds() {
        assertThat(LiveDestinations.parse(LiveDestinations.canteenOrders(7)))
                .contains(new Target(Kind.CANTEEN_ORDERS, 7));
        assertThat(LiveDestinations.parse(LiveDestinations.canteenBoard(7)))
                .contains(new Target(Kind.CANTEEN_BOARD, 7));
        assertThat(LiveDestinations.parse(LiveDestinations.canteenMenu(7))).contains(new Target(Kind.CANTEEN_MENU, 7));
        assertThat(LiveDestinations.parse(LiveDestinations.canteenAlerts(7)))
                .contains(new Target(Kind.CANTEEN_ALERTS, 7));
        assertThat(LiveDestinations.canteenAlerts(7)).isEqualTo("/topic/canteens/7/alerts");
        assertThat(LiveDestinations.parse(LiveDestinations.kioskOrders(8))).contains(new Target(Kind.KIOSK_ORDERS, 8));
        assertThat(LiveDestinations.parse(LiveDestinations.order(9))).contains(new Target(Kind.ORDER, 9));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/topic/canteens/7",
                "/topic/canteens/*/orders",
                "/topic/canteens/7/orders/extra",
                "/topic/canteens/7/secrets",
                "/topic/kiosks/8",
                "/topic/kiosks/8/alerts",
                "/topic/orders/9/alerts",
                "/topic/canteens/7/alerts/9",
                "/topic/orders/9/orders",
                "/topic/orders",
                "/topic/**",
                "/queue/anything",
                "/user/queue/errors",
                "/topic/canteens/99999999999999999999/orders",
                "/topic/canteens/-1/orders",
                "/topic/canteens/7/orders?x=1"
            })
    void refusesAnythingElse(String destination) {
        assertThat(LiveDestinations.parse(destination)).isEmpty();
    }
}
