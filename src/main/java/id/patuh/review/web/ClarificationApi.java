package id.patuh.review.web;

import id.patuh.identity.CurrentUser;
import id.patuh.review.Clarification;
import id.patuh.review.ClarificationDecision;
import id.patuh.review.Clarifications;
import id.patuh.review.CounterEvidence;
import id.patuh.review.NewClarification;
import id.patuh.review.NewCounterEvidence;
import id.patuh.review.ProvisionalResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The right of reply over JSON: an entity's provisional results with findings, its clarifications, filing and
 * counter-evidence (its coordinator), decisions (the office head of its province or HQ), and the decision queue.
 */
@RestController
@RequestMapping("/api/v1/cycles/{year}")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Clarifications", description = "The entity's right of reply on provisional findings, and its decisions")
class ClarificationApi {

    private final Clarifications clarifications;
    private final CurrentUser currentUser;

    ClarificationApi(Clarifications clarifications, CurrentUser currentUser) {
        this.clarifications = clarifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/entities/{entityCode}/provisional-results")
    @Operation(summary = "The entity's live results with each verified unit's findings (answers below the top of the "
            + "scale) and the clarification window; for users whose scope covers the entity")
    ProvisionalResults provisional(@PathVariable int year, @PathVariable String entityCode) {
        return clarifications.provisional(currentUser.require(), year, entityCode);
    }

    @GetMapping("/entities/{entityCode}/clarifications")
    @Operation(summary = "The entity's clarifications and decisions, newest first")
    List<Clarification> list(@PathVariable int year, @PathVariable String entityCode) {
        return clarifications.list(currentUser.require(), year, entityCode);
    }

    @GetMapping("/entities/{entityCode}/clarifications/{id}")
    @Operation(summary = "One clarification with its counter-evidence and decision")
    Clarification get(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id) {
        return clarifications.get(currentUser.require(), year, entityCode, id);
    }

    @PostMapping("/entities/{entityCode}/clarifications")
    @PreAuthorize("hasRole('ENTITY_COORDINATOR')")
    @Operation(summary = "The entity's coordinator files a clarification on one finding {unitCode, indicator, product?, "
            + "respondent, statement} within the CLARIFICATION window; 409 after the deadline (named in the message) or "
            + "while one is open on the same answer; 400 for an item without a finding or outside the instrument")
    ResponseEntity<Clarification> file(@PathVariable int year, @PathVariable String entityCode,
                                       @RequestBody NewClarification request) {
        Clarification filed = clarifications.file(currentUser.require(), year, entityCode, request, null);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(filed.id()).toUri()).body(filed);
    }

    @PostMapping(path = "/entities/{entityCode}/clarifications/{id}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ENTITY_COORDINATOR')")
    @Operation(summary = "Adds a counter-evidence file (JPEG, PNG, WebP or PDF told from its content, within the "
            + "evidence size limit) to an open clarification, before the deadline")
    ResponseEntity<CounterEvidence> addEvidence(@PathVariable int year, @PathVariable String entityCode,
                                                @PathVariable long id, @RequestPart("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(clarifications.addEvidence(currentUser.require(),
                    year, entityCode, id, new NewCounterEvidence(content, file.getOriginalFilename())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    @GetMapping("/entities/{entityCode}/clarifications/{id}/evidence/{evidenceId}")
    @Operation(summary = "A counter-evidence file, shown inline with its media type")
    ResponseEntity<Resource> evidence(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id,
                                      @PathVariable long evidenceId) {
        return file(clarifications, currentUser, year, entityCode, id, evidenceId);
    }

    @PostMapping("/entities/{entityCode}/clarifications/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "Decides an open clarification {accepted, level, reason}: accepted changes the answer to "
            + "level through the audited save; rejected needs a reason; 409 when already decided or once "
            + "determination has begun")
    Clarification decide(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id,
                         @RequestBody ClarificationDecision decision) {
        return clarifications.decide(currentUser.require(), year, entityCode, id, decision);
    }

    @GetMapping("/clarifications")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "Open clarifications the caller decides (an office head: its provinces), oldest first")
    List<Clarification> queue(@PathVariable int year) {
        return clarifications.queue(currentUser.require(), year);
    }

    /** The file with its checked type; shared with the pages, whose session the stateless API door would not see. */
    static ResponseEntity<Resource> file(Clarifications clarifications, CurrentUser currentUser, int year,
                                         String entityCode, long id, long evidenceId) {
        var user = currentUser.require();
        CounterEvidence file = clarifications.evidence(user, year, entityCode, id, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(clarifications.evidenceContent(user, year, entityCode, id, evidenceId)));
    }
}
