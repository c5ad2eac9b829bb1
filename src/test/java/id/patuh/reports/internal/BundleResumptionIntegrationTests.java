package id.patuh.reports.internal;

import id.patuh.PatuhProperties;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk job that a restart interrupted is picked up at start-up and makes only the documents still missing. Year 2074
 * belongs to this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleResumptionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportBundles bundles;

    @Autowired
    PatuhProperties properties;

    @Test
    void anInterruptedJobResumesAndKeepsTheDocumentsItHadAlreadyWritten() throws Exception {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2074,\"methodologyId\":\"ombudsman-2025\"}").statusCode()).isIn(201, 409);
        for (String entity : new String[] {"36.01", "36.02", "36.03"}) {
            assertThat(admin.put("/api/v1/cycles/2074/entities/" + entity + "/units/DUKCAPIL/score", "{\"score\":81.50}")
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> determined = admin.post("/api/v1/cycles/2074/determination", "{\"decreeNumber\":\"5/ZIP/2074\","
                + "\"decreeDate\":\"2074-12-10\",\"publishAt\":\"2020-01-01T00:00:00+07:00\"}");
        assertThat(determined.statusCode()).as(determined.body()).isEqualTo(201);

        // What a restart leaves behind: a RUNNING row, and two of six documents already on disk.
        long id = jdbc.sql("""
                        insert into report_jobs (year, version, province_code, language, status, total, done, requested_by)
                        values (2074, 1, '36', 'id', 'RUNNING', 6, 2, 'admin.demo') returning id""")
                .query(Long.class).single();
        OffsetDateTime requestedAt = jdbc.sql("select requested_at from report_jobs where id = ?").param(id)
                .query(OffsetDateTime.class).single();
        Path parts = properties.dataDir().resolve("reports").resolve("jobs")
                .resolve(id + "-" + requestedAt.toInstant().toEpochMilli()).resolve("parts");
        Files.createDirectories(parts);
        byte[] written = "%PDF-1.7 written before the restart".getBytes(StandardCharsets.US_ASCII);
        Files.write(parts.resolve("36.01-piagam.pdf"), written);
        Files.write(parts.resolve("36.01-rapor.pdf"), written);

        bundles.resumeUnfinished();
        ReportBundles.Bundle bundle = bundles.find(id).orElseThrow();
        for (int i = 0; i < 120 && !bundle.finished(); i++) {
            Thread.sleep(250);
            bundle = bundles.find(id).orElseThrow();
        }
        assertThat(bundle.status()).as(String.valueOf(bundle.failure())).isEqualTo("DONE");
        assertThat(bundle.done()).isEqualTo(6);

        HttpResponse<byte[]> zip = admin.getBytes("/api/v1/report-bundles/" + id + "/download");
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).hasSize(6);
        assertThat(entries.get("36.01/36.01-piagam.pdf")).as("not made again").isEqualTo(written);
        assertThat(new String(entries.get("36.03/36.03-rapor.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(entries.get("36.03/36.03-rapor.pdf").length).isGreaterThan(written.length);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
