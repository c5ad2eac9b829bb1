package id.patuh.methodology;

import java.util.Objects;

/** A text in Bahasa Indonesia ({@code id}, the authoritative wording) and English ({@code en}). */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }
}
