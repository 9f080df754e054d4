package cn.xingfu.canteen.live;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * RabbitMQ's STOMP plugin takes {@code /topic/<routing key>} and refuses slashes inside the key, while our
 * clients use {@code /topic/canteens/7/orders}. On the way to the relay the path is written with dots
 * ({@code /topic/canteens.7.orders}); clients never notice, because STOMP delivers by subscription id.
 */
class RelayDestinations implements ChannelInterceptor {

    static String toRelay(String destination) {
        for (String prefix : new String[] {"/topic/", "/queue/"}) {
            if (destination.startsWith(prefix)) {
                return prefix + destination.substring(prefix.length()).replace('/', '.');
            }
        }
        return destination;
    }

    @Override
    public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (destination == null) {
            return message;
        }
        String relayed = toRelay(destination);
        if (relayed.equals(destination)) {
            return message;
        }
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp != null && stomp.isMutable()) {
            // a client frame on its way in: still open for changes until the channel seals it
            stomp.setDestination(relayed);
            return message;
        }
        // a message the service sends: plain simp headers, from which the relay builds its own STOMP frame
        SimpMessageHeaderAccessor copy = SimpMessageHeaderAccessor.wrap(message);
        copy.setDestination(relayed);
        copy.removeNativeHeader(StompHeaderAccessor.STOMP_DESTINATION_HEADER);
        return MessageBuilder.createMessage(message.getPayload(), copy.getMessageHeaders());
    }
}
