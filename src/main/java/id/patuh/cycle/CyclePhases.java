package id.patuh.cycle;

import id.patuh.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The timeline of each cycle and the rules it imposes today (server clock): answers are saved one by one only while
 * collecting data (HQ also while verifying); nothing that moves a score changes once determination has begun.
 */
@Service
public class CyclePhases {

    private final JdbcClient jdbc;
    private final Clock clock;

    CyclePhases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today as the product sees it, in the zone of the server clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Timeline timeline(int year) {
        requireCycle(year);
        return new Timeline(year, jdbc.sql("select phase, starts_on, ends_on from cycle_phases where year = ?")
                .param(year)
                .query((rs, n) -> new PhaseWindow(Phase.valueOf(rs.getString("phase")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list());
    }

    /** Replaces a cycle's windows as a whole (an empty list removes the timeline: the cycle collects data again). */
    @Transactional
    public Timeline schedule(int year, List<PhaseWindow> windows) {
        requireCycle(year);
        Timeline timeline = windows.isEmpty() ? Timeline.unscheduled(year) : Timeline.scheduled(year, windows);
        jdbc.sql("delete from cycle_phases where year = ?").param(year).update();
        for (PhaseWindow window : timeline.windows()) {
            jdbc.sql("insert into cycle_phases (year, phase, starts_on, ends_on) values (?, ?, ?, ?)")
                    .params(year, window.phase().name(), window.startsOn(), window.endsOn()).update();
        }
        return timeline;
    }

    /** The phase under way today; empty between windows (see {@link Timeline#phaseOn}). */
    public Optional<Phase> current(int year) {
        return timeline(year).phaseOn(today());
    }

    /** Refuses, naming today's phase and the windows that allow it, unless answers may be saved one by one. */
    public void requireCaptureOpen(int year, boolean headquarters) {
        if (headquarters && reopenedForCorrection(year)) {
            return;
        }
        timeline(year).requireCaptureOpen(today(), headquarters);
    }

    /**
     * Refuses once determination has begun: locus, assignments, direct scores and corrections are fixed then — except
     * in a determined cycle HQ reopened for an erratum, whose whole point is correcting after the phases ran out.
     */
    public void requireResultsOpen(int year) {
        requireUndetermined(year);
        if (reopenedForCorrection(year)) {
            return;
        }
        timeline(year).requireResultsOpen(today());
    }

    /** Refuses once the cycle is determined (its data is frozen in the snapshot), whatever the timeline says. */
    public void requireUndetermined(int year) {
        boolean determined = jdbc.sql("select determined_at is not null from cycles where year = ?").param(year)
                .query(Boolean.class).optional().orElse(false);
        if (determined) {
            throw DomainException.conflict("results.cycleDetermined", year);
        }
    }

    /** Whether HQ reopened the determined cycle for an erratum: its data may then be corrected by HQ in any phase. */
    public boolean reopenedForCorrection(int year) {
        return jdbc.sql("select reopened_reason is not null from cycles where year = ?").param(year)
                .query(Boolean.class).optional().orElse(false);
    }

    private void requireCycle(int year) {
        boolean exists = jdbc.sql("select exists (select 1 from cycles where year = ?)").param(year)
                .query(Boolean.class).single();
        if (!exists) {
            throw DomainException.notFound("cycle.notFound", year);
        }
    }
}
