package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

class RelayDestinationsTests {

    private final RelayDestinations relay = new RelayDestinations();

    @Test
    void writesPathsWithDotsForRabbitMq() {
        assertThat(RelayDestinations.toRelay("/topic/canteens/7/orders")).isEqualTo("/topic/canteens.7.orders");
        assertThat(RelayDestinations.toRelay("/topic/orders/9")).isEqualTo("/topic/orders.9");
        assertThat(RelayDestinations.toRelay("/topic/canteens/7/alerts")).isEqualTo("/topic/canteens.7.alerts");
        assertThat(RelayDestinations.toRelay("/queue/a/b")).isEqualTo("/queue/a.b");
        assertThat(RelayDestinations.toRelay("/app/x/y")).isEqualTo("/app/x/y");
    }

    @Test
    void rewritesAClientSubscription() {
        StompHeaderAccessor subscribe = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
        subscribe.setDestination("/topic/kiosks/8/orders");
        subscribe.setSubscriptionId("sub-0");
        subscribe.setLeaveMutable(true);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], subscribe.getMessageHeaders());

        Message<?> relayed = relay.preSend(message, null);

        StompHeaderAccessor sent = StompHeaderAccessor.wrap(relayed);
        assertThat(sent.getDestination()).isEqualTo("/topic/kiosks.8.orders");
        assertThat(sent.getFirstNativeHeader("destination")).isEqualTo("/topic/kiosks.8.orders");
        assertThat(sent.getSubscriptionId()).isEqualTo("sub-0");
    }

    @Test
    void rewritesAMessageTheServiceSends() {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setDestination("/topic/canteens/7/menu");
        Message<String> message = MessageBuilder.createMessage("{}", headers.getMessageHeaders());

        Message<?> relayed = relay.preSend(message, null);

        assertThat(SimpMessageHeaderAccessor.getDestination(relayed.getHeaders()))
                .isEqualTo("/topic/canteens.7.menu");
        assertThat(relayed.getPayload()).isEqualTo("{}");
        // no STOMP accessor: the relay builds its own (mutable) frame headers from these
        assertThat(MessageHeaderAccessor.getAccessor(relayed, StompHeaderAccessor.class))
                .isNull();
    }
}
