package id.patuh.reports.internal;

import id.patuh.DomainException;
import id.patuh.PatuhProperties;
import id.patuh.cycle.Cycles;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.results.Determination;
import id.patuh.results.Determinations;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rapor and piagam PDFs of one entity or unit, always from a determined snapshot version: HQ gets the newest version
 * (also while it is embargoed), everyone else the newest published one. A rapor is for HQ and the entity's own users
 * (a unit operator: its unit's); a piagam is public once published.
 */
@Service
public class ReportDocuments {

    private final Determinations determinations;
    private final Cycles cycles;
    private final ReportContents contents;
    private final VerificationCodes codes;
    private final Signatures signatures;
    private final PdfRenderer renderer;
    private final String publicUrl;
    private final Clock clock;

    ReportDocuments(Determinations determinations, Cycles cycles, ReportContents contents, VerificationCodes codes,
                    Signatures signatures, PdfRenderer renderer, PatuhProperties properties, Clock clock) {
        this.determinations = determinations;
        this.cycles = cycles;
        this.contents = contents;
        this.codes = codes;
        this.signatures = signatures;
        this.renderer = renderer;
        this.publicUrl = trimmed(properties.publicUrl());
        this.clock = clock;
    }

    /** The snapshot version a reader may use: refused, with the reason, when the cycle has no determined results. */
    public Determination versionFor(int year, PatuhUser reader) {
        cycles.require(year);
        if (reader != null && reader.isAdmin()) {
            return determinations.current(year)
                    .orElseThrow(() -> DomainException.conflict("reports.notDetermined", year));
        }
        // Others cannot tell an embargoed determination from none: both are "not published" (404), as for results.
        return determinations.published(year)
                .orElseThrow(() -> DomainException.notFound("reports.notPublished", year));
    }

    /** A rapor as PDF bytes. */
    public byte[] rapor(int year, String entityCode, String unitCode, PatuhUser reader, Locale locale) {
        requireOwnUsers(reader, entityCode, unitCode);
        Determination version = versionFor(year, reader);
        return rapor(version, entityCode, unitCode, locale);
    }

    /** A piagam as PDF bytes; {@code reader} is null for an anonymous caller. */
    public byte[] certificate(int year, String entityCode, String unitCode, PatuhUser reader, Locale locale) {
        Determination version = versionFor(year, reader);
        return certificate(version, entityCode, unitCode, locale);
    }

    byte[] rapor(Determination version, String entityCode, String unitCode, Locale locale) {
        ReportContents.Rapor rapor = contents.rapor(version, entityCode, unitCode, locale);
        VerificationCodes.Subject code = codes.issue(version.year(), version.version(), entityCode, unitCode);
        Map<String, Object> model = new HashMap<>();
        model.put("r", rapor);
        model.put("code", code);
        model.put("verifyUrl", verifyUrl(code));
        model.put("generatedOn", LocalDate.now(clock));
        return renderer.render("rapor", model, locale);
    }

    byte[] certificate(Determination version, String entityCode, String unitCode, Locale locale) {
        ReportContents.Certificate certificate = contents.certificate(version, entityCode, unitCode);
        VerificationCodes.Subject code = codes.issue(version.year(), version.version(), entityCode, unitCode);
        Map<String, Object> model = new HashMap<>();
        model.put("c", certificate);
        model.put("code", code);
        model.put("verifyUrl", verifyUrl(code));
        model.put("qr", QrCodes.pngDataUri(verifyUrl(code)));
        model.put("signature", signatures.current().orElse(null));
        return renderer.render("certificate", model, locale);
    }

    /** The public verification address of a code, under the configured public URL (never the request's host). */
    public String verifyUrl(VerificationCodes.Subject code) {
        return publicUrl + "/verify/" + code.printed();
    }

    /** An entity's determined year, with the units whose documents the reader may open. */
    public record Available(int year, int version, ReportContents.Certificate entity,
                            java.util.List<ReportContents.Certificate> units) {
    }

    /**
     * The documents an entity's own user can open: every published year in which the entity was determined, with its
     * units (a unit operator: only its unit), newest year first.
     */
    public java.util.List<Available> availableTo(PatuhUser reader) {
        if (reader == null || reader.entityCode() == null
                || !(reader.role() == Role.ENTITY_COORDINATOR || reader.role() == Role.UNIT_OPERATOR)) {
            return java.util.List.of();
        }
        java.util.List<Available> available = new java.util.ArrayList<>();
        for (int year : determinations.publishedYears()) {
            Determination version = determinations.published(year).orElseThrow();
            ReportContents.Certificate entity = contents.resultIn(version, reader.entityCode(), null);
            if (entity == null) {
                continue;
            }
            java.util.List<ReportContents.Certificate> units = contents.unitsOf(version, reader.entityCode()).stream()
                    .filter(u -> reader.role() != Role.UNIT_OPERATOR || u.unitCode().equals(reader.unitCode()))
                    .toList();
            available.add(new Available(year, version.version(), entity, units));
        }
        return available;
    }

    /** What the public verification page shows for a code; empty when the code is unknown or not yet public. */
    public Optional<Verification> verify(String typed) {
        Optional<VerificationCodes.Subject> found = codes.find(typed);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VerificationCodes.Subject subject = found.get();
        Optional<Determination> published = determinations.published(subject.year());
        // A code printed from an embargoed version stays "not found" until that version is public.
        if (published.isEmpty() || published.get().version() < subject.version()) {
            return Optional.empty();
        }
        Determination issuedIn = published.get().version() == subject.version() ? published.get()
                : determinations.current(subject.year()).filter(d -> d.version() == subject.version())
                .orElseGet(() -> version(subject.year(), subject.version(), published.get()));
        ReportContents.Certificate then = contents.resultIn(issuedIn, subject.entityCode(), subject.unitCode());
        ReportContents.Certificate now = contents.resultIn(published.get(), subject.entityCode(), subject.unitCode());
        var errata = published.get().errata().stream().filter(e -> e.version() > subject.version()).toList();
        return Optional.of(new Verification(subject, then, now, published.get(), errata));
    }

    /**
     * An older version's header. {@link Determinations} serves the newest and the published one; the errata list of the
     * published version carries each later version's number, and the snapshot read only needs year, version and
     * methodology, which an erratum keeps (a cycle's methodology never changes).
     */
    private static Determination version(int year, int version, Determination published) {
        return new Determination(year, version, null, null, null, published.methodologyId(), null, null,
                published.errata().stream().filter(e -> e.version() <= version).toList());
    }

    /** A verification: the document's subject, its result as issued, the current published result and the errata since. */
    public record Verification(VerificationCodes.Subject subject, ReportContents.Certificate issued,
                               ReportContents.Certificate current, Determination currentVersion,
                               java.util.List<id.patuh.results.Erratum> errataSince) {

        /** Whether an erratum replaced the version the document was made from. */
        public boolean superseded() {
            return !errataSince.isEmpty();
        }
    }

    private static void requireOwnUsers(PatuhUser reader, String entityCode, String unitCode) {
        if (reader == null) {
            throw DomainException.forbidden("reports.rapor.forbidden");
        }
        if (reader.isAdmin()) {
            return;
        }
        boolean own = (reader.role() == Role.ENTITY_COORDINATOR && entityCode.equals(reader.entityCode()))
                || (reader.role() == Role.UNIT_OPERATOR && entityCode.equals(reader.entityCode())
                && reader.unitCode() != null && reader.unitCode().equals(unitCode));
        if (!own) {
            throw DomainException.forbidden("reports.rapor.forbidden");
        }
    }

    private static String trimmed(String url) {
        String base = url == null || url.isBlank() ? "http://localhost:8080" : url.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
