package id.patuh.identity.internal;

/** A newly created token with its secret, to be shown to its owner exactly once. */
public record IssuedApiToken(ApiToken token, String secret) {
}
