package id.patuh.results.web;

import id.patuh.identity.CurrentUser;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.results.CycleResults;
import id.patuh.results.DirectScores;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PreviousResult;
import id.patuh.results.ResultFilter;
import id.patuh.results.UnitResultRow;
import id.patuh.results.UnitScoreRecorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A cycle's results over JSON: recording unit scores directly, the score sheet, one entity with its units. */
@RestController
@RequestMapping("/api/v1/cycles/{year}")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Results", description = "Unit scores, entity scores, grades, ranks and change since the previous cycle")
class ResultsApi {

    private final DirectScores directScores;
    private final CycleResults results;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ResultsApi(DirectScores directScores, CycleResults results, Provinces provinces, CurrentUser currentUser) {
        this.directScores = directScores;
        this.results = results;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    record UnitScoreRequest(@NotNull BigDecimal score, Map<String, BigDecimal> dimensions) {
    }

    record UnitScoreResponse(int year, String entityCode, String unitCode, BigDecimal score,
                             Map<String, BigDecimal> dimensions) {
        static UnitScoreResponse of(UnitScoreRecorded r) {
            return new UnitScoreResponse(r.year(), r.entityCode(), r.unitCode(), r.score(), r.dimensionPoints());
        }
    }

    record PreviousResponse(int year, BigDecimal score, String category, String zone, Integer nationalRank,
                            Integer provinceRank) {
        static PreviousResponse of(PreviousResult p) {
            return p == null ? null : new PreviousResponse(p.year(), p.score(), p.category(), p.zone(), p.nationalRank(),
                    p.provinceRank());
        }
    }

    record EntityResultResponse(String entityCode, String entityName, String type, String provinceCode,
                                BigDecimal score, String category, String opinion, String zone, Integer nationalRank,
                                Integer provinceRank, boolean complete, List<String> incompleteUnits,
                                PreviousResponse previous, BigDecimal scoreChange) {
        static EntityResultResponse of(EntityResultRow r) {
            return new EntityResultResponse(r.entityCode(), r.entityName(), r.type(), r.provinceCode(), r.score(),
                    r.category(), r.opinion(), r.zone(), r.nationalRank(), r.provinceRank(), r.complete(),
                    r.incompleteUnits(), PreviousResponse.of(r.previous()), r.scoreChange());
        }
    }

    record UnitResultResponse(String unitCode, String name, String kind, BigDecimal score, String category,
                              String opinion, String zone, boolean complete, Map<String, BigDecimal> dimensions,
                              String source, List<UnitResultRow.MissingAnswer> missing) {
        static UnitResultResponse of(UnitResultRow u) {
            return new UnitResultResponse(u.unitCode(), u.name(), u.kind(), u.score(), u.category(), u.opinion(),
                    u.zone(), u.complete(), u.dimensions(), u.source(), u.missing());
        }
    }

    record EntityDetailResponse(String entityCode, String entityName, String type, String provinceCode,
                                BigDecimal score, String category, String opinion, String zone, Integer nationalRank,
                                Integer provinceRank, boolean complete, List<String> incompleteUnits,
                                PreviousResponse previous, BigDecimal scoreChange, List<UnitResultResponse> units) {
        static EntityDetailResponse of(EntityResultDetail d) {
            EntityResultRow r = d.entity();
            return new EntityDetailResponse(r.entityCode(), r.entityName(), r.type(), r.provinceCode(), r.score(),
                    r.category(), r.opinion(), r.zone(), r.nationalRank(), r.provinceRank(), r.complete(),
                    r.incompleteUnits(), PreviousResponse.of(r.previous()), r.scoreChange(),
                    d.units().stream().map(UnitResultResponse::of).toList());
        }
    }

    @PutMapping("/entities/{entityCode}/units/{unitCode}/score")
    @Operation(summary = "Records a unit's score directly (history); the unit joins the locus; dimension points must add up")
    UnitScoreResponse recordScore(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                                  @Valid @RequestBody UnitScoreRequest request) {
        return UnitScoreResponse.of(directScores.record(year, entityCode, unitCode, request.score(), request.dimensions(),
                currentUser.require().username()));
    }

    @GetMapping("/results")
    @Operation(summary = "The cycle's entity results, best first, with ranks and the previous cycle's result")
    List<EntityResultResponse> results(@PathVariable int year, @RequestParam(required = false) EntityType type,
                                       @RequestParam(required = false) String province) {
        if (province != null && !province.isBlank()) {
            provinces.require(province.trim());
        }
        return results.entities(year, new ResultFilter(type == null ? null : type.name(),
                province == null || province.isBlank() ? null : province.trim()))
                .stream().map(EntityResultResponse::of).toList();
    }

    @GetMapping("/results/{entityCode}")
    @Operation(summary = "One entity's result with its units, their grades and dimension points, or what is missing")
    EntityDetailResponse result(@PathVariable int year, @PathVariable String entityCode) {
        return EntityDetailResponse.of(results.entity(year, entityCode));
    }
}
