package id.patuh.exchange.export;

import java.util.List;

/**
 * A list ready to be written as a spreadsheet: column names (the API's field names, so a file and a JSON answer read
 * alike) and rows of plain values (text, numbers, booleans, null for an empty cell).
 */
record Table(String sheetName, List<String> columns, List<List<Object>> rows) {

    Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
