package id.patuh.review.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.AnswerChange;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.EvidenceFile;
import id.patuh.fieldwork.EvidenceFiles;
import id.patuh.fieldwork.NewEvidence;
import id.patuh.fieldwork.SavedAnswer;
import id.patuh.fieldwork.StaleAnswerException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.ServiceProduct;
import id.patuh.registry.ServiceUnit;
import id.patuh.results.CycleResults;
import id.patuh.results.Determinations;
import id.patuh.review.Reviews;
import id.patuh.review.UnitReview;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessor's capture form for one unit: every answer autosaves on change (htmx) with optimistic locking, the
 * unit's live score and what is still missing sit beside it, returned items are highlighted, and the unit is
 * submitted from here. Office heads see it read-only with their verify/return form.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
class CapturePages {

    /** The order an assessor works in during a visit. */
    static final List<DataSource> ORDER = List.of(DataSource.OBSERVATION, DataSource.DOCUMENT,
            DataSource.OFFICIAL_INTERVIEW, DataSource.COMPLAINT_OFFICER_INTERVIEW, DataSource.USER_INTERVIEW);

    private final Cycles cycles;
    private final Methodologies methodologies;
    private final Entities entities;
    private final Answers answers;
    private final Reviews reviews;
    private final CycleResults results;
    private final CurrentUser currentUser;
    private final EvidenceFiles evidence;
    private final Determinations determinations;

    CapturePages(Cycles cycles, Methodologies methodologies, Entities entities, Answers answers, Reviews reviews,
                 CycleResults results, CurrentUser currentUser, EvidenceFiles evidence, Determinations determinations) {
        this.determinations = determinations;
        this.evidence = evidence;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.entities = entities;
        this.answers = answers;
        this.reviews = reviews;
        this.results = results;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/capture")
    String capture(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode, Model model) {
        PatuhUser user = currentUser.require();
        UnitReview review = reviews.review(user, year, entityCode, unitCode);
        Cycle cycle = cycles.require(year);
        Methodology methodology = methodologies.require(cycle.methodologyId());
        Entity entity = entities.require(entityCode);
        ServiceUnit unit = entities.requireUnit(entityCode, unitCode);
        boolean mayEdit = (user.isAdmin() || user.role() == Role.ASSESSOR) && editable(year, entityCode, unitCode, user);
        model.addAttribute("cycle", cycle);
        model.addAttribute("entity", entity);
        model.addAttribute("unit", unit);
        model.addAttribute("review", review);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayReview", (user.isAdmin() || user.role() == Role.OFFICE_HEAD)
                && review.status() == id.patuh.review.UnitStatus.SUBMITTED);
        model.addAttribute("maySubmit", (user.isAdmin() || user.role() == Role.ASSESSOR) && review.status().openToAssessors());
        model.addAttribute("sheet", sheet(methodology, unit, cycles.observedProductCodes(year, entityCode, unitCode),
                answers.ofUnit(year, entityCode, unitCode), review));
        model.addAttribute("indicators", methodology.indicators());
        model.addAttribute("evidence", evidence.ofUnit(year, entityCode, unitCode));
        model.addAttribute("evidenceMaxMegabytes", evidence.maxBytes() / (1024 * 1024));
        addScore(model, year, entityCode, unitCode);
        return "review/capture";
    }

    /** Adds a photo or PDF from the capture page; a refused file (type, size, lock) is told and nothing is stored. */
    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/capture/evidence")
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    String addEvidence(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                       @RequestParam(name = "file", required = false) MultipartFile file,
                       @RequestParam(defaultValue = "") String indicator, RedirectAttributes flash) throws IOException {
        PatuhUser user = currentUser.require();
        reviews.requireScope(user, year, entityCode, unitCode);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "capture.evidence.choose");
            }
            try (InputStream content = file.getInputStream()) {
                evidence.add(year, entityCode, unitCode, new NewEvidence(indicator.isBlank() ? null : indicator, null, null,
                        file.getOriginalFilename()), content, user.username(), user.isAdmin());
            }
            flash.addFlashAttribute("notice", "capture.evidence.added");
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            flash.addFlashAttribute("problem", refused);
        }
        return "redirect:" + capturePath(year, entityCode, unitCode);
    }

    /** Serves an evidence file to a signed-in page user (the API door is stateless and would not see the session). */
    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/evidence/{id}")
    ResponseEntity<InputStreamResource> evidenceFile(@PathVariable int year, @PathVariable String entityCode,
                                                     @PathVariable String unitCode, @PathVariable long id) {
        reviews.requireScope(currentUser.require(), year, entityCode, unitCode);
        EvidenceFile file = evidence.require(year, entityCode, unitCode, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header("Content-Disposition", ContentDisposition.inline().filename(
                        file.name() == null ? "bukti-" + id : file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(evidence.content(file)));
    }

    /** The live score panel, refreshed after every autosave. */
    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/capture/score")
    String score(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode, Model model) {
        reviews.requireScope(currentUser.require(), year, entityCode, unitCode);
        model.addAttribute("cycle", cycles.require(year));
        addScore(model, year, entityCode, unitCode);
        return "review/capture :: score";
    }

    /** Autosave of one answer from its cell; answers with the cell again, or with the conflict when someone saved first. */
    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/capture/answer")
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    String save(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                @RequestParam String indicator, @RequestParam(defaultValue = "") String product,
                @RequestParam int respondent, @RequestParam(defaultValue = "") String level,
                @RequestParam(required = false) String note,
                @RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response) {
        PatuhUser user = currentUser.require();
        reviews.requireScope(user, year, entityCode, unitCode);
        Integer chosen;
        try {
            chosen = level.isBlank() ? null : Integer.valueOf(level.trim());
        } catch (NumberFormatException notALevel) {
            throw DomainException.invalidField("level", "methodology.score.notANumber", level);
        }
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        var scale = methodology.indicator(indicator)
                .orElseThrow(() -> DomainException.invalidField("indicator", "fieldwork.answer.unknownIndicator",
                        indicator, methodology.id()))
                .scale();
        String productCode = product.isBlank() ? null : product;
        try {
            SavedAnswer saved = answers.save(year, entityCode, unitCode,
                    new AnswerChange(indicator, productCode, respondent, chosen, note, version), user.username(), user.isAdmin());
            model.addAttribute("cell", new CaptureSheet.Cell(indicator, productCode, respondent, saved.level(),
                    saved.version(), saved.note(), saved.savedBy()));
            model.addAttribute("state", "saved");
            response.setHeader("HX-Trigger", "answerSaved");
        } catch (StaleAnswerException stale) {
            SavedAnswer current = stale.current();
            model.addAttribute("cell", new CaptureSheet.Cell(indicator, productCode, respondent,
                    current == null ? null : current.level(), current == null ? 0 : current.version(),
                    current == null ? null : current.note(), current == null ? null : current.savedBy()));
            model.addAttribute("state", "conflict");
            model.addAttribute("attempted", chosen);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            model.addAttribute("cell", new CaptureSheet.Cell(indicator, productCode, respondent, chosen, version, null, null));
            model.addAttribute("state", "refused");
            model.addAttribute("problem", refused);
        }
        model.addAttribute("scaleOf", scale);
        model.addAttribute("cycle", cycles.require(year));
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("unit", entities.requireUnit(entityCode, unitCode));
        model.addAttribute("mayEdit", true);
        return "review/capture :: cell";
    }

    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    String submit(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                  RedirectAttributes flash) {
        try {
            reviews.submit(currentUser.require(), year, entityCode, unitCode);
            flash.addFlashAttribute("notice", "review.submitted");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            flash.addFlashAttribute("problem", e);
        }
        return "redirect:" + capturePath(year, entityCode, unitCode);
    }

    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String verify(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                  RedirectAttributes flash) {
        try {
            reviews.verify(currentUser.require(), year, entityCode, unitCode);
            flash.addFlashAttribute("notice", "review.verified");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            flash.addFlashAttribute("problem", e);
        }
        return "redirect:" + capturePath(year, entityCode, unitCode);
    }

    /** The return form sends item/reason pairs; rows left blank are ignored, a reason without item is the whole unit. */
    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/return")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String returnUnit(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                      @RequestParam(name = "item", required = false) List<String> items,
                      @RequestParam(name = "reason", required = false) List<String> reasons, RedirectAttributes flash) {
        Map<String, String> byItem = new java.util.LinkedHashMap<>();
        for (int i = 0; reasons != null && i < reasons.size(); i++) {
            String reason = reasons.get(i) == null ? "" : reasons.get(i).strip();
            if (!reason.isEmpty()) {
                String item = items == null || i >= items.size() || items.get(i).isBlank() ? Reviews.WHOLE_UNIT : items.get(i);
                byItem.put(item, reason);
            }
        }
        try {
            reviews.returnUnit(currentUser.require(), year, entityCode, unitCode, byItem);
            flash.addFlashAttribute("notice", "review.returned");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT && e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            flash.addFlashAttribute("problem", e);
        }
        return "redirect:" + capturePath(year, entityCode, unitCode);
    }

    private boolean editable(int year, String entityCode, String unitCode, PatuhUser user) {
        try {
            reviews.requireEditable(year, entityCode, unitCode, user.isAdmin());
            return true;
        } catch (DomainException locked) {
            return false;
        }
    }

    private void addScore(Model model, int year, String entityCode, String unitCode) {
        // Once HQ has determined the cycle, its figures are under embargo for everyone else until published.
        boolean embargoed = !currentUser.require().isAdmin() && determinations.current(year).isPresent();
        model.addAttribute("live", embargoed ? null : results.unit(year, entityCode, unitCode));
        model.addAttribute("scorePath", capturePath(year, entityCode, unitCode) + "/score");
    }

    static String capturePath(int year, String entityCode, String unitCode) {
        return "/workspace/cycles/" + year + "/entities/" + UriUtils.encodePathSegment(entityCode, StandardCharsets.UTF_8)
                + "/units/" + UriUtils.encodePathSegment(unitCode, StandardCharsets.UTF_8) + "/capture";
    }

    /** Lays the methodology's indicators out per data source, with as many columns as the methodology's targets. */
    static CaptureSheet sheet(Methodology methodology, ServiceUnit unit, List<String> observed, List<SavedAnswer> stored,
                              UnitReview review) {
        Map<String, SavedAnswer> byKey = new HashMap<>();
        int users = 0;
        for (SavedAnswer answer : stored) {
            byKey.put(key(answer.indicator(), answer.product(), answer.respondent()), answer);
            if (methodology.indicator(answer.indicator()).map(i -> i.source() == DataSource.USER_INTERVIEW).orElse(false)) {
                users = Math.max(users, answer.respondent());
            }
        }
        Map<DataSource, List<Indicator>> bySource = new EnumMap<>(DataSource.class);
        for (Indicator indicator : methodology.indicators()) {
            if (indicator.applicability().unitKinds().isEmpty() || indicator.applicability().unitKinds().contains(unit.kind())) {
                bySource.computeIfAbsent(indicator.source(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<String> products = observed;
        List<String> returned = review.openItems();
        List<CaptureSheet.Section> sections = new ArrayList<>();
        for (DataSource source : ORDER) {
            List<Indicator> indicators = bySource.get(source);
            if (indicators == null) {
                continue;
            }
            AggregationRules.RespondentTarget target = methodology.aggregation().targets().get(source);
            List<String> columns = new ArrayList<>();
            List<Integer> respondents = new ArrayList<>();
            List<String> productColumns = new ArrayList<>();
            if (source == DataSource.OBSERVATION) {
                for (String product : products) {
                    columns.add(product);
                    respondents.add(1);
                    productColumns.add(product);
                }
                // Answers loaded in bulk without a product still count; show them rather than hide what is scored.
                boolean unattributed = products.isEmpty()
                        || indicators.stream().anyMatch(i -> byKey.containsKey(key(i.code(), null, 1)));
                if (unattributed) {
                    columns.add("—");
                    respondents.add(1);
                    productColumns.add(null);
                }
            } else {
                int count = source == DataSource.USER_INTERVIEW ? users + 1
                        : Math.max(1, target == null ? 1 : target.count());
                for (int r = 1; r <= count; r++) {
                    columns.add(String.valueOf(r));
                    respondents.add(r);
                    productColumns.add(null);
                }
            }
            List<CaptureSheet.Row> rows = new ArrayList<>();
            for (Indicator indicator : indicators) {
                List<CaptureSheet.Cell> cells = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    SavedAnswer answer = byKey.get(key(indicator.code(), productColumns.get(c), respondents.get(c)));
                    cells.add(answer == null
                            ? new CaptureSheet.Cell(indicator.code(), productColumns.get(c), respondents.get(c), null, 0, null, null)
                            : new CaptureSheet.Cell(indicator.code(), productColumns.get(c), respondents.get(c),
                            answer.level(), answer.version(), answer.note(), answer.savedBy()));
                }
                rows.add(new CaptureSheet.Row(indicator, returned.contains(indicator.code()), cells));
            }
            sections.add(new CaptureSheet.Section(source, columns, rows, target == null ? null : target.count(),
                    source == DataSource.USER_INTERVIEW ? users : 0));
        }
        return new CaptureSheet(sections);
    }

    private static String key(String indicator, String product, int respondent) {
        return indicator + "|" + (product == null ? "" : product) + "|" + respondent;
    }
}
