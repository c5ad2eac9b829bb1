package id.patuh.improvement;

/** Where an improvement action stands; DONE needs evidence of completion (a note or a file). */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE }
