package id.patuh.cycle.web;

import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusCopied;
import id.patuh.cycle.LocusEntry;
import id.patuh.cycle.Phase;
import id.patuh.cycle.PhaseWindow;
import id.patuh.cycle.Timeline;
import id.patuh.identity.CurrentUser;
import id.patuh.registry.ServiceProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Assessment years over JSON (HQ): opening, the timeline of phases, the locus and the products observed. */
@RestController
@RequestMapping("/api/v1/cycles")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Cycle", description = "Assessment years, their methodology, timeline and locus")
class CycleApi {

    private final Cycles cycles;
    private final CyclePhases phases;
    private final CurrentUser currentUser;

    CycleApi(Cycles cycles, CyclePhases phases, CurrentUser currentUser) {
        this.cycles = cycles;
        this.phases = phases;
        this.currentUser = currentUser;
    }

    record OpenCycleRequest(@NotNull Integer year, @NotBlank String methodologyId) {
    }

    record PhaseWindowRequest(Phase phase, LocalDate startsOn, LocalDate endsOn) {
    }

    record PhasesRequest(@NotNull List<PhaseWindowRequest> phases) {
    }

    record PhaseResponse(Phase phase, LocalDate startsOn, LocalDate endsOn, boolean current) {
    }

    /** {@code phase} is null between two windows; with no window set it is DATA_COLLECTION. */
    record CycleResponse(int year, String methodologyId, OffsetDateTime createdAt, boolean determined, Phase phase,
                         boolean phasesScheduled, List<PhaseResponse> phases) {
        static CycleResponse of(Cycle c, Timeline timeline, LocalDate today) {
            Phase current = timeline.phaseOn(today).orElse(null);
            return new CycleResponse(c.year(), c.methodologyId(), c.createdAt(), c.determined(), current,
                    timeline.isScheduled(), timeline.allPhases().stream()
                    .map(w -> new PhaseResponse(w.phase(), w.startsOn(), w.endsOn(), w.phase() == current)).toList());
        }
    }

    record ProductsRequest(@NotNull List<String> products) {
    }

    record LocusUnitResponse(String entityCode, String entityName, String entityType, String provinceCode,
                             String unitCode, String unitName, String unitKind, List<ServiceProduct> products) {
        static LocusUnitResponse of(LocusEntry e) {
            return new LocusUnitResponse(e.unit().entityCode(), e.unit().entityName(), e.unit().entityType(),
                    e.unit().provinceCode(), e.unit().unitCode(), e.unit().unitName(), e.unit().unitKind(),
                    e.observedProducts());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens an assessment year under a methodology version that governs it")
    CycleResponse open(@Valid @RequestBody OpenCycleRequest request) {
        return response(cycles.open(request.year(), request.methodologyId()));
    }

    @GetMapping
    @Operation(summary = "Every assessment year, newest first")
    List<CycleResponse> all() {
        return cycles.all().stream().map(this::response).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "One assessment year with its current phase and the window of each phase")
    CycleResponse one(@PathVariable int year) {
        return response(cycles.require(year));
    }

    @PutMapping("/{year}/phases")
    @Operation(summary = "Sets the phases' date windows as a whole: in phase order, not overlapping, end on or after "
            + "start, only the last may have no end; an empty list removes the timeline (the cycle collects data)")
    CycleResponse schedule(@PathVariable int year, @Valid @RequestBody PhasesRequest request) {
        phases.schedule(year, request.phases().stream()
                .map(p -> p == null ? null : new PhaseWindow(p.phase(), p.startsOn(), p.endsOn())).toList());
        return response(cycles.require(year));
    }

    @PutMapping("/{year}/locus/{entityCode}/units/{unitCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Adds a registered unit to the cycle's locus (idempotent); it stays incomplete until scored")
    void joinLocus(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        cycles.addToLocus(year, entityCode, unitCode);
    }

    @PutMapping("/{year}/locus/{entityCode}/units/{unitCode}/products")
    @Operation(summary = "Chooses the products observed in a unit: exactly two of its registered products (all when it "
            + "has fewer); the unit joins the locus")
    LocusUnitResponse chooseProducts(@PathVariable int year, @PathVariable String entityCode,
                                     @PathVariable String unitCode, @Valid @RequestBody ProductsRequest request) {
        return LocusUnitResponse.of(cycles.chooseProducts(year, entityCode, unitCode, request.products(),
                currentUser.require().username()));
    }

    @GetMapping("/{year}/locus")
    @Operation(summary = "The locus (one entity's part with ?entity=) with the products observed per unit")
    List<LocusUnitResponse> locus(@PathVariable int year, @RequestParam(required = false) String entity) {
        return cycles.locusEntries(year, entity == null || entity.isBlank() ? null : entity.trim()).stream()
                .map(LocusUnitResponse::of).toList();
    }

    @PostMapping("/{year}/locus/copy-from/{previousYear}")
    @Operation(summary = "Copies an earlier year's locus and product choices (units still registered); idempotent, "
            + "reports what was skipped")
    LocusCopied copyLocus(@PathVariable int year, @PathVariable int previousYear) {
        return cycles.copyLocus(year, previousYear, currentUser.require().username());
    }

    private CycleResponse response(Cycle cycle) {
        return CycleResponse.of(cycle, phases.timeline(cycle.year()), phases.today());
    }
}
