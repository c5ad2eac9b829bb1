package id.patuh.reports.internal;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/** The signature block printed on every certificate: the signer's name and title and, optionally, a scanned signature. */
@Component
public class Signatures {

    static final int NAME_MAX = 120;
    static final int TITLE_MAX = 200;
    /** A scanned signature is a small picture; anything larger is a mistake (a whole page scanned, a photo). */
    public static final int IMAGE_MAX_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;

    Signatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signature block as configured; {@code imageDataUri} is null without an image. */
    public record Signature(String name, String title, String imageMediaType, String imageDataUri, String updatedBy,
                            OffsetDateTime updatedAt) {
    }

    public Optional<Signature> current() {
        return jdbc.sql("""
                        select signer_name, signer_title, image, image_media_type, updated_by, updated_at
                        from report_signature where id = 1""")
                .query((rs, n) -> {
                    byte[] image = rs.getBytes("image");
                    String type = rs.getString("image_media_type");
                    return new Signature(rs.getString("signer_name"), rs.getString("signer_title"), type,
                            image == null ? null : "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image),
                            rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
                })
                .optional();
    }

    /**
     * Replaces the signature block (HQ only). The image's type is told from its first bytes — PNG or JPEG, whatever its
     * name or declared type says; without a new image the previous one is kept unless {@code removeImage}.
     */
    @Transactional
    public Signature replace(String name, String title, byte[] image, boolean removeImage, PatuhUser by) {
        if (by == null || !by.isAdmin()) {
            throw DomainException.forbidden("reports.signature.headquartersOnly");
        }
        String signer = required("name", name, NAME_MAX);
        String position = required("title", title, TITLE_MAX);
        String type = null;
        boolean newImage = image != null && image.length > 0;
        if (newImage) {
            if (image.length > IMAGE_MAX_BYTES) {
                throw DomainException.invalidField("image", "reports.signature.imageTooLarge", IMAGE_MAX_BYTES / 1024);
            }
            type = mediaType(image).orElseThrow(
                    () -> DomainException.invalidField("image", "reports.signature.imageType"));
        }
        jdbc.sql("""
                        insert into report_signature (id, signer_name, signer_title, image, image_media_type, updated_by, updated_at)
                        values (1, ?, ?, ?, ?, ?, now())
                        on conflict (id) do update set signer_name = excluded.signer_name,
                            signer_title = excluded.signer_title,
                            image = case when ? then excluded.image when ? then null else report_signature.image end,
                            image_media_type = case when ? then excluded.image_media_type when ? then null
                                                    else report_signature.image_media_type end,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(signer, position, newImage ? image : null, type, by.username(),
                        newImage, removeImage, newImage, removeImage)
                .update();
        return current().orElseThrow();
    }

    /** PNG or JPEG by their magic numbers; anything else is not a signature image. */
    static Optional<String> mediaType(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalidField(field, "reports.signature." + field + "Required");
        }
        if (value.trim().length() > max) {
            throw DomainException.invalidField(field, "reports.signature.tooLong", max);
        }
        return value.trim();
    }
}
