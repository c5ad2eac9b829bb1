package id.patuh.registry.web;

import id.patuh.DomainException;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.registry.RegionalOffice;
import id.patuh.registry.RegionalOffices;
import id.patuh.registry.ServiceUnit;
import id.patuh.registry.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Browsing the registry (public) and editing it (HQ): entities, units, products, provinces and offices. */
@Controller
class RegistryPages {

    static final int PAGE_SIZE = 50;

    private final Entities entities;
    private final Provinces provinces;
    private final RegionalOffices offices;

    RegistryPages(Entities entities, Provinces provinces, RegionalOffices offices) {
        this.entities = entities;
        this.provinces = provinces;
        this.offices = offices;
    }

    record EntityForm(@NotBlank @Size(max = 30) String code, @NotBlank @Size(max = 200) String name, @NotNull EntityType type) {
    }

    record RenameForm(@NotBlank @Size(max = 200) String name) {
    }

    record UnitForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name, @NotNull UnitKind kind) {
    }

    record ProductForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name) {
    }

    record OfficeForm(@NotBlank @Size(max = 200) String name, @Size(max = 100) String city, List<String> provinceCodes) {
    }

    @GetMapping("/entities")
    String list(@RequestParam(required = false) EntityType type, @RequestParam(required = false) String province,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<EntitySummary> found = entities.search(new EntitySearch(type, blankToNull(province), q));
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("results", found.subList((current - 1) * PAGE_SIZE, Math.min(found.size(), current * PAGE_SIZE)));
        model.addAttribute("total", found.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("type", type);
        model.addAttribute("province", blankToNull(province));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("types", EntityType.values());
        model.addAttribute("provinces", provinces.all());
        model.addAttribute("provinceNames", provinceNames());
        model.addAttribute("pageQuery", "type=" + (type == null ? "" : type.name()) + "&province="
                + (province == null ? "" : UriUtils.encode(province, StandardCharsets.UTF_8)) + "&q="
                + UriUtils.encode(q == null ? "" : q, StandardCharsets.UTF_8));
        return htmx != null ? "registry/entities :: results" : "registry/entities";
    }

    @GetMapping("/entities/{code}")
    String entity(@PathVariable String code, Model model) {
        Entity entity = entities.require(code);
        model.addAttribute("entity", entity);
        model.addAttribute("office", entity.province() == null ? null
                : offices.coveringProvince(entity.province().code()).orElse(null));
        return "registry/entity";
    }

    @GetMapping("/provinces")
    String provinces(Model model) {
        Map<String, Long> counts = entities.search(EntitySearch.all()).stream()
                .filter(e -> e.provinceCode() != null)
                .collect(Collectors.groupingBy(EntitySummary::provinceCode, Collectors.counting()));
        Map<String, RegionalOffice> officeByProvince = offices.all().stream()
                .flatMap(o -> o.provinceCodes().stream().map(p -> Map.entry(p, o)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        model.addAttribute("provinces", provinces.all());
        model.addAttribute("counts", counts);
        model.addAttribute("officeByProvince", officeByProvince);
        return "registry/provinces";
    }

    @GetMapping("/workspace/entities/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newEntity(Model model) {
        model.addAttribute("form", new EntityForm("", "", EntityType.KEMENTERIAN));
        return "registry/entity-form";
    }

    @PostMapping("/workspace/entities/new")
    @PreAuthorize("hasRole('ADMIN')")
    String addEntity(@Valid @ModelAttribute("form") EntityForm form, BindingResult errors, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                EntitySummary added = entities.addCentralEntity(form.code(), form.name(), form.type());
                flash.addFlashAttribute("notice", "registry.entity.added");
                return "redirect:/entities/" + UriUtils.encodePathSegment(added.code(), StandardCharsets.UTF_8);
            } catch (DomainException e) {
                reject(errors, e, "code");
            }
        }
        return "registry/entity-form";
    }

    @GetMapping("/workspace/entities/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editEntity(@PathVariable String code, Model model) {
        Entity entity = entities.require(code);
        model.addAttribute("entity", entity);
        model.addAttribute("form", new RenameForm(entity.name()));
        return "registry/entity-edit";
    }

    @PostMapping("/workspace/entities/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String renameEntity(@PathVariable String code, @Valid @ModelAttribute("form") RenameForm form, BindingResult errors,
                        Model model, RedirectAttributes flash) {
        Entity entity = entities.require(code);
        if (!errors.hasErrors()) {
            try {
                entities.rename(code, form.name());
                flash.addFlashAttribute("notice", "registry.entity.saved");
                return "redirect:/entities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
            } catch (DomainException e) {
                reject(errors, e, "name");
            }
        }
        model.addAttribute("entity", entity);
        return "registry/entity-edit";
    }

    @GetMapping("/workspace/entities/{code}/units/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newUnit(@PathVariable String code, Model model) {
        model.addAttribute("entity", entities.require(code));
        model.addAttribute("form", new UnitForm("", "", UnitKind.OTHER));
        model.addAttribute("creating", true);
        model.addAttribute("kinds", UnitKind.values());
        return "registry/unit-form";
    }

    @GetMapping("/workspace/entities/{code}/units/{unitCode}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editUnit(@PathVariable String code, @PathVariable String unitCode, Model model) {
        ServiceUnit unit = entities.requireUnit(code, unitCode);
        model.addAttribute("entity", entities.require(code));
        model.addAttribute("unit", unit);
        model.addAttribute("form", new UnitForm(unit.code(), unit.name(), unit.kind()));
        model.addAttribute("creating", false);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("productForm", new ProductForm("", ""));
        return "registry/unit-form";
    }

    @PostMapping({"/workspace/entities/{code}/units/new", "/workspace/entities/{code}/units/{unitCode}/edit"})
    @PreAuthorize("hasRole('ADMIN')")
    String saveUnit(@PathVariable String code, @PathVariable(required = false) String unitCode,
                    @Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
                    RedirectAttributes flash) {
        Entity entity = entities.require(code);
        boolean creating = unitCode == null;
        if (creating && !errors.hasFieldErrors("code") && entities.findUnit(code, form.code().trim()).isPresent()) {
            errors.rejectValue("code", "registry.unit.exists", new Object[]{form.code().trim()}, null);
        }
        if (!errors.hasErrors()) {
            try {
                entities.saveUnit(code, creating ? form.code().trim() : unitCode, form.name(), form.kind());
                flash.addFlashAttribute("notice", "registry.unit.saved");
                return "redirect:/entities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
            } catch (DomainException e) {
                reject(errors, e, "code");
            }
        }
        model.addAttribute("entity", entity);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", UnitKind.values());
        if (!creating) {
            model.addAttribute("unit", entities.requireUnit(code, unitCode));
            model.addAttribute("productForm", new ProductForm("", ""));
        }
        return "registry/unit-form";
    }

    @PostMapping("/workspace/entities/{code}/units/{unitCode}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeUnit(@PathVariable String code, @PathVariable String unitCode, RedirectAttributes flash) {
        entities.removeUnit(code, unitCode);
        flash.addFlashAttribute("notice", "registry.unit.removed");
        return "redirect:/entities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    @PostMapping("/workspace/entities/{code}/units/{unitCode}/products")
    @PreAuthorize("hasRole('ADMIN')")
    String addProduct(@PathVariable String code, @PathVariable String unitCode,
                      @Valid @ModelAttribute("productForm") ProductForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        ServiceUnit unit = entities.requireUnit(code, unitCode);
        if (!errors.hasErrors()) {
            try {
                entities.saveProduct(code, unitCode, form.code().trim(), form.name());
                flash.addFlashAttribute("notice", "registry.product.saved");
                return "redirect:/workspace/entities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8)
                        + "/units/" + UriUtils.encodePathSegment(unitCode, StandardCharsets.UTF_8) + "/edit";
            } catch (DomainException e) {
                reject(errors, e, "code");
            }
        }
        model.addAttribute("entity", entities.require(code));
        model.addAttribute("unit", unit);
        model.addAttribute("form", new UnitForm(unit.code(), unit.name(), unit.kind()));
        model.addAttribute("creating", false);
        model.addAttribute("kinds", UnitKind.values());
        return "registry/unit-form";
    }

    @PostMapping("/workspace/entities/{code}/units/{unitCode}/products/{productCode}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeProduct(@PathVariable String code, @PathVariable String unitCode, @PathVariable String productCode,
                         RedirectAttributes flash) {
        entities.removeProduct(code, unitCode, productCode);
        flash.addFlashAttribute("notice", "registry.product.removed");
        return "redirect:/workspace/entities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8)
                + "/units/" + UriUtils.encodePathSegment(unitCode, StandardCharsets.UTF_8) + "/edit";
    }

    @GetMapping("/workspace/offices")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    String offices(Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("provinceNames", provinceNames());
        return "registry/offices";
    }

    @GetMapping("/workspace/offices/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editOffice(@PathVariable String code, Model model) {
        RegionalOffice office = offices.require(code);
        model.addAttribute("office", office);
        model.addAttribute("form", new OfficeForm(office.name(), office.city(), office.provinceCodes()));
        model.addAttribute("provinces", provinces.all());
        return "registry/office-form";
    }

    @PostMapping("/workspace/offices/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String saveOffice(@PathVariable String code, @Valid @ModelAttribute("form") OfficeForm form, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        RegionalOffice office = offices.require(code);
        if (!errors.hasErrors()) {
            try {
                offices.update(code, form.name(), form.city(), form.provinceCodes() == null ? List.of() : form.provinceCodes());
                flash.addFlashAttribute("notice", "registry.office.saved");
                return "redirect:/workspace/offices";
            } catch (DomainException e) {
                reject(errors, e, "provinceCodes");
            }
        }
        model.addAttribute("office", office);
        model.addAttribute("provinces", provinces.all());
        return "registry/office-form";
    }

    private Map<String, String> provinceNames() {
        return provinces.all().stream().collect(Collectors.toMap(Province::code, Province::name));
    }

    private static void reject(BindingResult errors, DomainException e, String defaultField) {
        if (e.kind() == DomainException.Kind.INVALID || e.kind() == DomainException.Kind.CONFLICT) {
            errors.rejectValue(e.field() != null ? e.field() : defaultField, e.messageKey(), e.arguments(), null);
        } else {
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
