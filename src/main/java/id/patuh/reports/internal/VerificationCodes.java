package id.patuh.reports.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Short verification codes: ten characters of Crockford's base32 (no I, L, O or U, so nothing reads as another
 * character when typed from paper), shown as two groups of five. Random, not derived from the subject, so a code
 * cannot be guessed from an entity code; 50 bits make guessing any valid one hopeless.
 */
@Component
public class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{10}");

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    VerificationCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a code was issued for: an entity (unit null) or one of its units, in one snapshot version. */
    public record Subject(String code, int year, int version, String entityCode, String unitCode) {

        /** The code as printed: two groups of five. */
        public String printed() {
            return code.substring(0, 5) + "-" + code.substring(5);
        }
    }

    /** The code of a subject, issued the first time it is asked for; the same code ever after. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Subject issue(int year, int version, String entityCode, String unitCode) {
        String unit = unitCode == null ? "" : unitCode;
        // A concurrent issue of the same subject loses the insert and reads the winner's code.
        jdbc.sql("""
                        insert into report_verifications (code, year, version, entity_code, unit_code)
                        values (?, ?, ?, ?, ?) on conflict (year, version, entity_code, unit_code) do nothing""")
                .params(newCode(), year, version, entityCode, unit).update();
        String code = jdbc.sql("""
                        select code from report_verifications
                        where year = ? and version = ? and entity_code = ? and unit_code = ?""")
                .params(year, version, entityCode, unit).query(String.class).single();
        return new Subject(code, year, version, entityCode, unitCode);
    }

    /** The subject of a code as typed or scanned (case and hyphens do not matter); empty when malformed or unknown. */
    public Optional<Subject> find(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select code, year, version, entity_code, unit_code from report_verifications where code = ?")
                .param(code)
                .query((rs, n) -> new Subject(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5).isEmpty() ? null : rs.getString(5)))
                .optional();
    }

    private String newCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
