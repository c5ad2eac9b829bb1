package id.patuh.identity.internal;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** Spring Security's view of a Patuh user: authorities are {@code ROLE_<role>}, the scope rides along in the user. */
final class PatuhPrincipal implements UserDetails, CredentialsContainer, CurrentUser.PatuhUserHolder {

    private final PatuhUser user;
    private String passwordHash;

    PatuhPrincipal(PatuhUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    @Override
    public PatuhUser user() {
        return user;
    }

    static List<GrantedAuthority> authorities(PatuhUser user) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
