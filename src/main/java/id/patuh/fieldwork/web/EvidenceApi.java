package id.patuh.fieldwork.web;

import id.patuh.DomainException;
import id.patuh.fieldwork.EvidenceFile;
import id.patuh.fieldwork.EvidenceFiles;
import id.patuh.fieldwork.NewEvidence;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's evidence files over HTTP: upload (assessors of the unit's province and HQ, while the unit is editable), list
 * and download (HQ, office heads and assessors in scope).
 */
@RestController
@RequestMapping("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/evidence")
@Tag(name = "Evidence", description = "Photos and PDFs supporting a unit's answers")
class EvidenceApi {

    private final EvidenceFiles evidence;
    private final CaptureScope scope;
    private final CurrentUser currentUser;

    EvidenceApi(EvidenceFiles evidence, CaptureScope scope, CurrentUser currentUser,
                @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        // Past the servlet's upload limit a file is refused before it reaches the evidence rules, with a generic
        // message; an evidence limit above it would be one that no upload can ever reach.
        if (!uploadLimit.isNegative() && uploadLimit.toBytes() < evidence.maxBytes()) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + uploadLimit.toBytes()
                    + " bytes) is below patuh.evidence.max-bytes (" + evidence.maxBytes() + " bytes): raise "
                    + "PATUH_UPLOAD_MAX_BYTES above it");
        }
        this.evidence = evidence;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    record EvidenceAddedResponse(long id, String sha256, String mediaType, long size, OffsetDateTime uploadedAt) {
    }

    record EvidenceResponse(long id, String indicator, String product, Integer respondent, String sha256,
                            String mediaType, long size, String name, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    @Operation(summary = "Uploads an evidence file: a JPEG, PNG or WebP photo or a PDF, recognised by its content "
            + "(not its name or declared type), up to patuh.evidence.max-bytes (10 MB by default); 201 with its SHA-256 "
            + "and server time. 400 for an empty, unaccepted or oversized file, 409 when the unit is locked; nothing is "
            + "stored on refusal")
    ResponseEntity<EvidenceAddedResponse> upload(
            @PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Indicator code of the cycle's methodology the file supports")
            @RequestParam(required = false) String indicator,
            @Parameter(description = "Product code of the unit the file supports")
            @RequestParam(required = false) String product,
            @Parameter(description = "Respondent number (1–1000) the file supports")
            @RequestParam(required = false) Integer respondent) {
        PatuhUser user = scope.require(entityCode, unitCode, true);
        EvidenceFile added;
        try (InputStream content = file.getInputStream()) {
            added = evidence.add(year, entityCode, unitCode,
                    new NewEvidence(indicator, product, respondent, file.getOriginalFilename()), content,
                    user.username(), user.isAdmin());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(added.id()).toUri())
                .body(new EvidenceAddedResponse(added.id(), added.sha256(), added.mediaType(), added.size(),
                        added.uploadedAt()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "A unit's evidence files, oldest first")
    List<EvidenceResponse> list(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        scope.require(entityCode, unitCode, false);
        return evidence.ofUnit(year, entityCode, unitCode).stream()
                .map(e -> new EvidenceResponse(e.id(), e.indicator(), e.product(), e.respondent(), e.sha256(),
                        e.mediaType(), e.size(), e.name(), e.uploadedBy(), e.uploadedAt()))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "The file itself, with its media type, shown inline")
    ResponseEntity<Resource> download(@PathVariable int year, @PathVariable String entityCode,
                                      @PathVariable String unitCode, @PathVariable long id) {
        scope.require(entityCode, unitCode, false);
        EvidenceFile file = evidence.require(year, entityCode, unitCode, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                // The type was checked from the bytes when stored; the browser must not guess another one.
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(evidence.content(file)));
    }

}
