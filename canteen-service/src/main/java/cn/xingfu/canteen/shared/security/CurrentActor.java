package cn.xingfu.canteen.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request or STOMP session. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    public static Optional<Actor> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
