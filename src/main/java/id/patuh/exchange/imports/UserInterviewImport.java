package id.patuh.exchange.imports;

import id.patuh.fieldwork.BulkAnswers;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Indicator;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.ServiceUnit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Service-user interviews, one row per respondent: {@code entity_code, unit_code, respondent} and one column per
 * user-interview indicator of the cycle's methodology, holding that respondent's level. Checked rows are spooled to a
 * temporary file as answer rows and loaded in one COPY ({@link BulkAnswers}), replacing the user-interview answers of
 * every unit in the file — 65,000 respondents are half a million answers, far too many for a statement each.
 * A blank level is allowed only where the indicator does not apply to the unit (by entity type and unit kind).
 */
final class UserInterviewImport extends KindImport {

    private final ImportContext context;
    private final BulkAnswers bulk;
    private final List<Indicator> indicators;
    private final Map<String, Set<String>> units = new LinkedHashMap<>();
    private final Set<Long> seen = new HashSet<>();
    private final Map<String, Integer> unitIds = new LinkedHashMap<>();
    private final Path spool;
    private final OutputStream out;
    private final byte[] prefix;
    private final byte[] suffix;
    private int rows;

    UserInterviewImport(ImportContext context, BulkAnswers bulk) {
        this.context = context;
        this.bulk = bulk;
        this.indicators = indicators(context);
        try {
            spool = Files.createTempFile("patuh-user-interviews-", ".csv");
            out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prefix = (context.year() + ",").getBytes(StandardCharsets.UTF_8);
        suffix = (",\"" + context.user().username().replace("\"", "\"\"") + "\"\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The user-interview indicators of a cycle's methodology, in its order: the template's indicator columns. */
    static List<Indicator> indicators(ImportContext context) {
        return context.methodology().indicators().stream().filter(i -> i.source() == DataSource.USER_INTERVIEW).toList();
    }

    static List<String> fixedColumns() {
        return List.of("entity_code", "unit_code", "respondent");
    }

    @Override
    List<String> required() {
        List<String> columns = new java.util.ArrayList<>(fixedColumns());
        indicators.forEach(i -> columns.add(i.code().toLowerCase(Locale.ROOT)));
        return columns;
    }

    @Override
    void begin() {
        if (indicators.isEmpty()) {
            context.errors().add(null, null, "exchange.import.userInterviews.none", context.methodology().id());
        }
    }

    @Override
    void row(ImportRowCells row) {
        EntitySummary entity = context.entity(row);
        String unitCode = row.required("unit_code");
        Integer respondent = row.whole("respondent", 1, 1000, true);
        ServiceUnit unit = null;
        if (entity != null && unitCode != null) {
            Optional<ServiceUnit> found = context.unit(entity.code(), unitCode);
            if (found.isEmpty()) {
                row.error("unit_code", "exchange.import.row.unknownUnit", unitCode, entity.code());
            } else {
                unit = found.get();
            }
        }
        int[] levels = new int[indicators.size()];
        for (int i = 0; i < levels.length; i++) {
            Indicator indicator = indicators.get(i);
            String column = indicator.code().toLowerCase(Locale.ROOT);
            boolean applies = unit == null || indicator.applicability()
                    .appliesTo(entity.type(), unit.kind());
            Integer level = row.whole(column, 0, indicator.scale().maxLevel(), false);
            if (level == null && row.text(column) == null && applies && unit != null) {
                row.error(column, "exchange.import.row.required");
            }
            if (level != null && !applies) {
                row.error(column, "exchange.import.userInterviews.notAsked", indicator.code(), unit.kind().name());
            }
            levels[i] = level == null ? -1 : level;
        }
        if (row.failed()) {
            return;
        }
        String key = entity.code() + "|" + unitCode;
        int unitId = unitIds.computeIfAbsent(key, k -> unitIds.size());
        if (!seen.add(((long) unitId << 20) | respondent)) {
            row.error("respondent", "exchange.import.row.duplicateRespondent", respondent, unitCode);
            return;
        }
        units.computeIfAbsent(entity.code(), k -> new LinkedHashSet<>()).add(unitCode);
        if (context.errors().any()) {
            return; // nothing will be written: stop spooling, keep checking
        }
        try {
            byte[] head = (csv(entity.code()) + "," + csv(unitCode) + ",").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < levels.length; i++) {
                if (levels[i] < 0) {
                    continue;
                }
                out.write(prefix);
                out.write(head);
                out.write(indicators.get(i).code().getBytes(StandardCharsets.UTF_8));
                out.write(',');
                out.write(Integer.toString(respondent).getBytes(StandardCharsets.US_ASCII));
                out.write(',');
                out.write(Integer.toString(levels[i]).getBytes(StandardCharsets.US_ASCII));
                out.write(suffix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    int write() {
        try {
            out.close();
            try (InputStream in = Files.newInputStream(spool)) {
                bulk.replace(context.year(), units, indicators.stream().map(Indicator::code).toList(),
                        new java.io.BufferedInputStream(in, 1 << 16), context.user().username());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the OS temp cleaner takes it.
        }
    }
}
