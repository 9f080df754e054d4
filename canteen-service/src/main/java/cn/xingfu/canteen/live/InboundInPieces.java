package cn.xingfu.canteen.live;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Lets Tomcat hand an inbound WebSocket message to STOMP in pieces the size of the session's small message buffer
 * ({@code xingfu.live.buffers.inbound-message}), and keeps Spring's STOMP handler from raising that buffer to 16 K
 * on every session (it does so because, without pieces, a whole message must fit). STOMP's decoder already joins
 * pieces into frames and refuses a frame over {@code max-inbound-frame}, so the buffer costs a kilobyte a
 * connection instead of 40 and the frame limit stays where it was set.
 */
class InboundInPieces extends WebSocketHandlerDecorator {

    InboundInPieces(WebSocketHandler delegate) {
        super(delegate);
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        super.afterConnectionEstablished(new FixedMessageBuffers(session));
    }

    /** The session as the STOMP handler keeps it: asking for larger message buffers changes nothing. */
    private static final class FixedMessageBuffers extends WebSocketSessionDecorator {

        FixedMessageBuffers(WebSocketSession session) {
            super(session);
        }

        @Override
        public void setTextMessageSizeLimit(int messageSizeLimit) {
            // the container's size stays: messages arrive in pieces
        }

        @Override
        public void setBinaryMessageSizeLimit(int messageSizeLimit) {
            // the container's size stays: messages arrive in pieces
        }
    }
}
