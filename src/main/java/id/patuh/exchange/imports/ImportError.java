package id.patuh.exchange.imports;

/**
 * One thing wrong with an import file: its row (1 is the header; null for the file as a whole), its column (the header
 * name; null for the whole row or file) and what is wrong, in the reader's language.
 */
public record ImportError(Integer row, String column, String message) {
}
