package id.patuh.cycle.web;

import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;

/** Assessment years over JSON (HQ). */
@RestController
@RequestMapping("/api/v1/cycles")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Cycle", description = "Assessment years and their methodology")
class CycleApi {

    private final Cycles cycles;

    CycleApi(Cycles cycles) {
        this.cycles = cycles;
    }

    record OpenCycleRequest(@NotNull Integer year, @NotBlank String methodologyId) {
    }

    record CycleResponse(int year, String methodologyId, OffsetDateTime createdAt, boolean determined) {
        static CycleResponse of(Cycle c) {
            return new CycleResponse(c.year(), c.methodologyId(), c.createdAt(), c.determined());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens an assessment year under a methodology version that governs it")
    CycleResponse open(@Valid @RequestBody OpenCycleRequest request) {
        return CycleResponse.of(cycles.open(request.year(), request.methodologyId()));
    }

    @GetMapping
    @Operation(summary = "Every assessment year, newest first")
    List<CycleResponse> all() {
        return cycles.all().stream().map(CycleResponse::of).toList();
    }

    @PutMapping("/{year}/locus/{entityCode}/units/{unitCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Adds a registered unit to the cycle's locus (idempotent); it stays incomplete until scored")
    void joinLocus(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        cycles.joinLocus(year, entityCode, unitCode);
    }

    @GetMapping("/{year}")
    @Operation(summary = "One assessment year")
    CycleResponse one(@PathVariable int year) {
        return CycleResponse.of(cycles.require(year));
    }
}
