package id.patuh.exchange.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Table} as XLSX (fastexcel, streamed) or CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Indonesian names right). Text that a spreadsheet would run as a formula is neutralised in both.
 */
final class TableWriter {

    private TableWriter() {
    }

    /**
     * Text starting with {@code = + - @}, a tab or a carriage return is what spreadsheet programs treat as a formula
     * (CSV injection); a leading apostrophe makes it plain text again. Numbers are written as numbers, never touched:
     * a negative score change is not a formula.
     */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    static void write(Table table, ExportFormat format, OutputStream out) {
        try {
            if (format == ExportFormat.XLSX) {
                xlsx(table, out);
            } else {
                csv(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get());
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                printer.print(value instanceof String text ? neutralised(text) : plain(value));
            }
            printer.println();
        }
        printer.flush();
    }

    private static Object plain(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : value;
    }

    private static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Patuh", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(0, c, table.columns().get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof String text) {
                    sheet.value(r, c, neutralised(text));
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value instanceof Boolean flag) {
                    sheet.value(r, c, flag);
                } else if (value != null) {
                    sheet.value(r, c, neutralised(value.toString()));
                }
            }
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
