package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The grade bands Ombudsman RI published, as test fixtures. */
final class PublishedBands {

    private PublishedBands() {
    }

    /** Categories A–E with their opinions and zones, 2022–2024. */
    static List<GradeBand> compliance2022() {
        return List.of(
                new GradeBand("A", "Kualitas Tertinggi", Zone.HIJAU, new BigDecimal("88.00")),
                new GradeBand("B", "Kualitas Tinggi", Zone.HIJAU, new BigDecimal("78.00")),
                new GradeBand("C", "Kualitas Sedang", Zone.KUNING, new BigDecimal("54.00")),
                new GradeBand("D", "Kualitas Rendah", Zone.MERAH, new BigDecimal("32.00")),
                new GradeBand("E", "Kualitas Terendah", Zone.MERAH, BigDecimal.ZERO));
    }

    /** Zones only, 2013–2021. */
    static List<GradeBand> zones2013() {
        return List.of(
                new GradeBand(null, null, Zone.HIJAU, new BigDecimal("81.00")),
                new GradeBand(null, null, Zone.KUNING, new BigDecimal("51.00")),
                new GradeBand(null, null, Zone.MERAH, BigDecimal.ZERO));
    }
}
