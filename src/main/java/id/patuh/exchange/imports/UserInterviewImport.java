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
 * user-interview indicator of the cycle's methodology, holding that respondent's level. Checked levels are kept packed
 * in memory (a byte each), then spooled to a temporary file as answer rows in the table's key order and loaded in one
 * COPY ({@link BulkAnswers}), replacing the user-interview answers of
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
    private final Map<String, Responses> responses = new java.util.HashMap<>();
    private final Path spool;
    private final OutputStream out;
    private final byte[] prefix;
    private final byte[] suffix;
    private final String[] columns;
    private int rows;

    UserInterviewImport(ImportContext context, BulkAnswers bulk) {
        this.context = context;
        this.bulk = bulk;
        this.indicators = indicators(context);
        this.columns = indicators.stream().map(i -> i.code().toLowerCase(Locale.ROOT)).toArray(String[]::new);
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
            String column = columns[i];
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
            return; // nothing will be written: stop keeping levels, keep checking
        }
        responses.computeIfAbsent(key, k -> new Responses(entity.code(), unitCode, levels.length)).add(respondent, levels);
        rows++;
    }

    /**
     * One unit's respondents and their levels, packed (a byte per level): 65,000 respondents × 8 indicators take half a
     * megabyte, whatever the number of units.
     */
    private static final class Responses {
        final String entityCode;
        final String unitCode;
        final int width;
        int[] respondents = new int[16];
        byte[] levels;
        int size;

        Responses(String entityCode, String unitCode, int width) {
            this.entityCode = entityCode;
            this.unitCode = unitCode;
            this.width = width;
            this.levels = new byte[16 * width];
        }

        void add(int respondent, int[] values) {
            if (size == respondents.length) {
                respondents = java.util.Arrays.copyOf(respondents, size * 2);
                levels = java.util.Arrays.copyOf(levels, size * 2 * width);
            }
            respondents[size] = respondent;
            for (int i = 0; i < width; i++) {
                levels[size * width + i] = (byte) values[i];
            }
            size++;
        }
    }

    /**
     * Writes the answer rows in the order of the answers table's key (unit, indicator, respondent): PostgreSQL then
     * appends to its index instead of jumping around it, which made the load about a third faster in the bench.
     */
    private void spool() throws IOException {
        List<Responses> ordered = new java.util.ArrayList<>(responses.values());
        ordered.sort(java.util.Comparator.comparing((Responses r) -> r.entityCode).thenComparing(r -> r.unitCode));
        Integer[] byCode = new Integer[indicators.size()];
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] = i;
        }
        java.util.Arrays.sort(byCode, java.util.Comparator.comparing(i -> indicators.get(i).code()));
        for (Responses unit : ordered) {
            Integer[] rowOrder = new Integer[unit.size];
            for (int r = 0; r < unit.size; r++) {
                rowOrder[r] = r;
            }
            int[] respondents = unit.respondents;
            java.util.Arrays.sort(rowOrder, java.util.Comparator.comparingInt(r -> respondents[r]));
            byte[] head = (csv(unit.entityCode) + "," + csv(unit.unitCode) + ",").getBytes(StandardCharsets.UTF_8);
            for (int i : byCode) {
                byte[] code = (indicators.get(i).code() + ",").getBytes(StandardCharsets.UTF_8);
                for (int r : rowOrder) {
                    int level = unit.levels[r * unit.width + i];
                    if (level < 0) {
                        continue;
                    }
                    out.write(prefix);
                    out.write(head);
                    out.write(code);
                    out.write(Integer.toString(respondents[r]).getBytes(StandardCharsets.US_ASCII));
                    out.write(',');
                    out.write(Integer.toString(level).getBytes(StandardCharsets.US_ASCII));
                    out.write(suffix);
                }
            }
        }
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    int write() {
        try {
            spool();
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
