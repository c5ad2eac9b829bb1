package id.patuh.identity;

import id.patuh.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The user of the current request, for modules that check scope on the server. */
@Component
public class CurrentUser {

    public Optional<PatuhUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PatuhUserHolder holder) {
            return Optional.of(holder.user());
        }
        return Optional.empty();
    }

    /** The user, or a FORBIDDEN error: callers sit behind authenticated routes, so absence is a configuration slip. */
    public PatuhUser require() {
        return get().orElseThrow(() -> DomainException.forbidden("identity.forbidden"));
    }

    /** Implemented by the principal so that this module's internals stay private. */
    public interface PatuhUserHolder {
        PatuhUser user();
    }
}
