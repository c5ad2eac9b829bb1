package id.patuh.fieldwork;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on evidence files: {@code patuh.evidence.max-bytes} ({@code PATUH_EVIDENCE_MAX_BYTES}), 10 MB by default. */
@ConfigurationProperties("patuh.evidence")
record EvidenceSettings(Long maxBytes) {

    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    EvidenceSettings {
        if (maxBytes == null) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("patuh.evidence.max-bytes must be at least 1, was " + maxBytes);
        }
    }
}
