package id.patuh.fieldwork;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.internal.FileSignatures;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.ServiceUnit;
import id.patuh.storage.FileStore;
import id.patuh.storage.FileTooLargeException;
import id.patuh.storage.StoredFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Evidence files of a unit — photos (JPEG, PNG, WebP) and PDFs — kept through the {@link FileStore} port with their
 * SHA-256 and the server's time. The type is told from the bytes, never from the name or the sender's claim; an empty,
 * oversized or unaccepted file is refused and leaves nothing stored.
 */
@Service
public class EvidenceFiles {

    static final int MAX_NAME_LENGTH = 255;

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final Methodologies methodologies;
    private final Entities entities;
    private final FileStore store;
    private final ApplicationEventPublisher events;
    // Looked up on use, as in Answers: the gate (review) reads results, which read answers.
    private final ObjectProvider<CaptureGate> gate;
    private final long maxBytes;

    EvidenceFiles(JdbcClient jdbc, Cycles cycles, Methodologies methodologies, Entities entities, FileStore store,
                  ApplicationEventPublisher events, ObjectProvider<CaptureGate> gate, EvidenceSettings settings) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.entities = entities;
        this.store = store;
        this.events = events;
        this.gate = gate;
        this.maxBytes = settings.maxBytes();
    }

    /**
     * The media type evidence starting with {@code header} is accepted as — JPEG, PNG, WebP or PDF, told from the
     * bytes — or empty; other modules keeping evidence (self-assessment) apply the same rule.
     */
    public static java.util.Optional<String> acceptedMediaType(byte[] header) {
        return FileSignatures.mediaType(header);
    }

    /** How many leading bytes {@link #acceptedMediaType} needs. */
    public static int headerBytes() {
        return FileSignatures.HEADER_BYTES;
    }

    /** The largest evidence file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Adds an evidence file to a unit, which joins the cycle's locus. The unit must be editable for the uploader (as
     * for answers); the content is read once, checked and stored, and is not closed here.
     */
    @Transactional
    public EvidenceFile add(int year, String entityCode, String unitCode, NewEvidence evidence, InputStream content,
                            String uploadedBy, boolean headquarters) {
        Cycle cycle = cycles.requireUndetermined(year);
        ServiceUnit unit = entities.requireUnit(entityCode, unitCode);
        String indicator = blankToNull(evidence.indicator());
        if (indicator != null) {
            Methodology methodology = methodologies.require(cycle.methodologyId());
            indicator = methodology.indicator(indicator).map(Indicator::code)
                    .orElseThrow(() -> DomainException.invalidField("indicator", "fieldwork.answer.unknownIndicator",
                            evidence.indicator(), methodology.id()));
        }
        String product = blankToNull(evidence.product());
        if (product != null && unit.products().stream().noneMatch(p -> p.code().equals(product))) {
            throw DomainException.invalidField("product", "fieldwork.evidence.unknownProduct", unitCode, product);
        }
        Integer respondent = evidence.respondent();
        if (respondent != null && (respondent < 1 || respondent > 1000)) {
            throw DomainException.invalidField("respondent", "fieldwork.answer.respondentOutOfRange", respondent);
        }
        cycles.joinLocus(year, entityCode, unitCode);
        gate.getObject().requireEditable(year, entityCode, unitCode, headquarters);

        AcceptedFile accepted = accept(content, evidence.originalName());
        String mediaType = accepted.mediaType();
        String name = accepted.name();
        EvidenceFile added = jdbc.sql("""
                        insert into evidence (year, entity_code, unit_code, indicator_code, product_code, respondent,
                                              file_key, sha256, size_bytes, media_type, original_name, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + " returning " + COLUMNS)
                .params(year, entityCode, unitCode, indicator, product, respondent, accepted.key(), accepted.sha256(),
                        accepted.size(), mediaType, name, uploadedBy)
                .query(EvidenceFiles::evidence).single();
        events.publishEvent(new EvidenceAdded(added.id(), year, entityCode, unitCode, indicator, product, respondent,
                added.sha256(), mediaType, added.size(), name, uploadedBy));
        return added;
    }

    /**
     * Checks and stores a photo or PDF under the evidence rules — type from the first bytes (JPEG, PNG, WebP, PDF),
     * not empty, at most {@link #maxBytes()} — for evidence kept elsewhere (an entity's counter-evidence to a
     * clarification). Refused files leave nothing stored; the content is read, not closed.
     */
    public AcceptedFile accept(InputStream content, String originalName) {
        byte[] header = readHeader(content);
        if (header.length == 0) {
            throw DomainException.invalidField("file", "fieldwork.evidence.empty");
        }
        String mediaType = FileSignatures.mediaType(header)
                .orElseThrow(() -> DomainException.invalidField("file", "fieldwork.evidence.unsupportedType"));
        // The bytes are stored after every check that can refuse the upload. Should the caller's insert still fail, the
        // stored file stays unreferenced: harmless, as files are only ever served through a row.
        StoredFile stored;
        try {
            stored = store.put(new SequenceInputStream(new ByteArrayInputStream(header), content), maxBytes);
        } catch (FileTooLargeException e) {
            throw DomainException.invalidField("file", "fieldwork.evidence.tooLarge", readable(maxBytes));
        }
        return new AcceptedFile(stored.key(), stored.sha256(), stored.size(), mediaType, name(originalName, mediaType));
    }

    /** The bytes of a file {@link #accept} stored; the caller closes the stream. */
    public InputStream open(AcceptedFile file) {
        return store.open(file.key());
    }

    /** A unit's evidence files, oldest first. */
    public List<EvidenceFile> ofUnit(int year, String entityCode, String unitCode) {
        cycles.require(year);
        return jdbc.sql("select " + COLUMNS + " from evidence where year = ? and entity_code = ? and unit_code = ? order by id")
                .params(year, entityCode, unitCode).query(EvidenceFiles::evidence).list();
    }

    /** One evidence file of the unit; an id of another unit is as unknown as one that does not exist. */
    public EvidenceFile require(int year, String entityCode, String unitCode, long id) {
        cycles.require(year);
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ? and year = ? and entity_code = ? and unit_code = ?")
                .params(id, year, entityCode, unitCode).query(EvidenceFiles::evidence).optional()
                .orElseThrow(() -> DomainException.notFound("fieldwork.evidence.notFound", id, unitCode, entityCode));
    }

    /** The bytes of an evidence file found with {@link #require}; the caller closes the stream. */
    public InputStream content(EvidenceFile evidence) {
        String key = jdbc.sql("select file_key from evidence where id = ?").param(evidence.id())
                .query(String.class).single();
        return store.open(key);
    }

    private static final String COLUMNS = """
            id, indicator_code, product_code, respondent, sha256, media_type, size_bytes, original_name, uploaded_by,
            uploaded_at""";

    private static EvidenceFile evidence(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("product_code"),
                (Integer) rs.getObject("respondent"), rs.getString("sha256"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("original_name"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static byte[] readHeader(InputStream content) {
        try {
            return content.readNBytes(FileSignatures.HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
    }

    /**
     * The sender's file name without any folder part (some browsers send a whole path) or control characters,
     * shortened to fit; a file sent without a name gets one from its type.
     */
    static String name(String originalName, String mediaType) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence." + switch (mediaType) {
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                case "image/webp" -> "webp";
                default -> "pdf";
            };
        }
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        // Never cut between the two halves of a character outside the BMP (an emoji in a phone's file name).
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH;
        return name.substring(0, end);
    }

    /** A byte count as people read a limit: whole MB or KB where it is one, bytes otherwise. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
