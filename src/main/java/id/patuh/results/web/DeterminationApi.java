package id.patuh.results.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.results.Determination;
import id.patuh.results.DeterminationRequest;
import id.patuh.results.Determinations;
import id.patuh.results.Erratum;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Determination of a cycle's results (HQ), its errata, and what the public may know of it. */
@RestController
@RequestMapping("/api/v1/cycles/{year}/determination")
@Tag(name = "Determination", description = "Freezing a cycle's results as versioned snapshots, errata and embargo")
class DeterminationApi {

    private final Determinations determinations;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    DeterminationApi(Determinations determinations, CurrentUser currentUser, java.time.Clock clock) {
        this.determinations = determinations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record DeterminationBody(String decreeNumber, LocalDate decreeDate, OffsetDateTime publishAt, String reason) {
    }

    record ReopenBody(String reason) {
    }

    record ErratumResponse(int version, String reason, OffsetDateTime at) {
        static ErratumResponse of(Erratum e) {
            return new ErratumResponse(e.version(), e.reason(), e.at());
        }
    }

    record DeterminationResponse(int year, int version, String decreeNumber, LocalDate decreeDate,
                                 OffsetDateTime publishAt, boolean published, String methodologyId,
                                 OffsetDateTime determinedAt, List<ErratumResponse> errata) {
        static DeterminationResponse of(Determination d, java.time.Instant now) {
            return new DeterminationResponse(d.year(), d.version(), d.decreeNumber(), d.decreeDate(), d.publishAt(),
                    d.publishedAt(now), d.methodologyId(), d.determinedAt(),
                    d.errata().stream().map(ErratumResponse::of).toList());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Determines the cycle: freezes its results as the next snapshot version; 409 with the units "
            + "that are incomplete or unverified; after the first version a reason (the erratum) is required")
    DeterminationResponse determine(@PathVariable int year, @RequestBody(required = false) DeterminationBody body) {
        if (body == null) {
            throw DomainException.invalid("results.determination.bodyRequired");
        }
        return DeterminationResponse.of(determinations.determine(year,
                new DeterminationRequest(body.decreeNumber(), body.decreeDate(), body.publishAt(), body.reason()),
                currentUser.require()), clock.instant());
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reopens a determined cycle for a correction (with its reason); the published version stays "
            + "public until the corrected one is determined")
    void reopen(@PathVariable int year, @RequestBody(required = false) ReopenBody body) {
        determinations.reopen(year, body == null ? null : body.reason(), currentUser.require());
    }

    @GetMapping
    @Operation(summary = "The newest version: HQ sees it at once, everyone else once its publication time has come "
            + "(404 before)")
    DeterminationResponse current(@PathVariable int year) {
        boolean headquarters = currentUser.get().map(user -> user.isAdmin()).orElse(false);
        return (headquarters ? determinations.current(year) : determinations.published(year))
                .map(d -> DeterminationResponse.of(d, clock.instant()))
                .orElseThrow(() -> DomainException.notFound("results.notDetermined", year));
    }
}
