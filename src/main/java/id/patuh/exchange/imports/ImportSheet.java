package id.patuh.exchange.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded table, read as rows of text one at a time (never the whole file in memory). The type is told from the
 * bytes, never the name: a ZIP is read as XLSX (first sheet), readable UTF-8 text as CSV (comma or, as Indonesian Excel
 * saves it, semicolon; a BOM is skipped); anything else — an old .xls, a PDF, a picture, a program — is refused.
 */
public final class ImportSheet implements AutoCloseable {

    /** The longest cell accepted; longer text is a mistake (or an attack), never a code, name or number. */
    public static final int MAX_CELL = 1000;
    // A workbook this size unpacked is no table of scores: refuse before reading (a zip bomb is small packed).
    private static final long MAX_UNPACKED_PART = 400L * 1024 * 1024;
    private static final long MAX_UNPACKED_TOTAL = 600L * 1024 * 1024;

    /** The file types read. */
    public enum Type { XLSX, CSV }

    /** A file that cannot be read as a table at all: the message key and its arguments. */
    public static final class Unreadable extends Exception {
        private final String key;
        private final transient Object[] arguments;

        Unreadable(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments;
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments;
        }
    }

    /** One row: its number in the file (1 = header) and its cells; {@code problems[i]} is a message key or null. */
    public record SheetRow(int number, String[] cells, String[] problems) {
    }

    private final Type type;
    private final AutoCloseable resource;
    private final Iterator<SheetRow> rows;
    private final List<String> header;

    private ImportSheet(Type type, AutoCloseable resource, Iterator<SheetRow> rows) throws Unreadable {
        this.type = type;
        this.resource = resource;
        this.rows = rows;
        SheetRow first = nextOrNull(rows);
        if (first == null) {
            close();
            throw new Unreadable("exchange.import.file.empty");
        }
        this.header = List.of(first.cells());
    }

    public Type type() {
        return type;
    }

    public List<String> header() {
        return header;
    }

    /**
     * The next data row with anything in it, or null at the end. A CSV in another encoding than UTF-8 surfaces here,
     * at the row where the bad bytes are.
     */
    public SheetRow next() throws Unreadable {
        while (true) {
            SheetRow row = nextOrNull(rows);
            if (row == null) {
                return null;
            }
            for (int i = 0; i < row.cells().length; i++) {
                if (row.problems()[i] != null || !row.cells()[i].isBlank()) {
                    return row;
                }
            }
        }
    }

    private static SheetRow nextOrNull(Iterator<SheetRow> rows) throws Unreadable {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new Unreadable("exchange.import.file.notUtf8");
            }
            throw new Unreadable("exchange.import.file.unreadable", String.valueOf(e.getCause().getMessage()));
        } catch (RuntimeException e) {
            // fastexcel and commons-csv report broken XML, quotes left open and the like as runtime errors.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                if (cause instanceof CharacterCodingException) {
                    throw new Unreadable("exchange.import.file.notUtf8");
                }
                cause = cause.getCause();
            }
            if (cause instanceof CharacterCodingException) {
                throw new Unreadable("exchange.import.file.notUtf8");
            }
            throw new Unreadable("exchange.import.file.unreadable", String.valueOf(cause.getMessage()));
        }
    }

    /** Opens a file, telling XLSX from CSV by its first bytes. */
    public static ImportSheet open(Path file) throws Unreadable, IOException {
        byte[] head = new byte[8192];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        if (length == 0) {
            throw new Unreadable("exchange.import.file.empty");
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return xlsx(file);
        }
        if (length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            throw new Unreadable("exchange.import.file.oldExcel");
        }
        for (int i = 0; i < length; i++) {
            // Text has no NUL and few control bytes; a picture, PDF or program has many within its first block.
            int b = head[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
                throw new Unreadable("exchange.import.file.notATable");
            }
        }
        if (length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw new Unreadable("exchange.import.file.notATable");
        }
        return csv(file, head, length);
    }

    private static ImportSheet xlsx(Path file) throws Unreadable, IOException {
        // Check the package before the reader opens it: a broken archive, or one that unpacks to gigabytes.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            boolean workbook = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                workbook |= entry.getName().equals("xl/workbook.xml");
                long size = entry.getSize();
                if (size < 0 || size > MAX_UNPACKED_PART || (total += size) > MAX_UNPACKED_TOTAL) {
                    throw new Unreadable("exchange.import.file.tooLargeUnpacked");
                }
            }
            if (!workbook) {
                throw new Unreadable("exchange.import.file.notXlsx");
            }
        } catch (ZipException e) {
            throw new Unreadable("exchange.import.file.brokenXlsx");
        }
        ReadableWorkbook workbook;
        Stream<Row> stream;
        try {
            workbook = new ReadableWorkbook(file.toFile());
            stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("exchange.import.file.brokenXlsx");
        }
        Iterator<Row> source = stream.iterator();
        Iterator<SheetRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public SheetRow next() {
                return row(source.next());
            }
        };
        return new ImportSheet(Type.XLSX, () -> {
            stream.close();
            workbook.close();
        }, rows);
    }

    private static SheetRow row(Row row) {
        int width = row.getCellCount();
        String[] cells = new String[width];
        String[] problems = new String[width];
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells[i] = "";
            if (cell == null) {
                continue;
            }
            CellType type = cell.getType();
            if (type == CellType.FORMULA || cell.getFormula() != null) {
                problems[i] = "exchange.import.cell.formula";
            } else if (type == CellType.ERROR) {
                problems[i] = "exchange.import.cell.error";
            } else if (type == CellType.NUMBER) {
                cells[i] = number(cell.getRawValue());
            } else if (type != CellType.EMPTY) {
                String text = cell.getText();
                cells[i] = text == null ? "" : text;
            }
            if (cells[i].length() > MAX_CELL) {
                cells[i] = "";
                problems[i] = "exchange.import.cell.tooLong";
            }
        }
        return new SheetRow(row.getRowNum(), cells, problems);
    }

    /** A stored double as the figure typed: {@code 95.250000000000001} is 95.25. */
    private static String number(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.strip());
            if (value.scale() > 9) {
                value = value.setScale(9, RoundingMode.HALF_UP);
            }
            return value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static ImportSheet csv(Path file, byte[] head, int length) throws Unreadable, IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
        boolean bom = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        // Strict decoding: a file saved as Windows-1252 or UTF-16 fails loudly instead of importing mangled names.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        String firstLine = new String(head, bom ? 3 : 0, length - (bom ? 3 : 0), StandardCharsets.ISO_8859_1).lines()
                .findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
        } catch (UncheckedIOException e) {
            in.close();
            throw new Unreadable("exchange.import.file.notUtf8");
        }
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<SheetRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public SheetRow next() {
                if (!records.hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                String[] cells = record.values();
                String[] problems = new String[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].length() > MAX_CELL) {
                        cells[i] = "";
                        problems[i] = "exchange.import.cell.tooLong";
                    } else if (cells[i].startsWith("=") && cells[i].length() > 1 && !cells[i].matches("=\\s*")) {
                        // A spreadsheet formula saved as text: the value it would compute is not in the file.
                        problems[i] = "exchange.import.cell.formula";
                    }
                }
                // The line a person sees in an editor; records spanning lines are rare in these tables.
                return new SheetRow((int) record.getRecordNumber(), cells, problems);
            }
        };
        return new ImportSheet(Type.CSV, parser, rows);
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            // Closing a read-only file or stream: nothing to recover.
        }
    }

    /** Column names as given, trimmed and lower-cased, for matching against a kind's columns. */
    public static List<String> normalised(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }
}
