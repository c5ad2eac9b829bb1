package id.patuh.fieldwork;

import id.patuh.cycle.Cycles;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Answers written in bulk: replaces, in a set of units, every answer to some indicators (one data source, such as the
 * service-user interviews) with rows streamed through PostgreSQL's COPY — the path of large imports, where a statement
 * per answer would take minutes. The units' locks and the cycle's phase apply as for {@link Answers#replace}; the rows
 * must already be checked against the methodology by the caller, and the table's own keys and checks still hold.
 */
@Service
public class BulkAnswers {

    /** The columns, in order, of the CSV rows {@link #replace} reads (UTF-8, comma-separated, no header). */
    public static final String COLUMNS = "year,entity_code,unit_code,indicator_code,respondent,level,recorded_by";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Cycles cycles;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<CaptureGate> gate;

    BulkAnswers(JdbcClient jdbc, DataSource dataSource, Cycles cycles, ApplicationEventPublisher events,
                ObjectProvider<CaptureGate> gate) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cycles = cycles;
        this.events = events;
        this.gate = gate;
    }

    /**
     * In each unit of {@code units} (entity code → unit codes) removes the answers to {@code indicators} and loads
     * {@code rows} ({@link #COLUMNS}); one {@link UnitAnswersReplaced} per unit. Returns the number of rows loaded.
     */
    @Transactional
    public long replace(int year, Map<String, Set<String>> units, Collection<String> indicators, InputStream rows,
                        String recordedBy) {
        cycles.requireUndetermined(year);
        String[] codes = indicators.toArray(String[]::new);
        for (Map.Entry<String, Set<String>> entity : units.entrySet()) {
            for (String unit : entity.getValue()) {
                cycles.joinLocus(year, entity.getKey(), unit);
                // Serialised with saves and status changes on the unit, as every answer write is.
                jdbc.sql("select 1 from cycle_units where year = ? and entity_code = ? and unit_code = ? for update")
                        .params(year, entity.getKey(), unit).query(Integer.class).single();
                gate.getObject().requireCorrectable(year, entity.getKey(), unit);
            }
        }
        String[] entities = units.keySet().toArray(String[]::new);
        Map<String, Integer> before = counts(year, entities);
        for (Map.Entry<String, Set<String>> entity : units.entrySet()) {
            for (String unit : entity.getValue()) {
                jdbc.sql("delete from answers where year = ? and entity_code = ? and unit_code = ? and indicator_code = any(?)")
                        .params(year, entity.getKey(), unit, codes).update();
            }
        }
        long loaded = copy(rows);
        Map<String, Integer> after = counts(year, entities);
        for (Map.Entry<String, Set<String>> entity : units.entrySet()) {
            for (String unit : entity.getValue()) {
                String key = entity.getKey() + "|" + unit;
                events.publishEvent(new UnitAnswersReplaced(year, entity.getKey(), unit, after.getOrDefault(key, 0),
                        before.getOrDefault(key, 0), recordedBy));
            }
        }
        return loaded;
    }

    private long copy(InputStream rows) {
        // The transaction's own connection, so the COPY commits or rolls back with everything else.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy answers (" + COLUMNS + ") from stdin with (format csv, encoding 'UTF8')", rows);
        } catch (SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("copy answers", null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Map<String, Integer> counts(int year, String[] entities) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select entity_code, unit_code, count(*) from answers where year = ? and entity_code = any(?) "
                        + "group by entity_code, unit_code")
                .params(year, entities)
                .query(rs -> {
                    counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                });
        return counts;
    }
}
