package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.DishAvailabilityChanged;
import cn.xingfu.canteen.shared.Channel;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageDeliveryException;

class PushFailureLogTests {

    private static final MessageDeliveryException BROKER_AWAY =
            new MessageDeliveryException("Message broker not active");

    @Test
    void aPushTheBrokerRefusedIsOneQuietLine() throws Exception {
        Method push = LiveMenuUpdates.class.getDeclaredMethod("on", DishAvailabilityChanged.class);

        assertThat(PushFailureLog.isRefusedPush(BROKER_AWAY, push)).isTrue();
        // a push that failed for another reason keeps Spring's full report
        assertThat(PushFailureLog.isRefusedPush(new IllegalStateException("no such dish"), push))
                .isFalse();
    }

    @Test
    void otherModulesFailuresAreLoggedAsSpringLogsThem() throws Exception {
        Method elsewhere = Channel.class.getMethod("valueOf", String.class);

        assertThat(PushFailureLog.isRefusedPush(BROKER_AWAY, elsewhere)).isFalse();
    }
}
