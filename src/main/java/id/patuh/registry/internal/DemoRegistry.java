package id.patuh.registry.internal;

import id.patuh.PatuhProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo service units and products for the providers of Banten and Jawa Tengah, in the shape a regency or city usually
 * has (domain.md §1). Every row is flagged {@code demo}; added once, only to entities that have no unit yet.
 */
@Component
@Order(10)
class DemoRegistry implements ApplicationRunner {

    static final List<String> DEMO_PROVINCES = List.of("36", "33");
    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

    private record DemoProduct(String code, String name) {
    }

    private record DemoUnit(String code, String name, String kind, List<DemoProduct> products) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PatuhProperties properties;

    DemoRegistry(JdbcClient jdbc, TransactionTemplate transaction, PatuhProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled()) {
            return;
        }
        Map<String, List<String>> districts = districtsByRegency();
        Integer added = transaction.execute(status -> {
            int units = 0;
            List<Map<String, Object>> entities = jdbc.sql("""
                            select e.code, e.name, e.type, p.name as province from entities e join provinces p on p.code = e.province_code
                            where e.province_code in (:provinces)
                              and not exists (select 1 from service_units u where u.entity_code = e.code)
                            order by e.code""")
                    .param("provinces", DEMO_PROVINCES).query().listOfRows();
            for (Map<String, Object> entity : entities) {
                String code = (String) entity.get("code");
                List<DemoUnit> plan = "PEMPROV".equals(entity.get("type"))
                        ? provinceUnits((String) entity.get("province"))
                        : localUnits(districts.getOrDefault(code, List.of()));
                for (DemoUnit unit : plan) {
                    jdbc.sql("insert into service_units (entity_code, code, name, kind, demo) values (?, ?, ?, ?, true)")
                            .params(code, unit.code(), unit.name(), unit.kind()).update();
                    for (DemoProduct product : unit.products()) {
                        jdbc.sql("insert into service_products (entity_code, unit_code, code, name) values (?, ?, ?, ?)")
                                .params(code, unit.code(), product.code(), product.name()).update();
                    }
                    units++;
                }
            }
            return units;
        });
        if (added != null && added > 0) {
            log.info("Demo data: added {} service units to the providers of Banten and Jawa Tengah", added);
        }
    }

    private static List<DemoUnit> localUnits(List<String> districtNames) {
        List<DemoUnit> units = new ArrayList<>(List.of(
                new DemoUnit("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "DUKCAPIL",
                        List.of(new DemoProduct("KTP-EL", "Kartu Tanda Penduduk Elektronik"),
                                new DemoProduct("AKTA-LAHIR", "Akta Kelahiran"))),
                new DemoUnit("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP",
                        List.of(new DemoProduct("PBG", "Persetujuan Bangunan Gedung"),
                                new DemoProduct("NIB", "Nomor Induk Berusaha"))),
                new DemoUnit("DINSOS", "Dinas Sosial", "DINAS_SOSIAL",
                        List.of(new DemoProduct("SKTM", "Surat Keterangan Tidak Mampu"),
                                new DemoProduct("DTKS", "Pendaftaran Data Terpadu Kesejahteraan Sosial"))),
                new DemoUnit("DINDIK", "Dinas Pendidikan", "DINAS_PENDIDIKAN",
                        List.of(new DemoProduct("LEGALISIR", "Legalisir Ijazah"),
                                new DemoProduct("MUTASI", "Mutasi Peserta Didik"))),
                new DemoUnit("DINKES", "Dinas Kesehatan", "DINAS_KESEHATAN",
                        List.of(new DemoProduct("SIP", "Surat Izin Praktik Tenaga Kesehatan"),
                                new DemoProduct("PIRT", "Sertifikat Produksi Pangan Industri Rumah Tangga")))));
        for (int i = 0; i < districtNames.size(); i++) {
            units.add(new DemoUnit("PKM-0" + (i + 1), "Puskesmas " + districtNames.get(i), "PUSKESMAS",
                    List.of(new DemoProduct("RAWAT-JALAN", "Pelayanan Rawat Jalan"),
                            new DemoProduct("IMUNISASI", "Imunisasi"))));
        }
        return units;
    }

    private static List<DemoUnit> provinceUnits(String provinceName) {
        return List.of(
                new DemoUnit("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi", "DPMPTSP",
                        List.of(new DemoProduct("IZIN-USAHA", "Perizinan Berusaha"),
                                new DemoProduct("IZIN-LINGKUNGAN", "Persetujuan Lingkungan"))),
                new DemoUnit("DINSOS", "Dinas Sosial Provinsi", "DINAS_SOSIAL",
                        List.of(new DemoProduct("REKOM-LKS", "Rekomendasi Lembaga Kesejahteraan Sosial"))),
                new DemoUnit("DINDIK", "Dinas Pendidikan Provinsi", "DINAS_PENDIDIKAN",
                        List.of(new DemoProduct("LEGALISIR", "Legalisir Ijazah SMA/SMK"),
                                new DemoProduct("PPDB", "Penerimaan Peserta Didik Baru"))),
                new DemoUnit("DINKES", "Dinas Kesehatan Provinsi", "DINAS_KESEHATAN",
                        List.of(new DemoProduct("SIP", "Surat Izin Praktik Tenaga Kesehatan"))),
                new DemoUnit("RSUD", "RSUD Provinsi " + provinceName, "RSUD",
                        List.of(new DemoProduct("RAWAT-JALAN", "Pelayanan Rawat Jalan"),
                                new DemoProduct("IGD", "Instalasi Gawat Darurat"))),
                new DemoUnit("BAPENDA", "Badan Pendapatan Daerah (Samsat)", "OTHER",
                        List.of(new DemoProduct("PKB", "Pembayaran Pajak Kendaraan Bermotor"))));
    }

    private static Map<String, List<String>> districtsByRegency() {
        String resource = "registry/demo/districts-banten-jawa-tengah.csv";
        var stream = DemoRegistry.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        Map<String, List<String>> districts = new LinkedHashMap<>();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                districts.computeIfAbsent(row.get("regency_code"), k -> new ArrayList<>()).add(row.get("name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return districts;
    }
}
