package id.patuh.cycle;

import id.patuh.DomainException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cycle's phases with their date windows, and what those windows allow on a given day. Windows follow the phase
 * order without overlapping; a phase may have none. With no window at all the cycle is collecting data: cycles opened
 * before timelines existed (and any cycle HQ has not scheduled yet) keep capturing answers as they always did.
 */
public record Timeline(int year, List<PhaseWindow> windows) {

    public Timeline {
        windows = windows.stream().sorted(Comparator.comparing(PhaseWindow::phase)).toList();
    }

    /** No window set: the default, collecting data. */
    public static Timeline unscheduled(int year) {
        return new Timeline(year, List.of());
    }

    /**
     * Windows as HQ sets them, checked whole: each phase at most once, with a start, ending on or after it; each
     * starting after the previous phase (in phase order) ends; only the latest may run on without an end. Errors
     * name the request's {@code phases[i]}.
     */
    public static Timeline scheduled(int year, List<PhaseWindow> requested) {
        Map<Phase, Integer> positions = new EnumMap<>(Phase.class);
        for (int i = 0; i < requested.size(); i++) {
            PhaseWindow window = requested.get(i);
            String field = "phases[" + i + "]";
            if (window == null || window.phase() == null) {
                throw DomainException.invalidField(field + ".phase", "cycle.phase.required");
            }
            if (positions.put(window.phase(), i) != null) {
                throw DomainException.invalidField(field + ".phase", "cycle.phase.duplicate", name(window.phase()));
            }
            if (window.startsOn() == null) {
                throw DomainException.invalidField(field + ".startsOn", "cycle.phase.startRequired", name(window.phase()));
            }
            if (window.endsOn() != null && window.endsOn().isBefore(window.startsOn())) {
                throw DomainException.invalidField(field + ".endsOn", "cycle.phase.endBeforeStart",
                        name(window.phase()), window.endsOn().toString(), window.startsOn().toString());
            }
        }
        Timeline timeline = new Timeline(year, requested);
        PhaseWindow previous = null;
        for (PhaseWindow window : timeline.windows()) {
            String field = "phases[" + positions.get(window.phase()) + "]";
            if (previous != null && previous.openEnded()) {
                throw DomainException.invalidField("phases[" + positions.get(previous.phase()) + "].endsOn",
                        "cycle.phase.openEndNotLast", name(previous.phase()), name(window.phase()));
            }
            if (previous != null && !window.startsOn().isAfter(previous.endsOn())) {
                throw DomainException.invalidField(field + ".startsOn", "cycle.phase.overlap", name(window.phase()),
                        name(previous.phase()), previous.endsOn().toString());
            }
            previous = window;
        }
        return timeline;
    }

    public boolean isScheduled() {
        return !windows.isEmpty();
    }

    public Optional<PhaseWindow> window(Phase phase) {
        return windows.stream().filter(w -> w.phase() == phase).findFirst();
    }

    /**
     * The phase under way on a day: the one whose window contains it, or DATA_COLLECTION while no window is set.
     * Empty before the first window, between two windows and after the last has ended: nothing is under way then.
     */
    public Optional<Phase> phaseOn(LocalDate day) {
        if (!isScheduled()) {
            return Optional.of(Phase.DATA_COLLECTION);
        }
        return windows.stream().filter(w -> w.contains(day)).map(PhaseWindow::phase).findFirst();
    }

    /** The latest phase from determination on that has begun by {@code day}, if any. */
    public Optional<PhaseWindow> fixingPhaseBegun(LocalDate day) {
        return windows.stream().filter(w -> w.phase().fixesResults() && !day.isBefore(w.startsOn()))
                .reduce((earlier, later) -> later);
    }

    /** Why answers may not be saved one by one on {@code day}, or empty when they may. */
    public Optional<DomainException> captureRefusal(LocalDate day, boolean headquarters) {
        Optional<Phase> current = phaseOn(day);
        if (current.isPresent() && current.get().capturesAnswers(headquarters)) {
            return Optional.empty();
        }
        Object phase = current.<Object>map(Timeline::name).orElse(message("cycle.phase.none"));
        Object window = current.<Object>map(p -> windowText(p)).orElse(message("cycle.phase.today", day.toString()));
        if (headquarters) {
            return Optional.of(DomainException.conflict("cycle.phase.captureClosed.headquarters", year, phase, window,
                    windowText(Phase.DATA_COLLECTION), windowText(Phase.VERIFICATION)));
        }
        return Optional.of(DomainException.conflict("cycle.phase.captureClosed.assessor", year, phase, window,
                windowText(Phase.DATA_COLLECTION)));
    }

    /** Refuses, naming the phase and its window, when answers may not be saved one by one on {@code day}. */
    public void requireCaptureOpen(LocalDate day, boolean headquarters) {
        Optional<DomainException> refusal = captureRefusal(day, headquarters);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** Refuses, naming the phase and its window, once determination has begun: scores are being fixed. */
    public void requireResultsOpen(LocalDate day) {
        Optional<PhaseWindow> fixing = fixingPhaseBegun(day);
        if (fixing.isPresent()) {
            throw DomainException.conflict("cycle.phase.resultsFixed", year, name(fixing.get().phase()),
                    windowText(fixing.get().phase()));
        }
    }

    /** Every phase in order with its window (null when unscheduled), for forms and the API. */
    public List<PhaseWindow> allPhases() {
        List<PhaseWindow> all = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            all.add(window(phase).orElse(new PhaseWindow(phase, null, null)));
        }
        return all;
    }

    /** A phase's window as words in the reader's language ("2030-05-01 s.d. 2030-11-30", "belum dijadwalkan"). */
    public MessageSourceResolvable windowText(Phase phase) {
        return window(phase)
                .map(w -> w.openEnded() ? message("cycle.phase.windowOpenEnded", w.startsOn().toString())
                        : message("cycle.phase.window", w.startsOn().toString(), w.endsOn().toString()))
                .orElseGet(() -> message(isScheduled() ? "cycle.phase.unscheduled" : "cycle.phase.noTimeline"));
    }

    /** A phase's name in the reader's language, as a message argument. */
    public static MessageSourceResolvable name(Phase phase) {
        return message("cycle.phase." + phase.name());
    }

    private static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[]{key}, arguments, key);
    }
}
