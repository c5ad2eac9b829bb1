package id.patuh.results.site;

import id.patuh.results.ResultsDetermined;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which snapshot version of each cycle the public may see now: the newest whose publication time has passed. The list
 * of versions is read at most every few seconds (and again right after a determination here), while "has its time come"
 * is decided against the clock on every call, so an embargo ends on time without a query per page view.
 */
@Component
class Publications {

    /** Another instance's determination is seen within this long. */
    private static final long REFRESH_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Loaded loaded;

    Publications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Loaded(long at, List<PublishedVersion> versions) {
    }

    /** The published version of every cycle that has one, newest year first. */
    List<PublishedVersion> published() {
        Instant now = clock.instant();
        Map<Integer, PublishedVersion> newest = new LinkedHashMap<>();
        for (PublishedVersion v : versions()) {
            if (!v.publishAt().toInstant().isAfter(now)) {
                newest.merge(v.year(), v, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        List<PublishedVersion> list = new ArrayList<>(newest.values());
        list.sort(Comparator.comparingInt(PublishedVersion::year).reversed());
        return list;
    }

    /** The published version of one cycle; empty while none is public (embargo, or not determined). */
    Optional<PublishedVersion> published(int year) {
        return published().stream().filter(v -> v.year() == year).findFirst();
    }

    /** A short text that changes whenever any published version changes: part of every cached page's key. */
    String signature() {
        StringBuilder text = new StringBuilder();
        for (PublishedVersion v : published()) {
            text.append(v.year()).append('v').append(v.version()).append(',');
        }
        return text.toString();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResultsDetermined determined) {
        loaded = null;
    }

    private List<PublishedVersion> versions() {
        Loaded current = loaded;
        long now = System.nanoTime();
        if (current == null || now - current.at() > REFRESH_NANOS) {
            List<PublishedVersion> versions = jdbc.sql("""
                            select year, version, methodology_id, decree_number, decree_date, publish_at
                            from determinations order by year, version""")
                    .query((rs, n) -> new PublishedVersion(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime()))
                    .list();
            current = new Loaded(now, List.copyOf(versions));
            loaded = current;
        }
        return current.versions();
    }
}
