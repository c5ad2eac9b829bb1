package id.patuh.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up for form login and HTTP Basic, with their scope resolved at sign-in. */
@Component
class PatuhUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    PatuhUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForLogin(username)
                .map(stored -> new PatuhPrincipal(stored.user(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No enabled account " + username));
    }
}
