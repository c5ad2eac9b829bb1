package id.patuh.methodology.web;

import id.patuh.DomainException;
import id.patuh.methodology.InvalidMethodologyException;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.MethodologySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** HQ's methodology pages: the list, a version as a tree, upload, clone and revision of the YAML. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MethodologyPages {

    private final Methodologies methodologies;

    MethodologyPages(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    @GetMapping("/workspace/methodologies")
    String list(Model model) {
        model.addAttribute("methodologies", methodologies.all());
        return "methodology/list";
    }

    @PostMapping("/workspace/methodologies")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(value = "yaml", required = false) String text, Model model, RedirectAttributes flash)
            throws IOException {
        String yaml = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        try {
            if (yaml == null || yaml.isBlank()) {
                throw DomainException.invalidField("yaml", "methodology.upload.empty");
            }
            MethodologySummary stored = methodologies.upload(yaml);
            flash.addFlashAttribute("notice", "methodology.uploaded");
            return "redirect:/workspace/methodologies/" + stored.id();
        } catch (InvalidMethodologyException e) {
            model.addAttribute("errors", e.errors());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("problem", e);
        }
        model.addAttribute("yaml", yaml);
        model.addAttribute("methodologies", methodologies.all());
        return "methodology/list";
    }

    @GetMapping("/workspace/methodologies/{id}")
    String tree(@PathVariable String id, Model model) {
        model.addAttribute("summary", methodologies.requireSummary(id));
        model.addAttribute("methodology", methodologies.require(id));
        return "methodology/tree";
    }

    @PostMapping("/workspace/methodologies/{id}/clone")
    String copy(@PathVariable String id, @RequestParam String newId, Model model, RedirectAttributes flash) {
        try {
            MethodologySummary copy = methodologies.copy(id, newId.trim());
            flash.addFlashAttribute("notice", "methodology.cloned");
            return "redirect:/workspace/methodologies/" + copy.id() + "/edit";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("cloneProblem", e);
            model.addAttribute("newId", newId);
            return tree(id, model);
        }
    }

    @GetMapping("/workspace/methodologies/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        MethodologySummary summary = methodologies.requireSummary(id);
        model.addAttribute("summary", summary);
        model.addAttribute("yaml", methodologies.yaml(id));
        return "methodology/edit";
    }

    @PostMapping("/workspace/methodologies/{id}/edit")
    String revise(@PathVariable String id, @RequestParam String yaml, Model model, RedirectAttributes flash) {
        try {
            methodologies.revise(id, yaml);
            flash.addFlashAttribute("notice", "methodology.revised");
            return "redirect:/workspace/methodologies/" + id;
        } catch (InvalidMethodologyException e) {
            model.addAttribute("errors", e.errors());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problem", e);
        }
        model.addAttribute("summary", methodologies.requireSummary(id));
        model.addAttribute("yaml", yaml);
        return "methodology/edit";
    }
}
