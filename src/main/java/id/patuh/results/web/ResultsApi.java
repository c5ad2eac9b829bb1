package id.patuh.results.web;

import id.patuh.identity.CurrentUser;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.results.CycleResults;
import id.patuh.results.DirectScores;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PreviousResult;
import id.patuh.results.PublishedResults;
import id.patuh.results.ResultFilter;
import id.patuh.results.UnitResultRow;
import id.patuh.results.UnitScoreRecorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Results", description = "Unit scores, entity scores, grades, ranks and change since the previous cycle")
class ResultsApi {

    private final DirectScores directScores;
    private final CycleResults results;
    private final PublishedResults published;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    private final MessageSource messages;

    ResultsApi(DirectScores directScores, CycleResults results, PublishedResults published, Provinces provinces,
               CurrentUser currentUser, MessageSource messages) {
        this.messages = messages;
        this.directScores = directScores;
        this.results = results;
        this.published = published;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    /** HQ works on the live sheet; everyone else (anonymous included) sees only what is published. */
    private boolean headquarters() {
        return currentUser.get().map(user -> user.isAdmin()).orElse(false);
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
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Records a unit's score directly (history); the unit joins the locus; dimension points must add up")
    UnitScoreResponse recordScore(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                                  @Valid @RequestBody UnitScoreRequest request) {
        return UnitScoreResponse.of(directScores.record(year, entityCode, unitCode, request.score(), request.dimensions(),
                currentUser.require().username()));
    }

    @GetMapping("/results")
    @Operation(summary = "The cycle's entity results, best first, with ranks and the previous cycle's result; "
            + "HQ sees the live sheet, everyone else the published snapshot (404 before publication). An unknown "
            + "type or province code gives an empty list with the reason in the X-Patuh-Notice header")
    ResponseEntity<List<EntityResultResponse>> results(@PathVariable int year,
                                                       @RequestParam(required = false) String type,
                                                       @RequestParam(required = false) String province) {
        String typeCode = type == null || type.isBlank() ? null : type.trim().toUpperCase(java.util.Locale.ROOT);
        String provinceCode = province == null || province.isBlank() ? null : province.trim();
        boolean headquarters = headquarters();
        // The cycle must exist (and, for the public, be published) whatever the filters say.
        List<EntityResultRow> rows = headquarters ? results.entities(year, new ResultFilter(typeCode, provinceCode))
                : published.entities(year, new ResultFilter(typeCode, provinceCode));
        String notice = null;
        if (typeCode != null && java.util.Arrays.stream(EntityType.values()).noneMatch(t -> t.name().equals(typeCode))) {
            notice = messages.getMessage("results.filter.unknownType", new Object[]{type.trim()}, LocaleContextHolder.getLocale());
        } else if (provinceCode != null && provinces.find(provinceCode).isEmpty()) {
            notice = messages.getMessage("results.filter.unknownProvince", new Object[]{provinceCode}, LocaleContextHolder.getLocale());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (notice != null) {
            // Header values are ISO-8859-1: the notice is percent-encoded UTF-8 so Indonesian text survives.
            response.header("X-Patuh-Notice", java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return response.body(rows.stream().map(EntityResultResponse::of).toList());
    }

    @GetMapping("/results/{entityCode}")
    @Operation(summary = "One entity's result with its units, their grades and dimension points, or what is missing")
    EntityDetailResponse result(@PathVariable int year, @PathVariable String entityCode) {
        return EntityDetailResponse.of(headquarters() ? results.entity(year, entityCode)
                : published.entity(year, entityCode));
    }
}
