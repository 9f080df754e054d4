package cn.xingfu.canteen.live;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Answers a SUBSCRIBE that asks for a {@code receipt} once the in-memory broker has registered it (the
 * simple broker does not do this itself; RabbitMQ does). A client that waits for the receipt before its
 * REST catch-up cannot miss a change that happens in between.
 */
class SubscribeReceipts implements ExecutorChannelInterceptor {

    private final Supplier<MessageChannel> clientOutbound;

    SubscribeReceipts(Supplier<MessageChannel> clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void afterMessageHandled(
            Message<?> message, MessageChannel channel, MessageHandler handler, @Nullable Exception ex) {
        if (ex != null || !(handler instanceof SimpleBrokerMessageHandler)) {
            return;
        }
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() != StompCommand.SUBSCRIBE || stomp.getReceipt() == null) {
            return;
        }
        StompHeaderAccessor receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
        receipt.setReceiptId(stomp.getReceipt());
        receipt.setSessionId(stomp.getSessionId());
        clientOutbound.get().send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
    }
}
