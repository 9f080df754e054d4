package cn.xingfu.canteen.live;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.CurrentActor;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Guards the STOMP session. CONNECT needs an account: the one that opened the WebSocket (HTTP Basic or a
 * staff session cookie), otherwise the {@code login}/{@code passcode} headers. SUBSCRIBE is checked
 * against {@link SubscriptionPolicy}. Clients never SEND: commands go over REST, and a SEND to a topic
 * would let one client speak to another's subscribers.
 */
class StompSecurity implements ChannelInterceptor {

    private final Supplier<AuthenticationManager> authentication;
    private final Supplier<SubscriptionPolicy> policy;

    StompSecurity(Supplier<AuthenticationManager> authentication, Supplier<SubscriptionPolicy> policy) {
        this.authentication = authentication;
        this.policy = policy;
    }

    @Override
    public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        switch (command) {
            case CONNECT, STOMP -> connect(stomp);
            case SUBSCRIBE -> subscribe(stomp);
            case SEND -> throw new AccessDeniedException("FORBIDDEN: clients do not send messages; use the REST API");
            default -> {}
        }
        return message;
    }

    private void connect(StompHeaderAccessor stomp) {
        if (actorOf(stomp.getUser()).isPresent()) {
            return;
        }
        String login = stomp.getLogin();
        String passcode = stomp.getPasscode();
        if (login == null || login.isBlank() || passcode == null) {
            throw new BadCredentialsException("UNAUTHORIZED: sign in, or send login and passcode in CONNECT");
        }
        Authentication signedIn =
                authentication.get().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, passcode));
        if (CurrentActor.of(signedIn).isEmpty()) {
            throw new BadCredentialsException("UNAUTHORIZED: unknown account");
        }
        stomp.setUser(signedIn);
    }

    private void subscribe(StompHeaderAccessor stomp) {
        Actor actor =
                actorOf(stomp.getUser()).orElseThrow(() -> new AccessDeniedException("UNAUTHORIZED: not signed in"));
        String destination = stomp.getDestination();
        if (destination == null || !policy.get().maySubscribe(actor, destination)) {
            throw new AccessDeniedException("FORBIDDEN: " + actor.username() + " may not subscribe to " + destination);
        }
    }

    private static Optional<Actor> actorOf(@Nullable Principal user) {
        return user instanceof Authentication auth ? CurrentActor.of(auth) : Optional.empty();
    }
}
