package id.patuh.cycle;

import java.time.LocalDate;

/** The dates a phase runs, both inclusive; no end means it runs on. */
public record PhaseWindow(Phase phase, LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public boolean openEnded() {
        return endsOn == null;
    }
}
