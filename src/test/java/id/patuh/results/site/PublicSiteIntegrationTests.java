package id.patuh.results.site;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public results site reads the published snapshot only: embargoed or undetermined cycles are "not found", live
 * corrections stay invisible until their erratum is published, unknown filter codes give an empty list with a message,
 * and pages carry validators. Years 2081–2084 belong to this class (the test database is shared by the JVM's classes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteIntegrationTests {

    static final String PAST = "2020-01-01T00:00:00+07:00";
    static final String FUTURE = "2099-01-01T00:00:00+07:00";

    @LocalServerPort
    int port;

    private HttpCalls admin() {
        return HttpCalls.anonymous(port).as("admin.demo");
    }

    private HttpCalls visitor() {
        return HttpCalls.anonymous(port);
    }

    private void status(HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    private void cycle(int year, String publishAt, String... scores) {
        status(admin().post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}"), 201);
        for (String score : scores) {
            String[] s = score.split(" ");
            status(admin().put("/api/v1/cycles/" + year + "/entities/" + s[0] + "/units/" + s[1] + "/score",
                    "{\"score\":" + s[2] + "}"), 200);
        }
        status(admin().post("/api/v1/cycles/" + year + "/determination", "{\"decreeNumber\":\"" + year
                + "/SITE\",\"decreeDate\":\"2080-12-01\",\"publishAt\":\"" + publishAt + "\"}"), 201);
    }

    @BeforeAll
    void publishTwoYearsAndEmbargoAThird() {
        cycle(2081, PAST, "36.01 DUKCAPIL 70.00", "36.01 DINSOS 72.00", "36.02 DUKCAPIL 90.00", "36.03 DUKCAPIL 50.00");
        cycle(2082, PAST, "36.01 DUKCAPIL 95.00", "36.01 DINSOS 93.00", "36.02 DUKCAPIL 80.00", "36.03 DUKCAPIL 60.00");
        cycle(2083, FUTURE, "36.01 DUKCAPIL 99.00");
    }

    @Test
    void rankingsListThePublishedEntitiesWithScoreGradeZoneAndRankChange() {
        HttpResponse<String> page = visitor().get("/hasil/2082?province=36&sort=rank");
        status(page, 200);
        String html = page.body();
        assertThat(html).contains("data-entity=\"36.01\"", "data-entity=\"36.02\"", "data-entity=\"36.03\"");
        assertThat(html.indexOf("data-entity=\"36.01\"")).as("94.00 ranks above 80.00")
                .isLessThan(html.indexOf("data-entity=\"36.02\""));
        assertThat(html).contains("94.00", "zone-hijau", "Kualitas");
        assertThat(html).as("36.01 moved from 2nd to 1st in Banten").contains("naik 1 peringkat");
        assertThat(html).as("36.02 fell from 1st to 2nd").contains("turun 1 peringkat");
    }

    @Test
    void everyRankingViewDownloadsAsTheSameRowsInTheSameOrder() {
        for (String query : List.of("province=36&sort=rank", "province=36&sort=change", "province=36&sort=name",
                "type=PEMKAB&sort=score", "province=36&zone=HIJAU")) {
            String html = visitor().get("/hasil/2082?" + query).body();
            List<String> shown = java.util.regex.Pattern.compile("data-entity=\"([^\"]+)\"").matcher(html).results()
                    .map(m -> m.group(1)).distinct().toList();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/api/v1/cycles/2082/results\\.csv\\?[^\"]+)\"")
                    .matcher(html);
            assertThat(link.find()).as("a CSV link on /hasil/2082?" + query).isTrue();
            String csv = visitor().get(link.group(1).replace("&amp;", "&")).body();
            List<String> downloaded = csv.lines().skip(1).map(line -> line.split(",")[0].replace("\"", "").replace("\uFEFF", ""))
                    .toList();
            assertThat(downloaded).as(query).isEqualTo(shown);
        }
        assertThat(visitor().get("/hasil/2082/provinsi/36").body()).contains("/api/v1/cycles/2082/results.xlsx?province=36");
        String profile = visitor().get("/hasil/2082/entitas/36.01").body();
        assertThat(profile).contains("/api/v1/cycles/2082/results/36.01/units.csv");
        String units = visitor().get("/api/v1/cycles/2082/results/36.01/units.csv").body();
        assertThat(units.lines().skip(1).map(line -> line.split(",")[1]).toList()).as("the published units of 36.01")
                .containsExactlyInAnyOrder("DUKCAPIL", "DINSOS");
        HttpResponse<String> unknownZone = visitor().get("/api/v1/cycles/2082/results.csv?zone=BIRU");
        status(unknownZone, 400);
        assertThat(unknownZone.body()).contains("Zona BIRU tidak dikenal");
        status(visitor().get("/api/v1/cycles/2082/results.csv?sort=sideways"), 400);
    }

    @Test
    void unknownFilterCodesGiveAnEmptyListWithAMessageNotAnError() {
        HttpResponse<String> page = visitor().get("/hasil/2082?type=KECAMATAN&zone=BIRU&province=36");
        status(page, 200);
        assertThat(page.body()).contains("Kode filter tidak dikenal", "type=KECAMATAN", "zone=BIRU")
                .doesNotContain("data-entity=");
        HttpResponse<String> english = visitor().inEnglish().get("/hasil/2082?sort=sideways&lang=en");
        status(english, 200);
        assertThat(english.body()).contains("Unknown filter code: sort=sideways");
    }

    @Test
    void anEmbargoedOrUndeterminedCycleIsNotFoundRatherThanForbidden() {
        for (String path : new String[] {"/hasil/2083", "/hasil/2083/entitas/36.01", "/hasil/2083/provinsi/36",
                "/peta/2083", "/hasil/2084", "/hasil/tahun"}) {
            assertThat(visitor().get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(visitor().get("/statistik").body()).as("statistics count published cycles only")
                .contains("2082", "2081").doesNotContain("2083 —");
        // The statistics file: published cycles only; each zone's count of a type adds up to its total, and each share is
        // the count in percent of the total, two decimals half-up.
        HttpResponse<String> file = visitor().get("/api/v1/statistics.csv");
        status(file, 200);
        List<String> lines = file.body().lines().toList();
        assertThat(lines.get(0)).contains("year,version,entityType,measure,value,count,total,sharePercent");
        assertThat(lines).noneMatch(line -> line.startsWith("2083,"));
        assertThat(lines).anyMatch(line -> line.startsWith("2081,"));
        java.util.Map<String, Integer> zoneSums = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int count = Integer.parseInt(f[5]);
            int total = Integer.parseInt(f[6]);
            assertThat(new java.math.BigDecimal(f[7])).as(line).isEqualByComparingTo(java.math.BigDecimal.valueOf(count * 100L)
                    .divide(java.math.BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP));
            if (f[3].equals("zone")) {
                zoneSums.merge(f[0] + "/" + f[2] + "/" + total, count, Integer::sum);
            }
        }
        zoneSums.forEach((key, sum) -> assertThat(sum).as(key).isEqualTo(Integer.parseInt(key.split("/")[2])));
        assertThat(zoneSums).containsKey("2082/ALL/3");
        assertThat(visitor().get("/statistik").body()).contains("/api/v1/statistics.csv");
    }

    @Test
    void aLiveCorrectionStaysInvisibleUntilItsErratumIsPublished() {
        status(admin().post("/api/v1/cycles/2081/determination/reopen", "{\"reason\":\"Nilai Lebak tertukar\"}"), 204);
        status(admin().put("/api/v1/cycles/2081/entities/36.03/units/DUKCAPIL/score", "{\"score\":55.50}"), 200);
        assertThat(visitor().get("/hasil/2081/entitas/36.03").body()).contains("50.00").doesNotContain("55.50");

        status(admin().post("/api/v1/cycles/2081/determination", "{\"decreeNumber\":\"2081/SITE-2\",\"decreeDate\":"
                + "\"2080-12-02\",\"publishAt\":\"" + FUTURE + "\"}"), 201);
        assertThat(visitor().get("/hasil/2081/entitas/36.03").body()).as("the erratum is still under embargo")
                .contains("50.00").doesNotContain("55.50");
    }

    @Test
    void anEntityProfileShowsItsUnitsDimensionsTrendAndWhatChanged() {
        HttpResponse<String> page = visitor().get("/hasil/2082/entitas/36.01");
        status(page, 200);
        assertThat(page.body()).contains("94.00", "DUKCAPIL", "DINSOS", "+25.00", "dimensionChart", "trendChart",
                "Nilai 2081: 71.00 → sekarang 94.00 (+23.00).", "Kategori berubah");
        assertThat(page.body()).as("the trend lists every published year").contains("/hasil/2081/entitas/36.01");
        assertThat(visitor().get("/hasil/2082/entitas/99.99").statusCode()).isEqualTo(404);
    }

    @Test
    void aProvincePageRanksItsGovernmentsAndCountsZones() {
        HttpResponse<String> page = visitor().get("/hasil/2082/provinsi/36");
        status(page, 200);
        assertThat(page.body()).contains("Banten", "data-entity=\"36.01\"", "Pemerintah provinsi tidak dinilai");
        assertThat(visitor().get("/hasil/2082/provinsi/77").statusCode()).isEqualTo(404);
    }

    @Test
    void theMapColoursProvincesByZoneAndCreditsItsSource() {
        HttpResponse<String> page = visitor().get("/peta/2082?by=daerah");
        status(page, 200);
        assertThat(page.body()).contains("/geo/indonesia-38-provinces.geojson", "Deny Herianto", "CC BY 4.0",
                "data-province=\"36\"", "\"name\":\"36\"", "\"zone\":");
        String geo = visitor().get("/geo/indonesia-38-provinces.geojson").body();
        for (String code : new String[] {"91", "92", "93", "94", "95", "96"}) {
            assertThat(geo).as("Papua code " + code + " corrected").contains("\"KODE_PROV\":\"" + code + "\"");
        }
    }

    @Test
    void pagesSendValidatorsAndAnswerNotModified() {
        HttpResponse<String> first = visitor().get("/hasil/2082");
        status(first, 200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        HttpResponse<String> again = visitor().header("If-None-Match", etag).get("/hasil/2082");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(visitor().header("If-None-Match", "\"stale\"").get("/hasil/2082").statusCode()).isEqualTo(200);
    }
}
