package id.patuh.fieldwork.web;

import id.patuh.fieldwork.EvidenceFiles;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The servlet's upload limit must leave room for the evidence limit, or start-up says which settings to raise. */
class EvidenceUploadLimitTests {

    @Test
    void anEvidenceLimitAboveTheServletUploadLimitStopsStartUpWithTheSettingsToRaise() {
        EvidenceFiles evidence = evidenceUpTo(20L * 1024 * 1024);
        assertThatThrownBy(() -> new EvidenceApi(evidence, null, null, DataSize.ofMegabytes(11)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PATUH_UPLOAD_MAX_BYTES");
    }

    @Test
    void anUploadLimitAtOrAboveTheEvidenceLimitOrUnlimitedIsAccepted() {
        EvidenceFiles evidence = evidenceUpTo(10L * 1024 * 1024);
        assertThatCode(() -> new EvidenceApi(evidence, null, null, DataSize.ofMegabytes(11))).doesNotThrowAnyException();
        assertThatCode(() -> new EvidenceApi(evidence, null, null, DataSize.ofMegabytes(10))).doesNotThrowAnyException();
        assertThatCode(() -> new EvidenceApi(evidence, null, null, DataSize.ofBytes(-1))).doesNotThrowAnyException();
    }

    private static EvidenceFiles evidenceUpTo(long maxBytes) {
        EvidenceFiles evidence = mock(EvidenceFiles.class);
        when(evidence.maxBytes()).thenReturn(maxBytes);
        return evidence;
    }
}
