package id.patuh.reports.internal;

import id.patuh.results.Determination;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PublishedResults;
import id.patuh.results.ResultFilter;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-through cache of determined snapshots. A snapshot version never changes (the database refuses it), so keeping
 * the few most recent versions in memory is safe and spares a bulk run ~600 identical queries per document.
 */
@Component
class Snapshots {

    private static final int KEPT = 4;

    private final PublishedResults results;
    private final Map<String, Snapshot> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > KEPT;
        }
    });

    Snapshots(PublishedResults results) {
        this.results = results;
    }

    Snapshot of(Determination version) {
        return cache.computeIfAbsent(version.year() + "/" + version.version(), key -> new Snapshot(version, results));
    }

    /** One version's entity lines, and every entity's units once somebody needs them. */
    static final class Snapshot {

        private final Determination version;
        private final PublishedResults results;
        private final List<EntityResultRow> entities;
        private final Map<String, EntityResultDetail> details = new ConcurrentHashMap<>();
        private volatile boolean allLoaded;

        private Snapshot(Determination version, PublishedResults results) {
            this.version = version;
            this.results = results;
            this.entities = List.copyOf(results.entities(version, new ResultFilter(null, null)));
        }

        Determination version() {
            return version;
        }

        List<EntityResultRow> entities() {
            return entities;
        }

        /** One entity with its units; "not found" (404) when the entity is not in this version. */
        EntityResultDetail detail(String entityCode) {
            EntityResultDetail known = details.get(entityCode);
            if (known != null) {
                return known;
            }
            EntityResultDetail read = results.entity(version, entityCode);
            details.put(entityCode, read);
            return read;
        }

        /** Every entity with its units (for unit comparisons across a province or the country). */
        List<EntityResultDetail> all() {
            if (!allLoaded) {
                for (EntityResultRow row : entities) {
                    detail(row.entityCode());
                }
                allLoaded = true;
            }
            return entities.stream().map(row -> details.get(row.entityCode())).toList();
        }
    }
}
