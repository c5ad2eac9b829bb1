package id.patuh;

import java.util.List;

/**
 * An error a user can cause, told in their language: the message key resolves in messages_*.properties.
 * The web layer maps the kind to an HTTP status and a page or a problem detail; nothing is changed when one is thrown.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, in the terms an HTTP client or page needs. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN }

    private final Kind kind;
    private final String messageKey;
    // Kept serializable: a problem may travel in a flash attribute through the database-backed session.
    private final List<Object> arguments;
    private final String field;
    // Extra problem-detail members (the list of what blocks a determination, say); API only, never kept in a session.
    private final transient java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public DomainException(Kind kind, String messageKey, Object... arguments) {
        this(kind, null, messageKey, arguments);
    }

    private DomainException(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.asList(arguments));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(DomainException::plain).toList();
    }

    /** Whole numbers are codes and years here (2024, not "2.024"), so they are shown without digit grouping. */
    private static Object plain(Object argument) {
        return argument instanceof Integer || argument instanceof Long ? argument.toString()
                : argument == null ? "" : argument;
    }

    /** Invalid input attributable to one form field or request property, so forms can show it beside that field. */
    public static DomainException invalidField(String field, String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, field, messageKey, arguments);
    }

    /** Adds a member to the problem detail an API caller receives, such as the list of what is still missing. */
    public DomainException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public java.util.Map<String, Object> properties() {
        return properties == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(properties);
    }

    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static DomainException invalid(String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, arguments);
    }

    public static DomainException forbidden(String messageKey, Object... arguments) {
        return new DomainException(Kind.FORBIDDEN, messageKey, arguments);
    }

    /**
     * The user error PostgreSQL detected, if {@code failure} is one: text it cannot store (a NUL character, a wrong
     * encoding), or a row still referred to or already existing. Anything else is ours and stays an error.
     */
    public static java.util.Optional<DomainException> fromDatabase(org.springframework.dao.DataAccessException failure) {
        Throwable cause = failure.getMostSpecificCause();
        String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        if (state == null) {
            return java.util.Optional.empty();
        }
        return switch (state) {
            case "22021", "22P05" -> java.util.Optional.of(invalid("web.error.invalidCharacters"));
            case "23503" -> java.util.Optional.of(conflict("web.error.stillReferenced"));
            case "23505" -> java.util.Optional.of(conflict("web.error.alreadyExists"));
            default -> java.util.Optional.empty();
        };
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field or request property at fault, or null when the error concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
