package id.patuh;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** Deployment settings shared by every module: where data lives, which database, demo data and first admin. */
@ConfigurationProperties("patuh")
public record PatuhProperties(Path dataDir, Database db, String demoData, Admin admin, String publicUrl) {

    /** An external PostgreSQL server; all blank means the embedded one under {@code dataDir}. */
    public record Database(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** The first administrator, created only when the database has no user yet. */
    public record Admin(String username, String password) {
        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    public PatuhProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (db == null) {
            db = new Database(null, null, null);
        }
        if (admin == null) {
            admin = new Admin(null, null);
        }
    }

    /** Demo data defaults to on for the embedded database and off for a real server, unless set explicitly. */
    public boolean demoDataEnabled() {
        if (demoData == null || demoData.isBlank()) {
            return !db.external();
        }
        return Boolean.parseBoolean(demoData.trim());
    }
}
