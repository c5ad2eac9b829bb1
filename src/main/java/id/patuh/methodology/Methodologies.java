package id.patuh.methodology;

import id.patuh.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methodology versions stored in the database. The YAML text is the version; it is validated whole on every
 * write, and a version used by a determined cycle is locked for good so that old results stay reproducible.
 */
@Service
public class Methodologies {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{2,59}");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[ \\t]*\\S.*$");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Methodologies.class);

    private final JdbcClient jdbc;
    private final MethodologyLoader loader = new MethodologyLoader();
    private final Map<String, Methodology> parsed = new ConcurrentHashMap<>();

    Methodologies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MethodologySummary> all() {
        return jdbc.sql(SELECT + " order by first_year, id").query(Methodologies::summary).list();
    }

    public Optional<MethodologySummary> find(String id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Methodologies::summary).optional();
    }

    public MethodologySummary requireSummary(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound("methodology.notFound", id));
    }

    /** The parsed version; parsing is cached by content hash, so an edit is seen at once. */
    public Methodology require(String id) {
        MethodologySummary summary = requireSummary(id);
        return parsed.computeIfAbsent(summary.sha256(), hash -> loader.load(yaml(id)));
    }

    public String yaml(String id) {
        return jdbc.sql("select yaml from methodologies where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("methodology.notFound", id));
    }

    /**
     * Stores a new version from YAML; the whole file is validated first.
     *
     * @throws InvalidMethodologyException with every error and its path when the file is invalid
     */
    @Transactional
    public MethodologySummary upload(String yaml) {
        Methodology methodology = scorable(loader.load(yaml));
        requireNewId(methodology.id());
        insert(methodology, yaml, MethodologySummary.Origin.UPLOADED, null);
        return requireSummary(methodology.id());
    }

    /** Copies a version under a new id, to be edited; the copy records what it was derived from. */
    @Transactional
    public MethodologySummary copy(String sourceId, String newId) {
        String source = yaml(sourceId);
        requireNewId(newId);
        Matcher idLine = ID_LINE.matcher(source);
        if (!idLine.find()) {
            throw DomainException.invalid("methodology.clone.noIdLine", sourceId);
        }
        String yaml = idLine.replaceFirst("id: " + newId);
        Methodology methodology = scorable(loader.load(yaml));
        insert(methodology, yaml, MethodologySummary.Origin.CLONED, sourceId);
        return requireSummary(newId);
    }

    /** Replaces an uploaded or cloned version's YAML, unless it is shipped or locked; the id cannot change. */
    @Transactional
    public MethodologySummary revise(String id, String yaml) {
        MethodologySummary current = requireSummary(id);
        if (current.origin() == MethodologySummary.Origin.SHIPPED) {
            throw DomainException.conflict("methodology.shippedReadOnly", id);
        }
        if (current.locked()) {
            throw DomainException.conflict("methodology.lockedChange", id, current.lockedReason());
        }
        Methodology methodology = scorable(loader.load(yaml));
        if (!methodology.id().equals(id)) {
            throw DomainException.invalidField("id", "methodology.idChanged", id, methodology.id());
        }
        jdbc.sql("""
                        update methodologies set name_id = ?, name_en = ?, first_year = ?, last_year = ?, status = ?,
                               yaml = ?, sha256 = ?, updated_at = now()
                        where id = ? and locked_at is null""")
                .params(methodology.name().id(), methodology.name().en(), methodology.years().firstYear(),
                        methodology.years().lastYear(), methodology.status().name(), yaml, sha256(yaml), id)
                .update();
        return requireSummary(id);
    }

    /**
     * Freezes a version for good: when a cycle starts using it, so every result of that cycle is computed under the
     * same rules (a change is a new version, made by cloning). Locking twice keeps the first reason.
     */
    @Transactional
    public void lock(String id, String reason) {
        requireSummary(id);
        jdbc.sql("update methodologies set locked_at = coalesce(locked_at, now()), locked_reason = coalesce(locked_reason, ?) where id = ?")
                .params(reason, id).update();
    }

    /** Stores a shipped version, or refreshes it when a release changed the file and nothing locked it. */
    @Transactional
    void storeShipped(String yaml) {
        Methodology methodology = loader.load(yaml);
        Optional<MethodologySummary> existing = find(methodology.id());
        if (existing.isEmpty()) {
            insert(methodology, yaml, MethodologySummary.Origin.SHIPPED, null);
        } else if (existing.get().origin() == MethodologySummary.Origin.SHIPPED
                && !existing.get().sha256().equals(sha256(yaml))) {
            if (existing.get().locked()) {
                log.warn("The shipped methodology {} changed in this release but is locked ({}); the stored version is "
                        + "kept. Ship a changed methodology under a new id.", methodology.id(), existing.get().lockedReason());
                return;
            }
            jdbc.sql("""
                            update methodologies set name_id = ?, name_en = ?, first_year = ?, last_year = ?, status = ?,
                                   yaml = ?, sha256 = ?, updated_at = now() where id = ?""")
                    .params(methodology.name().id(), methodology.name().en(), methodology.years().firstYear(),
                            methodology.years().lastYear(), methodology.status().name(), yaml, sha256(yaml),
                            methodology.id())
                    .update();
        }
    }

    /**
     * What the file format allows but the scoring rules do not: results are rounded half-up (domain.md), and every
     * dimension needs at least one indicator for every kind of unit of every type of entity, or such a unit could
     * never be scored.
     */
    private static Methodology scorable(Methodology methodology) {
        if (methodology.aggregation().rounding().mode() != java.math.RoundingMode.HALF_UP) {
            throw DomainException.invalidField("aggregation.rounding.mode", "methodology.roundingHalfUpOnly",
                    methodology.aggregation().rounding().mode());
        }
        for (Dimension dimension : methodology.dimensions()) {
            for (id.patuh.registry.EntityType type : id.patuh.registry.EntityType.values()) {
                for (id.patuh.registry.UnitKind kind : id.patuh.registry.UnitKind.values()) {
                    boolean any = dimension.indicators().stream().anyMatch(i -> i.applicability().appliesTo(type, kind));
                    if (!any) {
                        throw DomainException.invalidField("dimensions." + dimension.code(),
                                "methodology.dimensionNotApplicable", dimension.code(), type, kind);
                    }
                }
            }
        }
        return methodology;
    }

    private void requireNewId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw DomainException.invalidField("id", "methodology.idFormat", id);
        }
        if (find(id).isPresent()) {
            throw DomainException.conflict("methodology.exists", id);
        }
    }

    private void insert(Methodology methodology, String yaml, MethodologySummary.Origin origin, String derivedFrom) {
        if (!ID.matcher(methodology.id()).matches()) {
            throw DomainException.invalidField("id", "methodology.idFormat", methodology.id());
        }
        jdbc.sql("""
                        insert into methodologies (id, name_id, name_en, first_year, last_year, status, origin,
                                                   derived_from, yaml, sha256)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(methodology.id(), methodology.name().id(), methodology.name().en(),
                        methodology.years().firstYear(), methodology.years().lastYear(), methodology.status().name(),
                        origin.name(), derivedFrom, yaml, sha256(yaml))
                .update();
    }

    private static final String SELECT = """
            select id, name_id, name_en, first_year, last_year, status, origin, derived_from, sha256, locked_at, locked_reason
            from methodologies""";

    private static MethodologySummary summary(ResultSet rs, int row) throws SQLException {
        return new MethodologySummary(rs.getString("id"),
                new LocalizedText(rs.getString("name_id"), rs.getString("name_en")),
                new YearRange(rs.getInt("first_year"), (Integer) rs.getObject("last_year")),
                MethodologyStatus.valueOf(rs.getString("status")),
                MethodologySummary.Origin.valueOf(rs.getString("origin")), rs.getString("derived_from"),
                rs.getString("sha256"), rs.getObject("locked_at", OffsetDateTime.class), rs.getString("locked_reason"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
