package id.patuh.identity.internal;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: 256 random bits, shown once, stored as SHA-256 so a database leak does not leak access.
 * A fast hash is enough here (unlike passwords) because the secret is high-entropy.
 */
@Service
public class ApiTokens {

    static final String SECRET_PREFIX = "patuh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;

    ApiTokens(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional
    public IssuedApiToken issue(PatuhUser owner, String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            throw DomainException.invalidField("name", "identity.token.nameRequired");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 12);
        long id = jdbc.sql("insert into api_tokens (user_id, name, token_hash, token_prefix) values (?, ?, ?, ?) returning id")
                .params(owner.id(), cleanName, sha256(secret), prefix).query(Long.class).single();
        return new IssuedApiToken(find(owner, id).orElseThrow(), secret);
    }

    public List<ApiToken> of(PatuhUser owner) {
        return jdbc.sql(SELECT + " where user_id = ? order by created_at desc, id desc").param(owner.id())
                .query(ApiTokens::token).list();
    }

    /** Revokes one of the owner's tokens; another user's token is reported as not found, never as forbidden. */
    @Transactional
    public void revoke(PatuhUser owner, long tokenId) {
        int changed = jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = ? and user_id = ?")
                .params(tokenId, owner.id()).update();
        if (changed == 0) {
            throw DomainException.notFound("identity.token.notFound", tokenId);
        }
    }

    /** The user a presented secret belongs to, if the token is known, active and its owner enabled. */
    Optional<PatuhUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update api_tokens set last_used_at = now()
                        where token_hash = ? and revoked_at is null returning user_id""")
                .param(sha256(secret)).query(Long.class).optional()
                .flatMap(accounts::user);
    }

    private Optional<ApiToken> find(PatuhUser owner, long id) {
        return jdbc.sql(SELECT + " where user_id = ? and id = ?").params(owner.id(), id).query(ApiTokens::token).optional();
    }

    private static final String SELECT = "select id, name, token_prefix, created_at, last_used_at, revoked_at from api_tokens";

    private static ApiToken token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
