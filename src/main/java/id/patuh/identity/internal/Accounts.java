package id.patuh.identity.internal;

import id.patuh.DomainException;
import id.patuh.identity.DemoAccountsPresent;
import id.patuh.identity.Jurisdictions;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.identity.StaffDirectory;
import id.patuh.identity.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Opening and listing accounts, with who may manage whom: HQ everyone, an office head their own assessors. */
@Service
public class Accounts implements DemoAccountsPresent, StaffDirectory {

    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Jurisdictions jurisdictions;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public boolean demoAccountsExist() {
        return jdbc.sql("select exists (select 1 from users where demo and enabled)").query(Boolean.class).single();
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql(SELECT + " where lower(username) = ?")
                .param(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .query(Accounts::account).optional().map(Accounts::member);
    }

    @Override
    public Map<Long, StaffMember> byIds(Collection<Long> ids) {
        Map<Long, StaffMember> members = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + " where id in (:ids)").param("ids", List.copyOf(ids)).query(Accounts::account).list()
                    .forEach(account -> members.put(account.id(), member(account)));
        }
        return members;
    }

    @Override
    public List<StaffMember> assessors(String officeCode) {
        return jdbc.sql(SELECT + " where role = 'ASSESSOR' and enabled and (cast(:office as text) is null or office_code = :office) "
                        + "order by display_name, username")
                .param("office", officeCode).query(Accounts::account).list().stream().map(Accounts::member).toList();
    }

    private static StaffMember member(Account account) {
        return new StaffMember(account.id(), account.username(), account.displayName(), account.role(),
                account.officeCode(), account.enabled());
    }

    public boolean anyAccountExists() {
        return jdbc.sql("select exists (select 1 from users)").query(Boolean.class).single();
    }

    /** The accounts a manager may see: all for HQ, their office's for an office head, none for anyone else. */
    public List<Account> visibleTo(PatuhUser manager) {
        return switch (manager.role()) {
            case ADMIN -> jdbc.sql(SELECT + " order by role, username").query(Accounts::account).list();
            case OFFICE_HEAD -> jdbc.sql(SELECT + " where office_code = ? order by role, username")
                    .param(manager.officeCode()).query(Accounts::account).list();
            default -> throw DomainException.forbidden("identity.forbidden");
        };
    }

    /** Opens an account on behalf of {@code manager}, checking their right to grant that role and scope. */
    @Transactional
    public Account open(PatuhUser manager, NewAccount request) {
        if (manager.role() == Role.OFFICE_HEAD) {
            if (request.role() != Role.ASSESSOR || !manager.officeCode().equals(request.officeCode())) {
                throw DomainException.forbidden("identity.account.officeHeadOnlyAssessors");
            }
        } else if (!manager.isAdmin()) {
            throw DomainException.forbidden("identity.forbidden");
        }
        return openUnchecked(request, false);
    }

    /** Opens an account at bootstrap (first admin, demo accounts), where there is no manager yet. */
    @Transactional
    public Account openUnchecked(NewAccount request, boolean demo) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalidField("username", "identity.account.usernameFormat");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw DomainException.invalidField("displayName", "identity.account.displayNameRequired");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD) {
            throw DomainException.invalidField("password", "identity.account.passwordTooShort", MIN_PASSWORD);
        }
        if (request.role() == null) {
            throw DomainException.invalidField("role", "identity.account.roleRequired");
        }
        String office = blankToNull(request.officeCode());
        String entity = blankToNull(request.entityCode());
        String unit = blankToNull(request.unitCode());
        switch (request.role()) {
            case ADMIN -> {
                office = null;
                entity = null;
                unit = null;
            }
            case OFFICE_HEAD, ASSESSOR -> {
                if (office == null || !jurisdictions.officeExists(office)) {
                    throw DomainException.invalidField("officeCode", "identity.account.officeRequired");
                }
                entity = null;
                unit = null;
            }
            case ENTITY_COORDINATOR -> {
                if (entity == null || !jurisdictions.entityExists(entity)) {
                    throw DomainException.invalidField("entityCode", "identity.account.entityRequired");
                }
                office = null;
                unit = null;
            }
            case UNIT_OPERATOR -> {
                if (entity == null || !jurisdictions.entityExists(entity)) {
                    throw DomainException.invalidField("entityCode", "identity.account.entityRequired");
                }
                if (unit == null || !jurisdictions.unitExists(entity, unit)) {
                    throw DomainException.invalidField("unitCode", "identity.account.unitRequired");
                }
                office = null;
            }
        }
        boolean taken = jdbc.sql("select exists (select 1 from users where lower(username) = ?)").param(username)
                .query(Boolean.class).single();
        if (taken) {
            throw DomainException.invalidField("username", "identity.account.usernameTaken", username);
        }
        long id = jdbc.sql("""
                        insert into users (username, password_hash, display_name, role, office_code, entity_code, unit_code, demo)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, passwords.encode(request.password()), displayName, request.role().name(),
                        office, entity, unit, demo)
                .query(Long.class).single();
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Accounts::account).single();
    }

    /**
     * Disables an account so it can no longer sign in or use its tokens; history keeps the account. HQ may disable
     * anyone but themselves, an office head only their own office's assessors.
     */
    @Transactional
    public void disable(PatuhUser manager, long accountId) {
        Account account = jdbc.sql(SELECT + " where id = ?").param(accountId).query(Accounts::account).optional()
                .orElseThrow(() -> DomainException.notFound("identity.account.notFound", accountId));
        boolean allowed = manager.isAdmin()
                || (manager.role() == Role.OFFICE_HEAD && account.role() == Role.ASSESSOR
                && manager.officeCode().equals(account.officeCode()));
        if (!allowed) {
            throw DomainException.notFound("identity.account.notFound", accountId);
        }
        if (account.id() == manager.id()) {
            throw DomainException.invalid("identity.account.cannotDisableSelf");
        }
        jdbc.sql("update users set enabled = false where id = ?").param(accountId).update();
        // A signed-in browser keeps its session: end it, so the account is out at once, not at the session's expiry.
        jdbc.sql("delete from spring_session where principal_name = ?").param(account.username()).update();
    }

    /** Loads the user for authentication with their resolved scope; empty for unknown or disabled accounts. */
    Optional<StoredUser> findForLogin(String username) {
        return jdbc.sql("select id, password_hash from users where lower(username) = ? and enabled")
                .param(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new StoredUser(rs.getLong("id"), rs.getString("password_hash")))
                .optional()
                .flatMap(stored -> user(stored.id()).map(u -> stored.with(u)));
    }

    Optional<PatuhUser> user(long id) {
        return jdbc.sql(SELECT + " where id = ? and enabled").param(id).query(Accounts::account).optional()
                .map(this::withScope);
    }

    private PatuhUser withScope(Account account) {
        Set<String> provinces = account.role().office() ? jurisdictions.provincesOfOffice(account.officeCode()) : Set.of();
        return new PatuhUser(account.id(), account.username(), account.displayName(), account.role(),
                account.officeCode(), account.entityCode(), account.unitCode(), provinces, account.demo());
    }

    /** A user row with its password hash, only ever inside the authentication path. */
    record StoredUser(long id, String passwordHash, PatuhUser user) {
        StoredUser(long id, String passwordHash) {
            this(id, passwordHash, null);
        }

        StoredUser with(PatuhUser resolved) {
            return new StoredUser(id, passwordHash, resolved);
        }
    }

    private static final String SELECT = """
            select id, username, display_name, role, office_code, entity_code, unit_code, enabled, demo, created_at
            from users""";

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("office_code"), rs.getString("entity_code"),
                rs.getString("unit_code"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
