package id.patuh.cycle;

import id.patuh.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phase rules on fixed dates: which phase is under way, who may save answers, when results are fixed. */
class TimelineTests {

    static final LocalDate MAY_1 = LocalDate.of(2030, 5, 1);

    /** Preparation in April, data collection May–November, verification in December, determination from January. */
    static Timeline year2030() {
        return Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.DETERMINATION, LocalDate.of(2031, 1, 5), null),
                new PhaseWindow(Phase.PREPARATION, LocalDate.of(2030, 4, 1), LocalDate.of(2030, 4, 30)),
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, LocalDate.of(2030, 11, 30)),
                new PhaseWindow(Phase.VERIFICATION, LocalDate.of(2030, 12, 1), LocalDate.of(2030, 12, 20))));
    }

    @Test
    void aCycleWithoutWindowsIsCollectingDataSoExistingCyclesKeepCapturing() {
        Timeline none = Timeline.unscheduled(2024);
        assertThat(none.phaseOn(LocalDate.of(2099, 1, 1))).contains(Phase.DATA_COLLECTION);
        assertThat(none.captureRefusal(MAY_1, false)).isEmpty();
        assertThat(none.fixingPhaseBegun(MAY_1)).isEmpty();
    }

    @Test
    void thePhaseUnderWayIsTheOneWhoseWindowHoldsTheDayBothEndsIncluded() {
        Timeline timeline = year2030();
        assertThat(timeline.phaseOn(MAY_1)).contains(Phase.DATA_COLLECTION);
        assertThat(timeline.phaseOn(LocalDate.of(2030, 11, 30))).contains(Phase.DATA_COLLECTION);
        assertThat(timeline.phaseOn(LocalDate.of(2030, 12, 1))).contains(Phase.VERIFICATION);
        assertThat(timeline.phaseOn(LocalDate.of(2040, 1, 1))).contains(Phase.DETERMINATION);
        assertThat(timeline.phaseOn(LocalDate.of(2030, 3, 31))).isEmpty();
        assertThat(timeline.phaseOn(LocalDate.of(2030, 12, 25))).isEmpty();
    }

    @Test
    void assessorsCaptureOnlyWhileCollectingAndHeadquartersAlsoWhileVerifying() {
        Timeline timeline = year2030();
        LocalDate verifying = LocalDate.of(2030, 12, 5);
        assertThat(timeline.captureRefusal(MAY_1, false)).isEmpty();
        assertThat(timeline.captureRefusal(verifying, true)).isEmpty();
        DomainException refused = timeline.captureRefusal(verifying, false).orElseThrow();
        assertThat(refused.messageKey()).isEqualTo("cycle.phase.captureClosed.assessor");
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(timeline.captureRefusal(LocalDate.of(2030, 4, 15), true)).isPresent();
        assertThat(timeline.captureRefusal(LocalDate.of(2030, 12, 25), true)).isPresent();
    }

    @Test
    void resultsAreFixedFromTheDayDeterminationBegins() {
        Timeline timeline = year2030();
        assertThat(timeline.fixingPhaseBegun(LocalDate.of(2031, 1, 4))).isEmpty();
        assertThat(timeline.fixingPhaseBegun(LocalDate.of(2031, 1, 5))).map(PhaseWindow::phase).contains(Phase.DETERMINATION);
        assertThatThrownBy(() -> timeline.requireResultsOpen(LocalDate.of(2031, 2, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.resultsFixed"));
    }

    @Test
    void windowsMustFollowThePhaseOrderWithoutOverlapping() {
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, LocalDate.of(2030, 6, 30)),
                new PhaseWindow(Phase.VERIFICATION, LocalDate.of(2030, 6, 30), LocalDate.of(2030, 7, 31)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cycle.phase.overlap");
                    assertThat(e.field()).isEqualTo("phases[1].startsOn");
                });
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.VERIFICATION, MAY_1, LocalDate.of(2030, 5, 31)),
                new PhaseWindow(Phase.DATA_COLLECTION, LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.overlap"));
    }

    @Test
    void aWindowEndsOnOrAfterItsStartAndOnlyTheLastMayRunOn() {
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, LocalDate.of(2030, 4, 30)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.endBeforeStart"));
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, null),
                new PhaseWindow(Phase.VERIFICATION, LocalDate.of(2030, 12, 1), null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.openEndNotLast"));
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, null),
                new PhaseWindow(Phase.DATA_COLLECTION, MAY_1, null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.duplicate"));
        assertThatThrownBy(() -> Timeline.scheduled(2030, List.of(new PhaseWindow(Phase.PUBLISHED, null, null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cycle.phase.startRequired"));
    }
}
