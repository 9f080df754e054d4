package cn.xingfu.canteen.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.BufferingStompDecoder;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompDecoder;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Looks at every frame before Spring's STOMP handler does and turns away what only a broken or hostile client sends:
 * a frame that does not parse (or whose {@code content-length} is no number), one over the size limit, and any SEND (clients never send; {@link StompSecurity}
 * refuses it too, but Spring would then log the refusal as a server error). Such a client gets an ERROR frame naming
 * the refusal and its session is closed; the service logs one warning line, not an exception, because nothing went
 * wrong on the server.
 */
class StompFrameGuard extends WebSocketHandlerDecorator {

    private static final Logger log = LoggerFactory.getLogger(StompFrameGuard.class);

    private final int sizeLimit;
    /** Per session: a frame may arrive in several WebSocket messages, as Spring's own decoder allows. */
    private final Map<String, BufferingStompDecoder> decoders = new ConcurrentHashMap<>();

    private final StompEncoder encoder = new StompEncoder();

    StompFrameGuard(WebSocketHandler delegate, int sizeLimit) {
        super(delegate);
        this.sizeLimit = sizeLimit;
    }

    @Override
    public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
        ByteBuffer bytes;
        if (message instanceof TextMessage text) {
            bytes = ByteBuffer.wrap(text.asBytes());
        } else if (message instanceof BinaryMessage binary) {
            bytes = binary.getPayload().duplicate();
        } else {
            super.handleMessage(session, message);
            return;
        }
        List<Message<byte[]>> frames;
        try {
            frames = decoders.computeIfAbsent(
                            session.getId(), id -> new BufferingStompDecoder(new StompDecoder(), sizeLimit))
                    .decode(bytes);
        } catch (RuntimeException malformed) {
            // StompConversionException for bad syntax or size, IllegalArgumentException for an unknown command
            String why = String.valueOf(malformed.getMessage());
            refuse(
                    session,
                    why.contains("size limit")
                            ? "TOO_BIG: a STOMP frame may have at most " + sizeLimit + " bytes"
                            : "ERROR: malformed or oversized STOMP frame",
                    why);
            return;
        }
        for (Message<byte[]> frame : frames) {
            StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(frame, StompHeaderAccessor.class);
            if (stomp == null) {
                continue;
            }
            if (stomp.getCommand() == StompCommand.SEND) {
                refuse(session, "FORBIDDEN: clients do not send messages; use the REST API", stomp.getDestination());
                return;
            }
            String length = stomp.getFirstNativeHeader(StompHeaderAccessor.STOMP_CONTENT_LENGTH_HEADER);
            if (length != null && !length.matches("\\d{1,9}")) {
                // Spring's decoder reads such a frame up to the NUL as if the header were not there
                refuse(session, "ERROR: malformed or oversized STOMP frame", "content-length:" + length);
                return;
            }
        }
        super.handleMessage(session, message);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
        decoders.remove(session.getId());
        super.afterConnectionClosed(session, closeStatus);
    }

    private void refuse(WebSocketSession session, String reason, Object what) {
        decoders.remove(session.getId());
        log.warn("Refused a STOMP frame in session {} and closed it: {} ({})", session.getId(), reason, clip(what));
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(reason);
        try {
            session.sendMessage(new TextMessage(encoder.encode(error.getMessageHeaders(), new byte[0])));
        } catch (IOException | RuntimeException gone) {
            // the client may already have gone, or the server is writing to it; closing is what matters
        }
        try {
            session.close(CloseStatus.PROTOCOL_ERROR);
        } catch (IOException alreadyClosed) {
            // nothing left to close
        }
    }

    private static String clip(Object what) {
        String text = String.valueOf(what);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
