package id.patuh.fieldwork;

import id.patuh.DomainException;

/** Someone else saved this answer since the form loaded it; carries what is stored now, so neither edit is lost. */
public class StaleAnswerException extends DomainException {

    private final transient SavedAnswer current;

    public StaleAnswerException(SavedAnswer current) {
        super(Kind.CONFLICT, "fieldwork.answer.stale", current == null ? "—" : current.savedBy());
        this.current = current;
    }

    /** The answer as stored now, or null when it was cleared meanwhile. */
    public SavedAnswer current() {
        return current;
    }
}
