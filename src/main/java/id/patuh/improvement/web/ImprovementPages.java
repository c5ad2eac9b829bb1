package id.patuh.improvement.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.improvement.ActionDraft;
import id.patuh.improvement.ActionProgress;
import id.patuh.improvement.ActionSource;
import id.patuh.improvement.ActionStatus;
import id.patuh.improvement.ComponentStatus;
import id.patuh.improvement.EntityPrediction;
import id.patuh.improvement.EvidenceRef;
import id.patuh.improvement.Finding;
import id.patuh.improvement.Findings;
import id.patuh.improvement.ImprovementActions;
import id.patuh.improvement.Readiness;
import id.patuh.improvement.Reconciliations;
import id.patuh.improvement.SelfAssessedAnswer;
import id.patuh.improvement.SelfAssessmentRound;
import id.patuh.improvement.SelfAssessments;
import id.patuh.improvement.StandardComponent;
import id.patuh.improvement.StandardComponents;
import id.patuh.improvement.UnitPrediction;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.ServiceUnit;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity workspace pages: the coordinator's dashboard of all OPD, a round's instrument per unit with autosave
 * and the predicted score beside it, the trend, standard components, the improvement plan and reconciliation. The
 * Ombudsman reads shared rounds here too, without any form.
 */
@Controller
class ImprovementPages {

    static final List<DataSource> ORDER = List.of(DataSource.OBSERVATION, DataSource.DOCUMENT,
            DataSource.OFFICIAL_INTERVIEW, DataSource.COMPLAINT_OFFICER_INTERVIEW, DataSource.USER_INTERVIEW);

    private final SelfAssessments selfAssessments;
    private final Readiness readiness;
    private final StandardComponents components;
    private final Findings findings;
    private final ImprovementActions actions;
    private final Reconciliations reconciliations;
    private final Entities entities;
    private final Methodologies methodologies;
    private final CurrentUser currentUser;

    ImprovementPages(SelfAssessments selfAssessments, Readiness readiness, StandardComponents components,
                     Findings findings, ImprovementActions actions, Reconciliations reconciliations, Entities entities,
                     Methodologies methodologies, CurrentUser currentUser) {
        this.selfAssessments = selfAssessments;
        this.readiness = readiness;
        this.components = components;
        this.findings = findings;
        this.actions = actions;
        this.reconciliations = reconciliations;
        this.entities = entities;
        this.methodologies = methodologies;
        this.currentUser = currentUser;
    }

    /** The new-action form; owner and due date are what a plan cannot do without. */
    record ActionForm(@NotBlank String unitCode, String indicatorCode, ActionSource source, Integer findingYear,
                      Long roundId, @NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 200) String owner,
                      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
    }

    /** One row of the instrument: an indicator with the unit's answer. */
    record Item(Indicator indicator, String dimensionCode, SelfAssessedAnswer answer, int files) {
    }

    /** The instrument's rows of one data source. */
    record Section(DataSource source, List<Item> items) {
    }

    @GetMapping("/workspace/improvement")
    String entry(Model model) {
        PatuhUser user = currentUser.require();
        if (user.role() == Role.ENTITY_COORDINATOR || user.role() == Role.UNIT_OPERATOR) {
            return "redirect:" + base(user.entityCode());
        }
        model.addAttribute("shared", selfAssessments.sharedWith(user));
        return "improvement/shared";
    }

    @GetMapping("/workspace/improvement/{entityCode}")
    String dashboard(@PathVariable String entityCode, Model model) {
        PatuhUser user = currentUser.require();
        if (!(user.role() == Role.ENTITY_COORDINATOR || user.role() == Role.UNIT_OPERATOR)) {
            return "redirect:/workspace/improvement";
        }
        model.addAttribute("readiness", readiness.of(user, entityCode));
        model.addAttribute("rounds", selfAssessments.rounds(user, entityCode));
        model.addAttribute("coordinator", user.role() == Role.ENTITY_COORDINATOR);
        model.addAttribute("currentMethodology", selfAssessments.currentMethodologyId());
        model.addAttribute("entityCode", entityCode);
        return "improvement/dashboard";
    }

    @PostMapping("/workspace/improvement/{entityCode}/rounds")
    String open(@PathVariable String entityCode, RedirectAttributes flash) {
        try {
            selfAssessments.open(currentUser.require(), entityCode, null);
            flash.addFlashAttribute("notice", "improvement.round.opened");
        } catch (DomainException refused) {
            keep(refused, flash);
        }
        return "redirect:" + base(entityCode);
    }

    @PostMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/close")
    String close(@PathVariable String entityCode, @PathVariable long roundId, RedirectAttributes flash) {
        try {
            selfAssessments.close(currentUser.require(), entityCode, roundId);
            flash.addFlashAttribute("notice", "improvement.round.closedNotice");
        } catch (DomainException refused) {
            keep(refused, flash);
        }
        return "redirect:" + base(entityCode);
    }

    @PostMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/sharing")
    String share(@PathVariable String entityCode, @PathVariable long roundId, @RequestParam boolean shared,
                 RedirectAttributes flash) {
        selfAssessments.share(currentUser.require(), entityCode, roundId, shared);
        flash.addFlashAttribute("notice", shared ? "improvement.round.sharedNotice" : "improvement.round.unsharedNotice");
        return "redirect:" + base(entityCode);
    }

    @GetMapping("/workspace/improvement/{entityCode}/rounds/{roundId}")
    String round(@PathVariable String entityCode, @PathVariable long roundId, Model model) {
        PatuhUser user = currentUser.require();
        EntityPrediction prediction = selfAssessments.prediction(user, entityCode, roundId);
        model.addAttribute("prediction", prediction);
        model.addAttribute("round", prediction.round());
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("member", isMember(user, entityCode));
        model.addAttribute("dimensionCodes", methodologies.require(prediction.round().methodologyId()).dimensions()
                .stream().map(Dimension::code).toList());
        return "improvement/round";
    }

    @GetMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/units/{unitCode}")
    String unit(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                Model model) {
        PatuhUser user = currentUser.require();
        SelfAssessmentRound round = selfAssessments.round(user, entityCode, roundId);
        Entity entity = entities.require(entityCode);
        ServiceUnit unit = entity.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("registry.unit.notFound", unitCode, entityCode));
        Methodology methodology = methodologies.require(round.methodologyId());
        List<SelfAssessedAnswer> answers = selfAssessments.answers(user, entityCode, roundId, unitCode);
        List<EvidenceRef> files = selfAssessments.evidence(user, entityCode, roundId, unitCode);
        model.addAttribute("round", round);
        model.addAttribute("entity", entity);
        model.addAttribute("unit", unit);
        model.addAttribute("sections", sections(methodology, entity, unit, answers, files));
        model.addAttribute("evidence", files);
        model.addAttribute("indicators", methodology.indicators().stream()
                .filter(i -> i.applicability().appliesTo(entity.type(), unit.kind())).toList());
        model.addAttribute("evidenceMaxMegabytes", selfAssessments.evidenceMaxBytes() / (1024 * 1024));
        model.addAttribute("mayEdit", round.open() && isMember(user, entityCode)
                && (user.role() != Role.UNIT_OPERATOR || user.unitCode().equals(unitCode)));
        model.addAttribute("methodologyName", methodology.name());
        addPrediction(model, user, entityCode, roundId, unitCode);
        return "improvement/unit";
    }

    @GetMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/units/{unitCode}/prediction")
    String prediction(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                      Model model) {
        addPrediction(model, currentUser.require(), entityCode, roundId, unitCode);
        return "improvement/unit :: prediction";
    }

    /** Autosave of one answer (htmx); answers with the row's select again and asks the prediction to refresh. */
    @PostMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/units/{unitCode}/answer")
    String answer(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                  @RequestParam String indicator, @RequestParam(defaultValue = "") String level,
                  @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        PatuhUser user = currentUser.require();
        SelfAssessmentRound round = selfAssessments.round(user, entityCode, roundId);
        Methodology methodology = methodologies.require(round.methodologyId());
        Indicator chosen = methodology.indicator(indicator)
                .orElseThrow(() -> DomainException.invalidField("indicator", "improvement.answer.unknownIndicator",
                        indicator, methodology.id(), unitCode));
        Integer value = null;
        try {
            value = level.isBlank() ? null : Integer.valueOf(level.trim());
            SelfAssessedAnswer saved = selfAssessments.save(user, entityCode, roundId, unitCode, indicator, value, note)
                    .orElse(null);
            model.addAttribute("item", new Item(chosen, null, saved, 0));
            model.addAttribute("state", "saved");
            response.setHeader("HX-Trigger", "answerSaved");
        } catch (NumberFormatException notANumber) {
            model.addAttribute("item", new Item(chosen, null, null, 0));
            model.addAttribute("state", "refused");
            model.addAttribute("problem", DomainException.invalidField("level", "improvement.answer.notALevel", level));
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            model.addAttribute("item", new Item(chosen, null, null, 0));
            model.addAttribute("state", "refused");
            model.addAttribute("problem", refused);
        }
        model.addAttribute("round", round);
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("unit", entities.requireUnit(entityCode, unitCode));
        model.addAttribute("mayEdit", true);
        return "improvement/unit :: answer";
    }

    @PostMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/units/{unitCode}/evidence")
    String evidence(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                    @RequestParam(name = "file", required = false) MultipartFile file,
                    @RequestParam(defaultValue = "") String indicator, RedirectAttributes flash) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "improvement.evidence.choose");
            }
            try (InputStream content = file.getInputStream()) {
                selfAssessments.addEvidence(currentUser.require(), entityCode, roundId, unitCode, indicator,
                        file.getOriginalFilename(), content);
            }
            flash.addFlashAttribute("notice", "improvement.evidence.added");
        } catch (DomainException refused) {
            keep(refused, flash);
        }
        return "redirect:" + base(entityCode) + "/rounds/" + roundId + "/units/" + segment(unitCode);
    }

    @GetMapping("/workspace/improvement/{entityCode}/evidence/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable String entityCode, @PathVariable long id) {
        EvidenceRef file = selfAssessments.requireEvidence(currentUser.require(), entityCode, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header("Content-Disposition", ContentDisposition.inline().filename(file.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(selfAssessments.content(file)));
    }

    @GetMapping("/workspace/improvement/{entityCode}/trend")
    String trend(@PathVariable String entityCode, Model model) {
        PatuhUser user = currentUser.require();
        List<EntityPrediction> points = new ArrayList<>();
        for (SelfAssessmentRound round : selfAssessments.rounds(user, entityCode)) {
            points.add(0, selfAssessments.prediction(user, entityCode, round.id()));
        }
        model.addAttribute("points", points);
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("member", isMember(user, entityCode));
        return "improvement/trend";
    }

    @GetMapping("/workspace/improvement/{entityCode}/units/{unitCode}/components")
    String components(@PathVariable String entityCode, @PathVariable String unitCode, Model model) {
        PatuhUser user = currentUser.require();
        model.addAttribute("components", components.of(user, entityCode, unitCode));
        return componentsPage(entityCode, unitCode, model);
    }

    @PostMapping("/workspace/improvement/{entityCode}/units/{unitCode}/components")
    String saveComponents(@PathVariable String entityCode, @PathVariable String unitCode,
                          @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        List<StandardComponents.Entry> entries = new ArrayList<>();
        List<ComponentStatus> shown = new ArrayList<>();
        for (StandardComponent component : StandardComponent.values()) {
            String name = component.name();
            boolean published = "true".equals(form.get(name + ".published"));
            String where = form.getOrDefault(name + ".where", "");
            LocalDate reviewed = null;
            String date = form.getOrDefault(name + ".reviewedOn", "");
            try {
                reviewed = date.isBlank() ? null : LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException notADate) {
                model.addAttribute("problemRow", component.ordinal());
                model.addAttribute("problem", DomainException.invalidField("reviewedOn", "improvement.component.notADate", date));
            }
            entries.add(new StandardComponents.Entry(name, published, where, reviewed));
            shown.add(new ComponentStatus(component, true, published, where, reviewed, null, null));
        }
        if (model.getAttribute("problem") == null) {
            try {
                components.recordAll(user, entityCode, unitCode, entries);
                flash.addFlashAttribute("notice", "improvement.component.saved");
                return "redirect:" + base(entityCode) + "/units/" + segment(unitCode) + "/components";
            } catch (DomainException refused) {
                if (refused.kind() != DomainException.Kind.INVALID) {
                    throw refused;
                }
                String field = refused.field() == null ? "" : refused.field();
                int row = field.startsWith("components[") ? Integer.parseInt(field.substring(11, field.indexOf(']'))) : -1;
                model.addAttribute("problemRow", row);
                model.addAttribute("problem", refused);
            }
        }
        model.addAttribute("components", shown);
        return componentsPage(entityCode, unitCode, model);
    }

    private String componentsPage(String entityCode, String unitCode, Model model) {
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("unit", entities.requireUnit(entityCode, unitCode));
        return "improvement/components";
    }

    @GetMapping("/workspace/improvement/{entityCode}/plan")
    String plan(@PathVariable String entityCode, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String indicator,
                @RequestParam(required = false) ActionSource source, @RequestParam(required = false) Long round,
                Model model) {
        PatuhUser user = currentUser.require();
        model.addAttribute("form", new ActionForm(unit != null ? unit
                : user.role() == Role.UNIT_OPERATOR ? user.unitCode() : "", indicator,
                source == null ? (indicator != null && year != null ? ActionSource.OFFICIAL_FINDING : ActionSource.OTHER) : source,
                year, round, "", "", null));
        return planPage(user, entityCode, year, model);
    }

    @PostMapping("/workspace/improvement/{entityCode}/plan/actions")
    String addAction(@PathVariable String entityCode, @Valid @ModelAttribute("form") ActionForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        if (!errors.hasErrors()) {
            try {
                long id = actions.add(user, entityCode, new ActionDraft(form.unitCode(), form.indicatorCode(),
                        form.source(), form.findingYear(), form.roundId(), form.description(), form.owner(),
                        form.dueDate())).id();
                flash.addFlashAttribute("notice", "improvement.action.added");
                return "redirect:" + base(entityCode) + "/plan#action-" + id;
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                    throw e;
                }
                String field = e.field() != null && List.of("unitCode", "indicatorCode", "findingYear", "roundId",
                        "description", "owner", "dueDate").contains(e.field()) ? e.field() : "description";
                errors.rejectValue(field, e.messageKey(), e.arguments(), null);
            }
        }
        return planPage(user, entityCode, form.findingYear(), model);
    }

    @PostMapping("/workspace/improvement/{entityCode}/plan/actions/{id}/status")
    String progress(@PathVariable String entityCode, @PathVariable long id, @RequestParam ActionStatus status,
                    @RequestParam(required = false) String completionNote, RedirectAttributes flash) {
        try {
            actions.progress(currentUser.require(), entityCode, id, new ActionProgress(status, completionNote));
            flash.addFlashAttribute("notice", "improvement.action.updated");
        } catch (DomainException refused) {
            keep(refused, flash);
        }
        return "redirect:" + base(entityCode) + "/plan#action-" + id;
    }

    @PostMapping("/workspace/improvement/{entityCode}/plan/actions/{id}/evidence")
    String actionEvidence(@PathVariable String entityCode, @PathVariable long id,
                          @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "improvement.evidence.choose");
            }
            try (InputStream content = file.getInputStream()) {
                actions.addEvidence(currentUser.require(), entityCode, id, file.getOriginalFilename(), content);
            }
            flash.addFlashAttribute("notice", "improvement.evidence.added");
        } catch (DomainException refused) {
            keep(refused, flash);
        }
        return "redirect:" + base(entityCode) + "/plan#action-" + id;
    }

    private String planPage(PatuhUser user, String entityCode, Integer year, Model model) {
        List<Integer> years = findings.years(user, entityCode);
        Integer chosen = year != null && years.contains(year) ? year : years.isEmpty() ? null : years.get(0);
        List<Finding> found = chosen == null ? List.of() : findings.of(user, entityCode, chosen);
        Entity entity = entities.require(entityCode);
        model.addAttribute("entity", entity);
        model.addAttribute("units", entity.units().stream()
                .filter(u -> user.role() != Role.UNIT_OPERATOR || u.code().equals(user.unitCode())).toList());
        model.addAttribute("years", years);
        model.addAttribute("year", chosen);
        model.addAttribute("findings", found);
        model.addAttribute("actions", actions.of(user, entityCode));
        model.addAttribute("sources", ActionSource.values());
        model.addAttribute("statuses", ActionStatus.values());
        return "improvement/plan";
    }

    @GetMapping("/workspace/improvement/{entityCode}/rounds/{roundId}/reconciliation")
    String reconciliation(@PathVariable String entityCode, @PathVariable long roundId,
                          @RequestParam(required = false) Integer year, Model model) {
        PatuhUser user = currentUser.require();
        List<Integer> years = reconciliations.years(user, entityCode, roundId);
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("round", selfAssessments.round(user, entityCode, roundId));
        model.addAttribute("years", years);
        model.addAttribute("member", isMember(user, entityCode));
        model.addAttribute("reconciliation", years.isEmpty() ? null : reconciliations.of(user, entityCode, roundId, year));
        return "improvement/reconciliation";
    }

    private void addPrediction(Model model, PatuhUser user, String entityCode, long roundId, String unitCode) {
        UnitPrediction prediction = selfAssessments.unitPrediction(user, entityCode, roundId, unitCode);
        model.addAttribute("prediction", prediction);
        model.addAttribute("predictionPath", base(entityCode) + "/rounds/" + roundId + "/units/" + segment(unitCode)
                + "/prediction");
    }

    private static List<Section> sections(Methodology methodology, Entity entity, ServiceUnit unit,
                                          List<SelfAssessedAnswer> answers, List<EvidenceRef> files) {
        Map<String, SelfAssessedAnswer> byIndicator = new HashMap<>();
        answers.forEach(a -> byIndicator.put(a.indicatorCode(), a));
        Map<String, Integer> fileCount = new HashMap<>();
        files.forEach(f -> {
            if (f.indicatorCode() != null) {
                fileCount.merge(f.indicatorCode(), 1, Integer::sum);
            }
        });
        Map<DataSource, List<Item>> bySource = new LinkedHashMap<>();
        for (Dimension dimension : methodology.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                if (indicator.applicability().appliesTo(entity.type(), unit.kind())) {
                    bySource.computeIfAbsent(indicator.source(), k -> new ArrayList<>()).add(new Item(indicator,
                            dimension.code(), byIndicator.get(indicator.code()), fileCount.getOrDefault(indicator.code(), 0)));
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (DataSource source : ORDER) {
            if (bySource.containsKey(source)) {
                sections.add(new Section(source, bySource.get(source)));
            }
        }
        return sections;
    }

    private static boolean isMember(PatuhUser user, String entityCode) {
        return (user.role() == Role.ENTITY_COORDINATOR || user.role() == Role.UNIT_OPERATOR)
                && user.entityCode().equals(entityCode);
    }

    /** A refusal the user can act on is shown on the page it came from; scope errors stay errors. */
    private static void keep(DomainException refused, RedirectAttributes flash) {
        if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
            throw refused;
        }
        flash.addFlashAttribute("problem", refused);
    }

    static String base(String entityCode) {
        return "/workspace/improvement/" + segment(entityCode);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
