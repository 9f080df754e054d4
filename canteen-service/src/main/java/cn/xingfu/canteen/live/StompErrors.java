package cn.xingfu.canteen.live;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * ERROR frames name the refusal ("FORBIDDEN: ...", "UNAUTHORIZED: ...") instead of the channel's wrapper
 * message, so a kiosk can tell a wrong password from a wrong destination, and a frame over the size limit from
 * one that could not be processed ("TOO_BIG: ..."). Nothing else is revealed.
 */
class StompErrors extends StompSubProtocolErrorHandler {

    private final int maxFrameBytes;

    StompErrors(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public @Nullable Message<byte[]> handleClientMessageProcessingError(
            @Nullable Message<byte[]> clientMessage, Throwable ex) {
        return super.handleClientMessageProcessingError(clientMessage, refusal(ex));
    }

    private Throwable refusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return t;
            }
            if (t instanceof AuthenticationException) {
                return new AccessDeniedException("UNAUTHORIZED: wrong login or passcode");
            }
            // Spring's decoder says "... limit ..." both for a frame that grew past it and a content-length over it
            if (t instanceof StompConversionException
                    && String.valueOf(t.getMessage()).contains("limit")) {
                return new IllegalStateException("TOO_BIG: a STOMP frame may have at most " + maxFrameBytes + " bytes");
            }
        }
        return new IllegalStateException("ERROR: the message could not be processed");
    }
}
