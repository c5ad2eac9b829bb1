package id.patuh.exchange.imports;

import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The errors found while reading a file, told in the uploader's language. All are counted; the first {@link #KEPT} are
 * kept, so a file that is wrong on every one of its 65,000 rows still reports in bounded memory.
 */
public final class ImportErrors {

    /** How many errors are kept and reported; the rest are counted. */
    public static final int KEPT = 1000;

    private final MessageSource messages;
    private final Locale locale;
    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    public ImportErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** An error at a row and column (either may be null), from a message key and its arguments. */
    public void add(Integer row, String column, String key, Object... arguments) {
        count++;
        if (kept.size() < KEPT) {
            Object[] shown = java.util.Arrays.stream(arguments)
                    .map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a).toArray();
            kept.add(new ImportError(row, column, messages.getMessage(key, shown, key, locale)));
        }
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public boolean any() {
        return count > 0;
    }

    public int count() {
        return count;
    }

    public List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
