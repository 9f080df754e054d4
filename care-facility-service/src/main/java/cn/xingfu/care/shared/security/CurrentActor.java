package cn.xingfu.care.shared.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request, if someone is signed in. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
