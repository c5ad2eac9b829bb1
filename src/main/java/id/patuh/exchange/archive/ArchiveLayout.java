package id.patuh.exchange.archive;

import java.util.List;
import java.util.Optional;

/**
 * What a cycle archive holds: one CSV file per table, each with the query that selects the cycle's rows and how a
 * restore writes them back, in the order a restore must write them (referenced rows first).
 */
final class ArchiveLayout {

    /** The archive's own format; a restore refuses any other (a newer archive needs a newer Patuh). */
    static final String FORMAT = "patuh-cycle-archive";
    static final int FORMAT_VERSION = 2;
    /** Version 1 archives (before import history, certificate codes and evidence files travelled) still restore. */
    static final int OLDEST_READABLE_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    /** Where the evidence files' bytes sit in the archive, each under its content key. */
    static final String STORED_FILES = "files/";

    /** Every stored file the cycle's rows name (evidence and right-of-reply evidence), with its checksum and size. */
    static final String STORED_FILES_SELECT = """
            select file_key, sha256, size_bytes from evidence where year = :year
            union
            select e.file_key, e.sha256, e.size_bytes from clarification_evidence e
            join clarifications c on c.id = e.clarification_id where c.year = :year
            order by 1""";

    /** How a restore treats a file's rows. */
    enum Restore {
        /** The methodology: loaded when missing, refused when the same id holds other content. */
        METHODOLOGY,
        /** Registry rows (entities, units, products): created when missing, left as they are otherwise. */
        REGISTRY,
        /** Assessors by username: the target's account when there is one, otherwise a disabled account is opened. */
        ASSESSORS,
        /** The cycle's own rows: written as they are. */
        ROWS,
        /** The cycle's own rows with a generated {@code id}: kept when free in the target, renumbered otherwise. */
        ROWS_WITH_IDS
    }

    /** One file of the archive; {@code since} is the format version that added it (older archives lack it). */
    record Part(String file, String table, Restore restore, String select, int since) {

        Part(String file, String table, Restore restore, String select) {
            this(file, table, restore, select, 1);
        }

        boolean expectedIn(int formatVersion) {
            return since <= formatVersion;
        }
    }

    private static final String LOCUS = "select entity_code, unit_code from cycle_units where year = :year";

    static final List<Part> PARTS = List.of(
            new Part("methodologies.csv", "methodologies", Restore.METHODOLOGY, """
                    select * from methodologies where id in (select methodology_id from cycles where year = :year
                                                             union select methodology_id from determinations where year = :year)
                    order by id"""),
            new Part("entities.csv", "entities", Restore.REGISTRY,
                    """
                    select * from entities where code in (select entity_code from cycle_units where year = :year
                                                          union select entity_code from imported_entity_scores where year = :year)
                    order by code"""),
            new Part("service_units.csv", "service_units", Restore.REGISTRY,
                    "select * from service_units where (entity_code, code) in (" + LOCUS + ") order by entity_code, code"),
            new Part("service_products.csv", "service_products", Restore.REGISTRY,
                    "select * from service_products where (entity_code, unit_code) in (" + LOCUS + ") order by entity_code, unit_code, code"),
            new Part("assessors.csv", "users", Restore.ASSESSORS, """
                    select username, display_name, office_code from users
                    where id in (select assessor_id from assignments where year = :year) order by username"""),
            new Part("cycles.csv", "cycles", Restore.ROWS, "select * from cycles where year = :year"),
            new Part("cycle_phases.csv", "cycle_phases", Restore.ROWS,
                    "select * from cycle_phases where year = :year order by starts_on, phase"),
            new Part("cycle_units.csv", "cycle_units", Restore.ROWS,
                    "select * from cycle_units where year = :year order by entity_code, unit_code"),
            new Part("cycle_unit_products.csv", "cycle_unit_products", Restore.ROWS,
                    "select * from cycle_unit_products where year = :year order by entity_code, unit_code, product_code"),
            // The assessor travels by username: account ids differ from one server to the next.
            new Part("assignments.csv", "assignments", Restore.ROWS, """
                    select a.year, a.entity_code, a.unit_code, u.username as assessor, a.assigned_by, a.assigned_at,
                           a.visit_date, a.respondents_confirmed_on, a.respondents_contact, a.respondents_confirmed_by
                    from assignments a join users u on u.id = a.assessor_id
                    where a.year = :year order by a.entity_code, a.unit_code"""),
            new Part("direct_unit_scores.csv", "direct_unit_scores", Restore.ROWS,
                    "select * from direct_unit_scores where year = :year order by entity_code, unit_code"),
            new Part("answers.csv", "answers", Restore.ROWS, """
                    select * from answers where year = :year
                    order by entity_code, unit_code, product_code, indicator_code, respondent"""),
            new Part("unit_reviews.csv", "unit_reviews", Restore.ROWS,
                    "select * from unit_reviews where year = :year order by entity_code, unit_code"),
            new Part("review_returns.csv", "review_returns", Restore.ROWS_WITH_IDS,
                    "select * from review_returns where year = :year order by id"),
            new Part("evidence.csv", "evidence", Restore.ROWS_WITH_IDS,
                    "select * from evidence where year = :year order by id"),
            new Part("clarifications.csv", "clarifications", Restore.ROWS_WITH_IDS,
                    "select * from clarifications where year = :year order by id"),
            new Part("clarification_evidence.csv", "clarification_evidence", Restore.ROWS_WITH_IDS, """
                    select * from clarification_evidence
                    where clarification_id in (select id from clarifications where year = :year) order by id"""),
            new Part("determinations.csv", "determinations", Restore.ROWS,
                    "select * from determinations where year = :year order by version"),
            new Part("snapshot_entities.csv", "snapshot_entities", Restore.ROWS,
                    "select * from snapshot_entities where year = :year order by version, entity_code"),
            new Part("snapshot_units.csv", "snapshot_units", Restore.ROWS,
                    "select * from snapshot_units where year = :year order by version, entity_code, unit_code"),
            new Part("snapshot_unit_indicators.csv", "snapshot_unit_indicators", Restore.ROWS, """
                    select * from snapshot_unit_indicators where year = :year
                    order by version, entity_code, unit_code, indicator_code"""),
            new Part("import_jobs.csv", "import_jobs", Restore.ROWS_WITH_IDS,
                    "select * from import_jobs where year = :year order by id", 2),
            new Part("imported_entity_scores.csv", "imported_entity_scores", Restore.ROWS,
                    "select * from imported_entity_scores where year = :year order by entity_code", 2),
            // Certificate codes: a QR printed before the move must still verify on the new server.
            new Part("report_verifications.csv", "report_verifications", Restore.ROWS,
                    "select * from report_verifications where year = :year order by code", 2),
            new Part("audit_log.csv", "audit_log", Restore.ROWS_WITH_IDS,
                    "select * from audit_log where year = :year order by id"));

    private ArchiveLayout() {
    }

    static Optional<Part> part(String file) {
        return PARTS.stream().filter(p -> p.file().equals(file)).findFirst();
    }
}
