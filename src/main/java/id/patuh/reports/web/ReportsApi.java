package id.patuh.reports.web;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.reports.internal.ReportBundles;
import id.patuh.reports.internal.ReportDocuments;
import id.patuh.reports.internal.Signatures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/** Rapor and piagam PDFs, the certificate signature block and bulk ZIP jobs. */
@RestController
class ReportsApi {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final ReportDocuments documents;
    private final Signatures signatures;
    private final ReportBundles bundles;
    private final CurrentUser currentUser;

    ReportsApi(ReportDocuments documents, Signatures signatures, ReportBundles bundles, CurrentUser currentUser) {
        this.documents = documents;
        this.signatures = signatures;
        this.bundles = bundles;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/cycles/{year}/entities/{code}/rapor.pdf")
    ResponseEntity<byte[]> entityRapor(@PathVariable int year, @PathVariable String code) {
        return pdf(documents.rapor(year, code, null, currentUser.get().orElse(null), LocaleContextHolder.getLocale()),
                "rapor-" + year + "-" + code + ".pdf", false);
    }

    @GetMapping("/api/v1/cycles/{year}/entities/{code}/units/{unitCode}/rapor.pdf")
    ResponseEntity<byte[]> unitRapor(@PathVariable int year, @PathVariable String code, @PathVariable String unitCode) {
        return pdf(documents.rapor(year, code, unitCode, currentUser.get().orElse(null), LocaleContextHolder.getLocale()),
                "rapor-" + year + "-" + code + "-" + unitCode + ".pdf", false);
    }

    @GetMapping("/api/v1/cycles/{year}/entities/{code}/certificate.pdf")
    ResponseEntity<byte[]> entityCertificate(@PathVariable int year, @PathVariable String code) {
        PatuhUser reader = currentUser.get().orElse(null);
        return pdf(documents.certificate(year, code, null, reader, LocaleContextHolder.getLocale()),
                "piagam-" + year + "-" + code + ".pdf", reader == null);
    }

    @GetMapping("/api/v1/cycles/{year}/entities/{code}/units/{unitCode}/certificate.pdf")
    ResponseEntity<byte[]> unitCertificate(@PathVariable int year, @PathVariable String code, @PathVariable String unitCode) {
        PatuhUser reader = currentUser.get().orElse(null);
        return pdf(documents.certificate(year, code, unitCode, reader, LocaleContextHolder.getLocale()),
                "piagam-" + year + "-" + code + "-" + unitCode + ".pdf", reader == null);
    }

    /** The signature block as stored, without the image bytes. */
    record SignatureView(String name, String title, String imageMediaType, String updatedBy, OffsetDateTime updatedAt) {
    }

    @GetMapping("/api/v1/report-signature")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SignatureView> signature() {
        return signatures.current().map(s -> ResponseEntity.ok(view(s))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping(value = "/api/v1/report-signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    SignatureView replaceSignature(@RequestParam(required = false) String name, @RequestParam(required = false) String title,
                                   @RequestParam(required = false) MultipartFile image,
                                   @RequestParam(defaultValue = "false") boolean removeImage) throws IOException {
        byte[] bytes = image == null || image.isEmpty() ? null : image.getBytes();
        return view(signatures.replace(name, title, bytes, removeImage, currentUser.require()));
    }

    /** Which province to bundle; none means the whole country. */
    record BundleRequest(String provinceCode) {
    }

    @PostMapping("/api/v1/cycles/{year}/report-bundles")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ResponseEntity<ReportBundles.Bundle> startBundle(@PathVariable int year, @RequestBody(required = false) BundleRequest request) {
        ReportBundles.Bundle bundle = bundles.start(year, request == null ? null : request.provinceCode(),
                currentUser.require(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/v1/report-bundles/" + bundle.id()).body(bundle);
    }

    @GetMapping("/api/v1/report-bundles")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    List<ReportBundles.Bundle> bundles() {
        return bundles.list(currentUser.require());
    }

    @GetMapping("/api/v1/report-bundles/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ReportBundles.Bundle bundle(@PathVariable long id) {
        return bundles.require(id, currentUser.require());
    }

    @GetMapping("/api/v1/report-bundles/{id}/download")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ResponseEntity<Resource> download(@PathVariable long id) {
        PatuhUser reader = currentUser.require();
        var zip = bundles.zip(id, reader);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bundles.require(id, reader).fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(zip));
    }

    private static SignatureView view(Signatures.Signature s) {
        return new SignatureView(s.name(), s.title(), s.imageMediaType(), s.updatedBy(), s.updatedAt());
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name, boolean publicCopy) {
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // A rapor is private; a public certificate may be cached briefly (an erratum changes it).
                .cacheControl(publicCopy ? CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic()
                        : CacheControl.noStore())
                .body(bytes);
    }
}
