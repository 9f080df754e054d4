package cn.xingfu.canteen.live;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * ERROR frames name the refusal ("FORBIDDEN: ...", "UNAUTHORIZED: ...") instead of the channel's wrapper
 * message, so a kiosk can tell a wrong password from a wrong destination. Nothing else is revealed.
 */
class StompErrors extends StompSubProtocolErrorHandler {

    @Override
    public @Nullable Message<byte[]> handleClientMessageProcessingError(
            @Nullable Message<byte[]> clientMessage, Throwable ex) {
        return super.handleClientMessageProcessingError(clientMessage, refusal(ex));
    }

    private static Throwable refusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return t;
            }
            if (t instanceof AuthenticationException) {
                return new AccessDeniedException("UNAUTHORIZED: wrong login or passcode");
            }
        }
        return new IllegalStateException("ERROR: the message could not be processed");
    }
}
