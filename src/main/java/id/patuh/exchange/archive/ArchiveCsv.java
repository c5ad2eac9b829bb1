package id.patuh.exchange.archive;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV dialect of archive files: RFC 4180, UTF-8, a header row with the table's column names, every value quoted
 * and SQL null written as an unquoted empty field, so null and the empty string both survive the round trip.
 */
final class ArchiveCsv {

    static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setHeader().setSkipHeaderRecord(true).get();

    private ArchiveCsv() {
    }
}
