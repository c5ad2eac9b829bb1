package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.fieldwork.EvidenceFiles;
import id.patuh.storage.FileStore;
import id.patuh.storage.FileTooLargeException;
import id.patuh.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
 * The workspace's evidence files (for self-assessment answers and completed actions), kept apart from the official
 * evidence table but under the official rules: type told from the bytes (JPEG, PNG, WebP, PDF), the same size limit
 * ({@code PATUH_EVIDENCE_MAX_BYTES}), the same content-addressed file store. A refused file leaves nothing behind.
 */
@Component
class EvidenceKeeper {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final EvidenceFiles official;

    EvidenceKeeper(JdbcClient jdbc, FileStore store, EvidenceFiles official) {
        this.jdbc = jdbc;
        this.store = store;
        this.official = official;
    }

    long maxBytes() {
        return official.maxBytes();
    }

    /** Checks and stores the file, and records it for a round's unit answer or for an action (exactly one given). */
    EvidenceRef keep(String entityCode, String unitCode, Long roundId, Long actionId, String indicator,
                     String originalName, InputStream content, String uploadedBy) {
        byte[] header;
        try {
            header = content.readNBytes(EvidenceFiles.headerBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
        if (header.length == 0) {
            throw DomainException.invalidField("file", "improvement.evidence.empty");
        }
        String mediaType = EvidenceFiles.acceptedMediaType(header)
                .orElseThrow(() -> DomainException.invalidField("file", "improvement.evidence.unsupportedType"));
        StoredFile stored;
        try {
            stored = store.put(new SequenceInputStream(new ByteArrayInputStream(header), content), maxBytes());
        } catch (FileTooLargeException e) {
            throw DomainException.invalidField("file", "improvement.evidence.tooLarge", megabytes(maxBytes()));
        }
        return jdbc.sql("""
                        insert into improvement_evidence (entity_code, unit_code, round_id, action_id, indicator_code,
                            file_key, sha256, size_bytes, media_type, original_name, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning""" + " " + COLUMNS)
                .params(entityCode, unitCode, roundId, actionId, indicator, stored.key(), stored.sha256(), stored.size(),
                        mediaType, name(originalName, mediaType), uploadedBy)
                .query(EvidenceKeeper::ref).single();
    }

    List<EvidenceRef> ofRound(long roundId, String unitCode) {
        return jdbc.sql("select " + COLUMNS + " from improvement_evidence where round_id = ? and unit_code = ? order by id")
                .params(roundId, unitCode).query(EvidenceKeeper::ref).list();
    }

    List<EvidenceRef> ofRound(long roundId) {
        return jdbc.sql("select " + COLUMNS + " from improvement_evidence where round_id = ? order by id")
                .param(roundId).query(EvidenceKeeper::ref).list();
    }

    List<EvidenceRef> ofAction(long actionId) {
        return jdbc.sql("select " + COLUMNS + " from improvement_evidence where action_id = ? order by id")
                .param(actionId).query(EvidenceKeeper::ref).list();
    }

    /** One file of the entity, with the round or action it belongs to; unknown ids and other entities' files alike 404. */
    Owned require(String entityCode, long id) {
        return jdbc.sql("select " + COLUMNS + ", round_id, action_id from improvement_evidence where id = ? and entity_code = ?")
                .params(id, entityCode)
                .query((rs, n) -> new Owned(ref(rs, n), (Long) rs.getObject("round_id"), (Long) rs.getObject("action_id")))
                .optional()
                .orElseThrow(() -> DomainException.notFound("improvement.evidence.notFound", id));
    }

    InputStream content(EvidenceRef evidence) {
        String key = jdbc.sql("select file_key from improvement_evidence where id = ?").param(evidence.id())
                .query(String.class).single();
        return store.open(key);
    }

    /** A file with what it is evidence of. */
    record Owned(EvidenceRef ref, Long roundId, Long actionId) {
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " B";
    }

    private static String name(String originalName, String mediaType) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "bukti." + switch (mediaType) {
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                case "image/webp" -> "webp";
                default -> "pdf";
            };
        }
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    private static final String COLUMNS = """
            id, unit_code, indicator_code, original_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at""";

    private static EvidenceRef ref(ResultSet rs, int n) throws SQLException {
        return new EvidenceRef(rs.getLong("id"), rs.getString("unit_code"), rs.getString("indicator_code"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
