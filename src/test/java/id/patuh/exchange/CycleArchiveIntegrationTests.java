package id.patuh.exchange;

import id.patuh.PatuhApplication;
import id.patuh.support.AnswerSheets;
import id.patuh.support.HttpCalls;
import id.patuh.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole cycle travels as one archive: built here through the real API (answers with a note, evidence, a return and
 * a verification, a clarification with counter-evidence and its decision, a direct score, observed products, an
 * assignment, a determination), downloaded, and restored into a second Patuh started on a fresh, empty database —
 * the migration path between servers — where every table of the cycle must read the same. Year 2079 belongs to this
 * class, 2016 its legacy-method cycle (the zone method applies to 2013–2021 only), 2096 the cycle with a damaged file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CycleArchiveIntegrationTests {

    static final int YEAR = 2079;
    static final String CYCLE = "/api/v1/cycles/" + YEAR;
    static final String ENTITY = CYCLE + "/entities/36.01";
    static final String PAST = "2020-01-01T00:00:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    id.patuh.PatuhProperties properties;

    static ConfigurableApplicationContext target;

    @AfterAll
    static void stopTarget() {
        if (target != null) {
            target.close();
        }
    }

    /** Each table of a cycle as the comparison reads it: registry rows by their content, the cycle's rows whole. */
    static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("methodologies", """
                select id, name_id, name_en, first_year, last_year, status, origin, yaml, sha256, locked_at is not null as locked
                from methodologies where id = (select methodology_id from cycles where year = ?)""");
        tables.put("entities", """
                select code, name, type, province_code from entities
                where code in (select entity_code from cycle_units where year = ?) order by code""");
        tables.put("service_units", """
                select entity_code, code, name, kind, demo from service_units
                where (entity_code, code) in (select entity_code, unit_code from cycle_units where year = ?) order by 1, 2""");
        tables.put("service_products", """
                select entity_code, unit_code, code, name from service_products
                where (entity_code, unit_code) in (select entity_code, unit_code from cycle_units where year = ?) order by 1, 2, 3""");
        tables.put("assessors", """
                select u.username, u.display_name, u.office_code, u.role from users u
                where u.id in (select assessor_id from assignments where year = ?) order by 1""");
        tables.put("cycles", "select * from cycles where year = ?");
        tables.put("cycle_phases", "select * from cycle_phases where year = ? order by phase");
        tables.put("cycle_units", "select * from cycle_units where year = ? order by entity_code, unit_code");
        tables.put("cycle_unit_products", "select * from cycle_unit_products where year = ? order by 2, 3, 4");
        tables.put("assignments", """
                select a.year, a.entity_code, a.unit_code, u.username, a.assigned_by, a.assigned_at, a.visit_date,
                       a.respondents_confirmed_on, a.respondents_contact, a.respondents_confirmed_by
                from assignments a join users u on u.id = a.assessor_id where a.year = ? order by 2, 3""");
        tables.put("direct_unit_scores", "select * from direct_unit_scores where year = ? order by 2, 3");
        tables.put("answers", "select * from answers where year = ? order by 2, 3, 4, 5, 6");
        tables.put("unit_reviews", "select * from unit_reviews where year = ? order by 2, 3");
        tables.put("review_returns", "select * from review_returns where year = ? order by id");
        tables.put("evidence", "select * from evidence where year = ? order by id");
        tables.put("clarifications", "select * from clarifications where year = ? order by id");
        tables.put("clarification_evidence", """
                select e.* from clarification_evidence e join clarifications c on c.id = e.clarification_id
                where c.year = ? order by e.id""");
        tables.put("determinations", "select * from determinations where year = ? order by version");
        tables.put("snapshot_entities", "select * from snapshot_entities where year = ? order by version, entity_code");
        tables.put("snapshot_units", "select * from snapshot_units where year = ? order by version, entity_code, unit_code");
        tables.put("snapshot_unit_indicators", """
                select * from snapshot_unit_indicators where year = ? order by version, entity_code, unit_code, indicator_code""");
        tables.put("import_jobs", "select * from import_jobs where year = ? order by id");
        tables.put("report_verifications", "select * from report_verifications where year = ? order by code");
        tables.put("audit_log", "select * from audit_log where year = ? and action <> 'CYCLE_RESTORED' order by id");
        return tables;
    }

    @Test
    void aCycleArchivedHereAndRestoredIntoAnEmptyDatabaseReadsTheSameTableByTable() throws Exception {
        buildCycle();
        Map<String, List<Map<String, String>>> before = read(jdbc);
        before.forEach((table, rows) -> assertThat(rows).as("the source cycle has rows in " + table).isNotEmpty());

        HttpResponse<byte[]> download = admin().getBytes(CYCLE + "/archive.zip");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        byte[] archive = download.body();
        Map<String, byte[]> files = unzip(archive);
        JsonNode manifest = HttpCalls.JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(manifest.get("year").asInt()).isEqualTo(YEAR);
        assertThat(manifest.get("appVersion").asString()).isNotBlank().isNotEqualTo("unknown");
        for (JsonNode file : manifest.get("files")) {
            byte[] content = files.get(file.get("name").asString());
            assertThat(sha256(content)).as(file.get("name").asString()).isEqualTo(file.get("sha256").asString());
        }
        assertThat(rowsOf(manifest, "answers.csv")).isEqualTo(before.get("answers").size());
        assertThat(rowsOf(manifest, "audit_log.csv")).isEqualTo(before.get("audit_log").size());
        // The evidence photos and PDFs travel too, under their content keys, checksummed like the tables.
        assertThat(manifest.get("storedFiles").size()).as("the unit's evidence and the reply's counter-evidence").isEqualTo(2);
        for (JsonNode stored : manifest.get("storedFiles")) {
            byte[] content = files.get("files/" + stored.get("key").asString());
            assertThat(content).as(stored.get("key").asString()).isNotNull();
            assertThat(sha256(content)).isEqualTo(stored.get("sha256").asString());
        }
        assertThat(manifest.get("missingStoredFiles").size()).isZero();
        assertThat(HttpCalls.anonymous(port).as("kepala.banten").getBytes(CYCLE + "/archive.zip").statusCode())
                .as("archives are HQ's").isEqualTo(403);

        HttpCalls targetAdmin = HttpCalls.anonymous(targetPort()).basic("hq.admin", "a-long-admin-password");
        JdbcClient targetJdbc = target.getBean(JdbcClient.class);
        assertThat(targetJdbc.sql("select count(*) from service_units").query(Integer.class).single())
                .as("the target starts without any of the cycle's units").isZero();

        JsonNode restored = body(targetAdmin.upload("/api/v1/archives", "backup.zip", archive), 201);
        assertThat(restored.get("year").asInt()).isEqualTo(YEAR);
        assertThat(restored.get("unitsCreated").asInt()).isEqualTo(before.get("service_units").size());
        assertThat(restored.get("assessorsCreated").toString()).contains("asisten.banten");
        assertThat(restored.get("renumberedTables").size()).as("an empty database takes the ids as they were").isZero();
        assertThat(restored.get("storedFilesRestored").asInt()).isEqualTo(2);

        Map<String, List<Map<String, String>>> after = read(targetJdbc);
        for (String table : TABLES.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(targetJdbc.sql("select enabled from users where username = 'asisten.banten'").query(Boolean.class).single())
                .as("an assessor account opened by a restore stays disabled until HQ sets it up").isFalse();
        assertThat(targetJdbc.sql("select count(*) from audit_log where year = ? and action = 'CYCLE_RESTORED' and actor = 'hq.admin'")
                .param(YEAR).query(Integer.class).single()).isEqualTo(1);

        // The restored cycle works: the live sheet, the published results and a unit's history read as at the source.
        for (String path : List.of(CYCLE + "/results", CYCLE + "/results/36.01", CYCLE + "/determination")) {
            assertThat(body(targetAdmin.get(path), 200)).as(path).isEqualTo(body(admin().get(path), 200));
            assertThat(body(HttpCalls.anonymous(targetPort()).get(path), 200)).as("public " + path)
                    .isEqualTo(body(HttpCalls.anonymous(port).get(path), 200));
        }
        assertThat(body(targetAdmin.get(ENTITY + "/units/DUKCAPIL/history"), 200).size())
                .isEqualTo(body(admin().get(ENTITY + "/units/DUKCAPIL/history"), 200).size());
        // The evidence opens on the new server with the same bytes; a certificate printed before the move verifies.
        for (Map<String, String> evidence : before.get("evidence")) {
            String path = ENTITY + "/units/" + evidence.get("unit_code") + "/evidence/" + evidence.get("id");
            HttpResponse<byte[]> there = targetAdmin.getBytes(path);
            assertThat(there.statusCode()).as(path).isEqualTo(200);
            assertThat(there.body()).isEqualTo(admin().getBytes(path).body());
        }
        String code = before.get("report_verifications").get(0).get("code");
        HttpResponse<String> verified = HttpCalls.anonymous(targetPort()).get("/verify/" + code);
        assertThat(verified.statusCode()).as("verification of " + code + " on the new server").isEqualTo(200);
        assertThat(verified.body()).contains("5 TAHUN 2079");

        // New rows after a restore get fresh ids: the sequences moved past the restored ones.
        long newest = targetJdbc.sql("select max(id) from audit_log").query(Long.class).single();
        assertThat(newest).isGreaterThan(before.get("audit_log").stream().mapToLong(r -> Long.parseLong(r.get("id"))).max().orElseThrow());

        JsonNode again = body(targetAdmin.upload("/api/v1/archives", "backup.zip", archive), 409);
        assertThat(again.get("detail").asString()).contains("Siklus 2079 sudah ada");
    }

    @Test
    void aDamagedOrTamperedArchiveIsRefusedWithItsReasonAndWritesNothing() throws Exception {
        buildCycle();
        byte[] archive = admin().getBytes(CYCLE + "/archive.zip").body();
        HttpCalls targetAdmin = HttpCalls.anonymous(targetPort()).basic("hq.admin", "a-long-admin-password");
        JdbcClient targetJdbc = target.getBean(JdbcClient.class);
        if (targetJdbc.sql("select count(*) from cycles where year = ?").param(YEAR).query(Integer.class).single() > 0) {
            // The round trip ran first on this target: the refusals below are then checked against a database
            // that already holds the cycle, so they are tried on a second fresh one.
            target.close();
            target = null;
            targetAdmin = HttpCalls.anonymous(targetPort()).basic("hq.admin", "a-long-admin-password");
            targetJdbc = target.getBean(JdbcClient.class);
        }
        Map<String, Long> untouched = counts(targetJdbc);

        JsonNode notZip = body(targetAdmin.upload("/api/v1/archives", "backup.zip",
                "PK? no, just text".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(notZip.get("detail").asString()).contains("bukan arsip ZIP");
        JsonNode english = body(targetAdmin.inEnglish().upload("/api/v1/archives", "backup.zip",
                "plain text".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(english.get("detail").asString()).contains("not a ZIP archive");
        // Archives are bulk uploads: one far past the evidence limit reaches the archive checks (not a 413).
        byte[] large = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        assertThat(body(targetAdmin.upload("/api/v1/archives", "big.zip", large), 400).get("detail").asString())
                .contains("bukan arsip ZIP");

        Map<String, byte[]> files = unzip(archive);
        Map<String, byte[]> withoutManifest = new LinkedHashMap<>(files);
        withoutManifest.remove("manifest.json");
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(withoutManifest)), 400)
                .get("detail").asString()).contains("manifest.json");

        Map<String, byte[]> tampered = new LinkedHashMap<>(files);
        tampered.put("answers.csv", new String(files.get("answers.csv"), StandardCharsets.UTF_8)
                .replaceFirst("\"3\",\"", "\"0\",\"").getBytes(StandardCharsets.UTF_8));
        assertThat(tampered.get("answers.csv")).isNotEqualTo(files.get("answers.csv"));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(tampered)), 400)
                .get("detail").asString()).contains("answers.csv").contains("tidak cocok");

        Map<String, byte[]> swappedPhoto = new LinkedHashMap<>(files);
        String photo = files.keySet().stream().filter(name -> name.startsWith("files/")).findFirst().orElseThrow();
        swappedPhoto.put(photo, "%PDF-1.4\n% another document\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(swappedPhoto)), 400)
                .get("detail").asString()).contains(photo).contains("tidak cocok");

        Map<String, byte[]> extra = new LinkedHashMap<>(files);
        extra.put("users.csv", "username\n\"root\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(extra)), 400)
                .get("detail").asString()).contains("users.csv");

        // Checksums that agree with a file the database refuses half-way (the audit trail comes last): everything
        // written before it in the same transaction is rolled back.
        Map<String, byte[]> lateFault = new LinkedHashMap<>(files);
        String audit = new String(files.get("audit_log.csv"), StandardCharsets.UTF_8);
        String[] lines = audit.split("\n", 3);
        String broken = lines[1].replaceFirst("^(\"\\d+\"),\"[^\"]+\"", "$1,\"not a time\"");
        assertThat(broken).isNotEqualTo(lines[1]);
        lateFault.put("audit_log.csv", (lines[0] + "\n" + broken + "\n" + lines[2]).getBytes(StandardCharsets.UTF_8));
        lateFault.put("manifest.json", resealed(files.get("manifest.json"), "audit_log.csv", lateFault.get("audit_log.csv")));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(lateFault)), 400)
                .get("detail").asString()).contains("audit_log.csv");

        Map<String, byte[]> otherYear = new LinkedHashMap<>(files);
        String answers = new String(files.get("answers.csv"), StandardCharsets.UTF_8);
        String[] answerLines = answers.split("\n", 3);
        otherYear.put("answers.csv", (answerLines[0] + "\n" + answerLines[1].replaceFirst("^\"2079\"", "\"2045\"") + "\n"
                + answerLines[2]).getBytes(StandardCharsets.UTF_8));
        otherYear.put("manifest.json", resealed(files.get("manifest.json"), "answers.csv", otherYear.get("answers.csv")));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(otherYear)), 400)
                .get("detail").asString()).contains("bukan milik siklus 2079");

        // An evidence row naming a file the archive neither carries nor lists as missing.
        Map<String, byte[]> strayKey = new LinkedHashMap<>(files);
        String evidence = new String(files.get("evidence.csv"), StandardCharsets.UTF_8);
        String stray = evidence.replaceFirst("[0-9a-f]{64}", "f".repeat(64));
        assertThat(stray).isNotEqualTo(evidence);
        strayKey.put("evidence.csv", stray.getBytes(StandardCharsets.UTF_8));
        strayKey.put("manifest.json", resealed(files.get("manifest.json"), "evidence.csv", strayKey.get("evidence.csv")));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(strayKey)), 400)
                .get("detail").asString()).contains("f".repeat(64)).contains("tidak dibawa arsip");

        // Audit entries without their year column would land outside every cycle.
        Map<String, byte[]> yearless = new LinkedHashMap<>(files);
        StringBuilder withoutYear = new StringBuilder();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new java.io.StringReader(audit));
             var printer = new org.apache.commons.csv.CSVPrinter(withoutYear, org.apache.commons.csv.CSVFormat.RFC4180)) {
            List<String> header = parser.getHeaderNames().stream().filter(h -> !h.equals("year")).toList();
            printer.printRecord(header);
            for (var record : parser) {
                printer.printRecord(header.stream().map(record::get).toList());
            }
        }
        yearless.put("audit_log.csv", withoutYear.toString().getBytes(StandardCharsets.UTF_8));
        yearless.put("manifest.json", resealed(files.get("manifest.json"), "audit_log.csv", yearless.get("audit_log.csv")));
        assertThat(body(targetAdmin.upload("/api/v1/archives", "backup.zip", zip(yearless)), 400)
                .get("detail").asString()).contains("audit_log.csv").contains("year");

        assertThat(counts(targetJdbc)).as("no refused archive wrote anything").isEqualTo(untouched);
        assertThat(targetJdbc.sql("select count(*) from cycles where year = ?").param(YEAR).query(Integer.class).single()).isZero();
        assertThat(body(admin().upload("/api/v1/archives", "backup.zip", archive), 409).get("detail").asString())
                .as("the source already holds the cycle").contains("sudah ada");

        // An archive written before imports, certificate codes and evidence bytes travelled (format 1) still restores.
        Map<String, byte[]> versionOne = new LinkedHashMap<>(files);
        versionOne.keySet().removeIf(name -> name.startsWith("files/") || List.of("import_jobs.csv",
                "imported_entity_scores.csv", "report_verifications.csv").contains(name));
        ObjectNode oldManifest = (ObjectNode) HttpCalls.JSON.readTree(files.get("manifest.json"));
        oldManifest.put("formatVersion", 1);
        oldManifest.remove("storedFiles");
        oldManifest.remove("missingStoredFiles");
        var listed = (tools.jackson.databind.node.ArrayNode) oldManifest.get("files");
        for (int i = listed.size() - 1; i >= 0; i--) {
            if (!versionOne.containsKey(listed.get(i).get("name").asString())) {
                listed.remove(i);
            }
        }
        versionOne.put("manifest.json", HttpCalls.JSON.writeValueAsBytes(oldManifest));
        JsonNode restoredOld = body(targetAdmin.upload("/api/v1/archives", "backup-v1.zip", zip(versionOne)), 201);
        assertThat(restoredOld.get("storedFilesRestored").asInt()).isZero();
        assertThat(targetJdbc.sql("select count(*) from answers where year = ?").param(YEAR).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from answers where year = ?").param(YEAR).query(Integer.class).single());
        // The round trip needs a target without the cycle.
        target.close();
        target = null;
    }

    @Test
    void intoAServerWithItsOwnHistoryTheArchiveGetsNewIdsAndEveryReferenceFollows() throws Exception {
        buildCycle();
        byte[] archive = admin().getBytes(CYCLE + "/archive.zip").body();
        Map<String, List<Map<String, String>>> before = read(jdbc);
        try (ConfigurableApplicationContext other = start()) {
            JdbcClient otherJdbc = other.getBean(JdbcClient.class);
            HttpCalls otherAdmin = HttpCalls.anonymous(port(other)).basic("hq.admin", "a-long-admin-password");
            // The other server's own cycle, whose rows already hold every id the archive uses.
            body(otherAdmin.post("/api/v1/cycles", "{\"year\":2091,\"methodologyId\":\"ombudsman-2025\"}"), 201);
            body(otherAdmin.put("/api/v1/entities/36.01/units/LOKAL", "{\"name\":\"Unit lokal\",\"kind\":\"OTHER\"}"), 201);
            body(otherAdmin.put("/api/v1/cycles/2091/locus/36.01/units/LOKAL", ""), 204);
            for (String table : List.of("evidence", "clarifications", "audit_log")) {
                String ids = "select generate_series(" + min(before.get(table)) + ", " + max(before.get(table)) + ")";
                switch (table) {
                    case "evidence" -> otherJdbc.sql("insert into evidence (id, year, entity_code, unit_code, file_key, sha256, size_bytes, "
                            + "media_type, original_name, uploaded_by) select g, 2091, '36.01', 'LOKAL', 'k', repeat('a', 64), 1, "
                            + "'application/pdf', 'x.pdf', 'lokal' from (" + ids + ") s(g) on conflict do nothing").update();
                    case "clarifications" -> otherJdbc.sql("insert into clarifications (id, year, entity_code, unit_code, indicator_code, "
                            + "respondent, statement, level_filed, filed_by, status, decided_by, decided_at, reason) select g, 2091, "
                            + "'36.01', 'LOKAL', 'IN.KP.01', 1, 'lokal', 0, 'lokal', 'REJECTED', 'lokal', now(), 'lokal' from ("
                            + ids + ") s(g) on conflict do nothing").update();
                    default -> otherJdbc.sql("insert into audit_log (id, actor, action, year) select g, 'lokal', 'LOCAL', 2091 from ("
                            + ids + ") s(g) on conflict do nothing").update();
                }
                // As on a real server, the sequence stands past the rows it handed out.
                otherJdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))")
                        .query(Long.class).single();
            }

            JsonNode restored = body(otherAdmin.upload("/api/v1/archives", "backup.zip", archive), 201);
            assertThat(restored.get("renumberedTables").toString())
                    .contains("evidence", "clarifications", "audit_log").doesNotContain("review_returns");

            Map<String, List<Map<String, String>>> after = read(otherJdbc);
            for (String table : TABLES.keySet()) {
                assertThat(withoutIds(table, after.get(table))).as(table).isEqualTo(withoutIds(table, before.get(table)));
            }
            assertThat(max(after.get("audit_log"))).as("renumbered after the server's own rows")
                    .isGreaterThan(max(before.get("audit_log")));
            // Every reference to a renumbered row points at the restored row, not at the other server's.
            assertThat(otherJdbc.sql("""
                    select count(*) from clarification_evidence e join clarifications c on c.id = e.clarification_id
                    where c.year = ?""").param(YEAR).query(Integer.class).single())
                    .isEqualTo(before.get("clarification_evidence").size());
            assertThat(otherJdbc.sql("""
                    select count(*) from audit_log a where a.year = ? and a.action like 'CLARIFICATION_%'
                      and not exists (select 1 from clarifications c where c.year = a.year and a.subject like 'clarification ' || c.id || ' %')""")
                    .param(YEAR).query(Integer.class).single()).isZero();
            assertThat(otherJdbc.sql("""
                    select count(*) from audit_log a where a.year = ? and a.action = 'CLARIFICATION_EVIDENCE_ADDED'
                      and not exists (select 1 from clarification_evidence e where a.subject like '% evidence ' || e.id)""")
                    .param(YEAR).query(Integer.class).single()).isZero();
            assertThat(otherJdbc.sql("""
                    select count(*) from audit_log a where a.year = ? and a.action = 'EVIDENCE_ADDED'
                      and not exists (select 1 from evidence e where e.year = a.year and a.subject like 'evidence ' || e.id || '%')""")
                    .param(YEAR).query(Integer.class).single()).isZero();
            List<Long> answerClarifications = otherJdbc.sql("""
                    select (after->>'clarification')::bigint from audit_log where year = ? and after->>'clarification' is not null""")
                    .param(YEAR).query(Long.class).list();
            assertThat(answerClarifications).isNotEmpty();
            assertThat(otherJdbc.sql("select id from clarifications where year = ?").param(YEAR).query(Long.class).list())
                    .containsAll(answerClarifications);
        }
    }

    @Test
    void aLegacyYearKnownOnlyByEntityScoresTravelsWithItsImportHistoryAndKeepsItsReferences() throws Exception {
        int legacy = 2016;
        HttpCalls admin = admin();
        if (jdbc.sql("select count(*) from cycles where year = ?").param(legacy).query(Integer.class).single() == 0) {
            body(admin.post("/api/v1/cycles", "{\"year\":" + legacy + ",\"methodologyId\":\"ombudsman-legacy\"}"), 201);
            HttpResponse<String> imported = admin.upload("/api/v1/cycles/" + legacy + "/imports/entity-scores",
                    "zona.csv", ImportFiles.csv("entity_code,score\n36.02,\"81,25\"\n36.03,66.4\n"));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
        String sheet = "/api/v1/cycles/" + legacy + "/results";
        JsonNode sheetHere = body(admin.get(sheet), 200);
        byte[] archive = admin.getBytes("/api/v1/cycles/" + legacy + "/archive.zip").body();
        List<Map<String, String>> jobs = rows(jdbc, "select * from import_jobs where year = ? order by id", legacy);
        List<Map<String, String>> scores = rows(jdbc, """
                select s.entity_code, s.score, j.sha256, j.file_name from imported_entity_scores s
                join import_jobs j on j.id = s.import_id where s.year = ? order by 1""", legacy);
        assertThat(scores).hasSize(2);

        try (ConfigurableApplicationContext other = start()) {
            JdbcClient otherJdbc = other.getBean(JdbcClient.class);
            HttpCalls otherAdmin = HttpCalls.anonymous(port(other)).basic("hq.admin", "a-long-admin-password");
            // The other server's own import history already holds the ids the archive uses.
            otherJdbc.sql("""
                    insert into import_jobs (id, year, kind, sha256, status, started_by)
                    select g, 2094, 'registry', repeat('b', 64), 'COMPLETED', 'lokal' from generate_series(1, ?) g""")
                    .param(max(jobs)).update();
            otherJdbc.sql("select setval(pg_get_serial_sequence('import_jobs', 'id'), (select max(id) from import_jobs))")
                    .query(Long.class).single();

            JsonNode restored = body(otherAdmin.upload("/api/v1/archives", "zona.zip", archive), 201);
            assertThat(restored.get("renumberedTables").toString()).contains("import_jobs");
            assertThat(rows(otherJdbc, """
                    select s.entity_code, s.score, j.sha256, j.file_name from imported_entity_scores s
                    join import_jobs j on j.id = s.import_id where s.year = ? order by 1""", legacy))
                    .as("each score still names the import that brought it").isEqualTo(scores);
            assertThat(withoutIds("import_jobs", rows(otherJdbc, "select * from import_jobs where year = ? order by id", legacy)))
                    .isEqualTo(withoutIds("import_jobs", jobs));
            assertThat(otherJdbc.sql("""
                    select count(*) from audit_log a where a.year = ? and a.action = 'IMPORT_COMPLETED'
                      and not exists (select 1 from import_jobs j where j.year = a.year and a.subject like 'import ' || j.id || ' %')""")
                    .param(legacy).query(Integer.class).single()).isZero();
            assertThat(body(otherAdmin.get(sheet), 200)).as("the legacy sheet ranks the same scores").isEqualTo(sheetHere);
        }
    }

    @Test
    void anEvidenceFileDamagedOnTheSourceIsCarriedAsDamagedAndTheRestIsRestored() throws Exception {
        int year = 2096;
        HttpCalls admin = admin();
        if (jdbc.sql("select count(*) from cycles where year = ?").param(year).query(Integer.class).single() == 0) {
            body(admin.post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}"), 201);
            body(admin.put("/api/v1/cycles/" + year + "/locus/36.01/units/DUKCAPIL", ""), 204);
        }
        // Bytes of their own, so the damaged stored file is no other test's evidence.
        byte[] pdf = ("%PDF-1.4\n% rusak " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        String unit = "/api/v1/cycles/" + year + "/entities/36.01/units/DUKCAPIL/";
        String key = body(admin.upload(unit + "evidence", "rusak.pdf", pdf), 201).get("sha256").asString();
        Path stored = properties.dataDir().toAbsolutePath().normalize().resolve("files").resolve(key.substring(0, 2)).resolve(key);
        assertThat(stored).exists();
        Files.write(stored, "bit rot".getBytes(StandardCharsets.US_ASCII));

        byte[] archive = admin.getBytes("/api/v1/cycles/" + year + "/archive.zip").body();
        JsonNode manifest = HttpCalls.JSON.readTree(unzip(archive).get("manifest.json"));
        assertThat(manifest.get("damagedStoredFiles").toString()).contains(key);
        assertThat(manifest.get("storedFiles").toString()).doesNotContain(key);

        try (ConfigurableApplicationContext other = start()) {
            HttpCalls otherAdmin = HttpCalls.anonymous(port(other)).basic("hq.admin", "a-long-admin-password");
            JsonNode restored = body(otherAdmin.upload("/api/v1/archives", "rusak.zip", archive), 201);
            assertThat(restored.get("storedFilesMissing").toString()).contains(key);
            assertThat(other.getBean(JdbcClient.class).sql("select count(*) from evidence where year = ?").param(year)
                    .query(Integer.class).single()).as("the row stays, for the record").isEqualTo(1);
        }
    }

    private static List<Map<String, String>> rows(JdbcClient jdbc, String sql, int year) {
        return jdbc.sql(sql).param(year).query((rs, n) -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.put(rs.getMetaData().getColumnLabel(c), rs.getString(c));
            }
            return row;
        }).list();
    }

    /** Rows with their generated ids (and the ids that text refers to) masked, to compare renumbered tables by content. */
    private static List<Map<String, String>> withoutIds(String table, List<Map<String, String>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> copy = new LinkedHashMap<>(row);
            if (List.of("review_returns", "evidence", "clarifications", "clarification_evidence", "import_jobs", "audit_log")
                    .contains(table)) {
                copy.remove("id");
                copy.remove("clarification_id");
            }
            if (table.equals("audit_log")) {
                copy.computeIfPresent("subject", (k, v) -> v.replaceAll("(clarification|evidence|import) \\d+", "$1 #"));
                copy.computeIfPresent("after", (k, v) -> v.replaceAll("\"clarification\": \\d+", "\"clarification\": #"));
            }
            return copy;
        }).toList();
    }

    private static long min(List<Map<String, String>> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.get("id"))).min().orElseThrow();
    }

    private static long max(List<Map<String, String>> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.get("id"))).max().orElseThrow();
    }

    // --- the cycle -------------------------------------------------------------------------------------------------

    private HttpCalls admin() {
        return HttpCalls.anonymous(port).as("admin.demo");
    }

    /** Builds cycle 2079 once per test JVM (the tests share the database); later calls find it determined. */
    private void buildCycle() {
        HttpCalls admin = admin();
        if (jdbc.sql("select count(*) from determinations where year = ?").param(YEAR).query(Integer.class).single() > 0) {
            return;
        }
        HttpCalls assessor = HttpCalls.anonymous(port).as("asisten.banten");
        HttpCalls head = HttpCalls.anonymous(port).as("kepala.banten");
        HttpCalls coordinator = HttpCalls.anonymous(port).as("koordinator.pandeglang");
        LocalDate today = LocalDate.now(clock);
        body(admin.post("/api/v1/cycles", "{\"year\":" + YEAR + ",\"methodologyId\":\"ombudsman-2025\"}"), 201);

        // A unit scored directly, with its two observed products.
        body(admin.put(CYCLE + "/entities/36.02/units/DUKCAPIL/score", "{\"score\":77.50}"), 200);
        JsonNode products = body(admin.get("/api/v1/entities/36.02/units/DUKCAPIL"), 200).get("products");
        body(admin.put(CYCLE + "/locus/36.02/units/DUKCAPIL/products", "{\"products\":[\""
                + products.get(0).get("code").asString() + "\",\"" + products.get(1).get("code").asString() + "\"]}"), 200);

        // A unit captured, evidenced, returned, corrected and verified, by its assigned assessor.
        String unit = ENTITY + "/units/DUKCAPIL/";
        body(admin.put(CYCLE + "/locus/36.01/units/DUKCAPIL", ""), 204);
        body(admin.put(CYCLE + "/assignments/36.01/units/DUKCAPIL", "{\"assessor\":\"asisten.banten\",\"visitDate\":\""
                + today.plusDays(10) + "\"}"), 200);
        body(admin.put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2025", "IN.KP.01")
                + ",{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}]}"), 200);
        int version = 0;
        for (JsonNode a : body(assessor.get(unit + "answers"), 200)) {
            if (a.get("indicator").asString().equals("IN.KP.01")) {
                version = a.get("version").asInt();
            }
        }
        // A note with quotes, a comma and a leading formula sign: the archive carries text exactly as typed.
        body(assessor.put(unit + "answers/IN.KP.01/1", "{\"level\":1,\"note\":\"=1+1, \\\"SOP\\\" belum dikenal\\npetugas\",\"version\":"
                + version + "}"), 200);
        body(assessor.upload(unit + "evidence", "foto-loket.pdf", "%PDF-1.4\n% loket\n".getBytes(StandardCharsets.US_ASCII)), 201);
        body(assessor.post(unit + "submit", ""), 200);
        // An import in the cycle's history (its job row and audit entry travel with the cycle).
        HttpResponse<String> imported = admin.upload(CYCLE + "/imports/registry",
                "unit-arsip.csv", ImportFiles.csv("entity_code,unit_code,unit_name,unit_kind\n36.01,ARSIP-IMPOR,Unit impor arsip,OTHER\n"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        body(head.post(unit + "return", "{\"items\":[{\"item\":\"UNIT\",\"reason\":\"Foto loket kurang jelas\"}]}"), 200);
        body(assessor.post(unit + "submit", ""), 200);
        body(head.post(unit + "verify", ""), 200);

        // The entity's right of reply: filed with counter-evidence, accepted by the office head.
        body(admin.put(CYCLE + "/phases", "{\"phases\":[{\"phase\":\"CLARIFICATION\",\"startsOn\":\"" + today.minusDays(2)
                + "\",\"endsOn\":\"" + today.plusDays(2) + "\"}]}"), 200);
        long clarification = body(coordinator.post(ENTITY + "/clarifications", "{\"unitCode\":\"DUKCAPIL\",\"indicator\":"
                + "\"IN.KP.01\",\"respondent\":1,\"statement\":\"Petugas sudah dilatih SOP, sertifikat terlampir.\"}"), 201)
                .get("id").asLong();
        body(coordinator.upload(ENTITY + "/clarifications/" + clarification + "/evidence", "sertifikat.pdf",
                "%PDF-1.4\n% sertifikat\n".getBytes(StandardCharsets.US_ASCII)), 201);
        body(head.post(ENTITY + "/clarifications/" + clarification + "/decision",
                "{\"accepted\":true,\"level\":3,\"reason\":\"Sertifikat sah\"}"), 200);

        // Determined and published.
        body(admin.put(CYCLE + "/phases", "{\"phases\":[{\"phase\":\"CLARIFICATION\",\"startsOn\":\"" + today.minusDays(10)
                + "\",\"endsOn\":\"" + today.minusDays(1) + "\"},{\"phase\":\"DETERMINATION\",\"startsOn\":\"" + today + "\"}]}"), 200);
        body(admin.post(CYCLE + "/determination", "{\"decreeNumber\":\"5 TAHUN 2079\",\"decreeDate\":\"" + today
                + "\",\"publishAt\":\"" + PAST + "\"}"), 201);
        // The published certificate, which gives the entity its verification code.
        assertThat(HttpCalls.anonymous(port).getBytes(CYCLE + "/entities/36.01/certificate.pdf").statusCode()).isEqualTo(200);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private int targetPort() {
        if (target == null) {
            target = start();
        }
        return port(target);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * A second Patuh on an empty database, as a new server would be: registry from the migrations, its own
     * administrator, no demo data (no units, no assessor accounts).
     */
    private static ConfigurableApplicationContext start() {
        TestDatabases.Connection database = TestDatabases.fresh();
        Path files;
        try {
            files = Files.createTempDirectory("patuh-archive-target-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SpringApplicationBuilder(PatuhApplication.class).run(
                    "--server.port=0",
                    "--patuh.data-dir=" + files,
                    "--patuh.db.url=" + database.url(),
                    "--patuh.db.user=" + database.user(),
                    "--patuh.db.password=" + (database.password() == null ? "" : database.password()),
                    "--patuh.admin.username=hq.admin",
                    "--patuh.admin.password=a-long-admin-password");
    }

    private static Map<String, List<Map<String, String>>> read(JdbcClient jdbc) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> tables.put(table, rows(jdbc, sql, YEAR)));
        return tables;
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("methodologies", "entities", "service_units", "service_products", "users", "cycles",
                "cycle_units", "answers", "evidence", "clarifications", "determinations", "snapshot_entities", "audit_log")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static long rowsOf(JsonNode manifest, String name) {
        for (JsonNode file : manifest.get("files")) {
            if (file.get("name").asString().equals(name)) {
                return file.get("rows").asLong();
            }
        }
        throw new AssertionError(name + " not in the manifest");
    }

    /** The manifest with one file's checksum and row count recomputed, as someone tampering with care would. */
    private static byte[] resealed(byte[] manifest, String name, byte[] content) throws Exception {
        ObjectNode tree = (ObjectNode) HttpCalls.JSON.readTree(manifest);
        for (JsonNode file : tree.get("files")) {
            if (file.get("name").asString().equals(name)) {
                ((ObjectNode) file).put("sha256", sha256(content));
            }
        }
        return HttpCalls.JSON.writeValueAsBytes(tree);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : HttpCalls.JSON.readTree(response.body());
    }
}
