package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;

/** The refusals that need no account; signing in and subscribing are covered by {@code LiveStompIT}. */
class StompSecurityTests {

    private final AuthenticationManager authentication = mock(AuthenticationManager.class);
    private final SubscriptionPolicy policy = mock(SubscriptionPolicy.class);
    private final StompSecurity security = new StompSecurity(() -> authentication, () -> policy);

    @Test
    void refusesAConnectWithoutAnyCredentials() {
        assertThatThrownBy(() -> security.preSend(frame(StompCommand.CONNECT, null), null))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageStartingWith("UNAUTHORIZED");
        verifyNoInteractions(authentication);
    }

    @Test
    void refusesASubscriptionBeforeSigningIn() {
        assertThatThrownBy(() -> security.preSend(frame(StompCommand.SUBSCRIBE, "/topic/canteens/1/orders"), null))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(policy);
    }

    @Test
    void refusesEverySendSoNoClientCanSpeakOnATopic() {
        assertThatThrownBy(() -> security.preSend(frame(StompCommand.SEND, "/topic/canteens/1/orders"), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("FORBIDDEN");
    }

    private static Message<byte[]> frame(StompCommand command, String destination) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(command);
        if (destination != null) {
            headers.setDestination(destination);
        }
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
