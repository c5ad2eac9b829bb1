package id.patuh.exchange.archive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which Patuh and which database schema write an archive, for its manifest. */
@Component
class ArchiveVersions {

    private final ObjectProvider<BuildProperties> build;
    private final JdbcClient jdbc;

    ArchiveVersions(ObjectProvider<BuildProperties> build, JdbcClient jdbc) {
        this.build = build;
        this.jdbc = jdbc;
    }

    /** The build's version (from build-info), else the jar's, else "unknown" (a run from an IDE without build-info). */
    String application() {
        BuildProperties properties = build.getIfAvailable();
        if (properties != null && properties.getVersion() != null) {
            return properties.getVersion();
        }
        String jar = CycleArchiveWriter.class.getPackage().getImplementationVersion();
        return jar == null ? "unknown" : jar;
    }

    /** The newest Flyway migration applied: the table layout the archive's columns follow. */
    String schema() {
        return jdbc.sql("""
                        select version from flyway_schema_history
                        where success and version is not null order by installed_rank desc limit 1""")
                .query(String.class).optional().orElse("unknown");
    }
}
