package id.patuh.results.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered public pages kept in memory, keyed by the published versions, the page and its filters, the language and
 * the demo banner. A page only changes when a version is published, so when the set of published versions changes the
 * whole cache is dropped. Bounded: arbitrary filter values in URLs must not grow it without limit.
 */
final class PageCache {

    /** A rendered page with its strong ETag (a digest of the bytes). */
    record Page(byte[] body, String etag) {
    }

    private final int capacity;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private volatile String signature = "";

    PageCache(int capacity) {
        this.capacity = capacity;
    }

    /** The cached page for the key under the current publication signature, rendering it on a miss. */
    Page get(String signature, String key, Supplier<byte[]> render) {
        if (!signature.equals(this.signature)) {
            synchronized (this) {
                if (!signature.equals(this.signature)) {
                    pages.clear();
                    this.signature = signature;
                }
            }
        }
        Page page = pages.get(key);
        if (page != null) {
            return page;
        }
        byte[] body = render.get();
        page = new Page(body, etag(body));
        if (pages.size() >= capacity) {
            pages.clear();
        }
        if (signature.equals(this.signature)) {
            pages.put(key, page);
        }
        return page;
    }

    /** The page cached under the key, or null when absent or rendered for other published versions. */
    Page peek(String signature, String key) {
        return signature.equals(this.signature) ? pages.get(key) : null;
    }

    int size() {
        return pages.size();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
