package id.patuh.registry.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads the reference registry once, inside Flyway's transaction: provinces and regencies from the pinned
 * {@code idn-area-data} files (never typed by hand), one PEMPROV per province and one PEMKAB/PEMKOT per regency or
 * city with the Kemendagri code as its code, the starting list of ministries and agencies, and the regional offices.
 */
@Component
class LoadReferenceRegistryMigration implements JavaMigration {

    static final String AREA_DATA = "registry/idn-area-data/";
    private static final List<String> SOURCES = List.of(AREA_DATA + "provinces.csv", AREA_DATA + "regencies.csv",
            "registry/central-entities.csv", "registry/regional-offices.csv");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "load reference registry";
    }

    /** The data files' CRC, so Flyway's validation notices if someone edits an applied data file in place. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String source : SOURCES) {
            try (var stream = getClass().getClassLoader().getResourceAsStream(source)) {
                if (stream == null) {
                    throw new IllegalStateException("Missing registry resource " + source);
                }
                crc.update(stream.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<CSVRecord> provinces = read(AREA_DATA + "provinces.csv");
        List<CSVRecord> regencies = read(AREA_DATA + "regencies.csv");
        try (PreparedStatement province = connection.prepareStatement("insert into provinces (code, name) values (?, ?)");
             PreparedStatement pemprov = connection.prepareStatement(
                     "insert into entities (code, name, type, province_code) values (?, ?, 'PEMPROV', ?)")) {
            for (CSVRecord row : provinces) {
                province.setString(1, row.get("code"));
                province.setString(2, row.get("name"));
                province.addBatch();
                pemprov.setString(1, row.get("code"));
                pemprov.setString(2, "Pemerintah Provinsi " + row.get("name"));
                pemprov.setString(3, row.get("code"));
                pemprov.addBatch();
            }
            province.executeBatch();
            pemprov.executeBatch();
        }
        try (PreparedStatement regency = connection.prepareStatement(
                "insert into regencies (code, province_code, name) values (?, ?, ?)");
             PreparedStatement local = connection.prepareStatement(
                     "insert into entities (code, name, type, province_code) values (?, ?, ?, ?)")) {
            for (CSVRecord row : regencies) {
                String name = row.get("name");
                regency.setString(1, row.get("code"));
                regency.setString(2, row.get("province_code"));
                regency.setString(3, name);
                regency.addBatch();
                local.setString(1, row.get("code"));
                local.setString(2, "Pemerintah " + name);
                local.setString(3, localGovernmentType(row.get("code"), name));
                local.setString(4, row.get("province_code"));
                local.addBatch();
            }
            regency.executeBatch();
            local.executeBatch();
        }
        try (PreparedStatement central = connection.prepareStatement(
                "insert into entities (code, name, type) values (?, ?, ?)")) {
            for (CSVRecord row : read("registry/central-entities.csv")) {
                central.setString(1, row.get("code"));
                central.setString(2, row.get("name"));
                central.setString(3, row.get("type"));
                central.addBatch();
            }
            central.executeBatch();
        }
        loadOffices(connection);
    }

    private static void loadOffices(Connection connection) throws SQLException {
        try (PreparedStatement office = connection.prepareStatement(
                "insert into regional_offices (code, name, city) values (?, ?, ?)");
             PreparedStatement covers = connection.prepareStatement(
                     "insert into office_provinces (office_code, province_code) values (?, ?)")) {
            List<CSVRecord> offices = read("registry/regional-offices.csv");
            for (CSVRecord row : offices) {
                office.setString(1, row.get("code"));
                office.setString(2, row.get("name"));
                office.setString(3, row.get("city"));
                office.addBatch();
            }
            office.executeBatch();
            for (CSVRecord row : offices) {
                for (String provinceCode : row.get("province_codes").trim().split("\\s+")) {
                    covers.setString(1, row.get("code"));
                    covers.setString(2, provinceCode);
                    covers.addBatch();
                }
            }
            covers.executeBatch();
        }
    }

    /** The area data names every regency "Kabupaten …" and every city "Kota …"; anything else is a data error. */
    static String localGovernmentType(String code, String name) {
        if (name.startsWith("Kabupaten ")) {
            return "PEMKAB";
        }
        if (name.startsWith("Kota ")) {
            return "PEMKOT";
        }
        throw new IllegalStateException("Regency " + code + " '" + name + "' is neither a Kabupaten nor a Kota");
    }

    private static List<CSVRecord> read(String resource) {
        var stream = LoadReferenceRegistryMigration.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing registry resource " + resource);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
