package id.patuh.exchange.imports;

import java.util.List;

/**
 * How one kind of file is checked and written. An instance lives for one file: {@link #row} checks a data row and
 * keeps what it needs (in memory, or spooled to disk for the big kinds); {@link #write} runs only when no row failed,
 * inside the import's single transaction, and returns the rows written.
 */
abstract class KindImport implements AutoCloseable {

    /** Columns every file of this kind has, in the template's order. */
    abstract List<String> required();

    /** Columns a file may add. */
    List<String> optional() {
        return List.of();
    }

    /** A problem with the file as a whole before any row is read (the cycle's method does not fit, say). */
    void begin() {
    }

    abstract void row(ImportRowCells row);

    abstract int write();

    @Override
    public void close() {
    }
}
