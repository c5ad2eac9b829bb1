package id.patuh.scoring;

import static id.patuh.scoring.Entities.incomplete;
import static id.patuh.scoring.Entities.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingsTests {

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Rankings rankings = Rankings.of(List.of(
                scored("K-D", "PEMKOT", "JAWA BARAT", "80.00"),
                scored("K-B", "PEMKOT", "JAWA BARAT", "90.00"),
                scored("K-A", "PEMKOT", "JAWA BARAT", "95.00"),
                scored("K-C", "PEMKOT", "JAWA BARAT", "90.00")));

        assertEquals(List.of(
                new RankedEntity(1, "K-A", "PEMKOT", "JAWA BARAT", new BigDecimal("95.00")),
                new RankedEntity(2, "K-B", "PEMKOT", "JAWA BARAT", new BigDecimal("90.00")),
                new RankedEntity(2, "K-C", "PEMKOT", "JAWA BARAT", new BigDecimal("90.00")),
                new RankedEntity(4, "K-D", "PEMKOT", "JAWA BARAT", new BigDecimal("80.00"))),
                rankings.national("PEMKOT"));
    }

    @Test
    void entitiesAreRankedOnTheirRoundedScore() {
        Rankings rankings = Rankings.of(List.of(
                scored("A", "LEMBAGA", null, "95.254"),
                scored("B", "LEMBAGA", null, "95.245"),
                scored("C", "LEMBAGA", null, "95.244")));

        assertEquals(OptionalInt.of(1), rankings.nationalRank("A"));
        assertEquals(OptionalInt.of(1), rankings.nationalRank("B"));
        assertEquals(OptionalInt.of(3), rankings.nationalRank("C"));
    }

    @Test
    void eachEntityTypeHasItsOwnNationalRanking() {
        Rankings rankings = Rankings.of(List.of(
                scored("KEMENKES", "KEMENTERIAN", null, "70.00"),
                scored("BPOM", "LEMBAGA", null, "60.00"),
                scored("3601", "PEMKAB", "BANTEN", "95.25"),
                scored("3671", "PEMKOT", "BANTEN", "80.00")));

        assertEquals(Set.of("KEMENTERIAN", "LEMBAGA", "PEMKAB", "PEMKOT"), rankings.entityTypes());
        assertEquals(OptionalInt.of(1), rankings.nationalRank("KEMENKES"));
        assertEquals(OptionalInt.of(1), rankings.nationalRank("BPOM"));
        assertEquals(OptionalInt.of(1), rankings.nationalRank("3671"));
    }

    @Test
    void provinceRankingSpansItsProvincialRegencyAndCityGovernmentsButNoMinistry() {
        Rankings rankings = Rankings.of(List.of(
                scored("KEMENAG", "KEMENTERIAN", null, "99.00"),
                scored("36", "PEMPROV", "BANTEN", "85.00"),
                scored("3601", "PEMKAB", "BANTEN", "95.25"),
                scored("3671", "PEMKOT", "BANTEN", "90.00"),
                scored("3201", "PEMKAB", "JAWA BARAT", "99.00")));

        assertEquals(List.of("3601", "3671", "36"),
                rankings.province("BANTEN").stream().map(RankedEntity::entityCode).toList());
        assertEquals(OptionalInt.of(3), rankings.provinceRank("36"));
        assertEquals(OptionalInt.of(1), rankings.provinceRank("3201"));
        assertEquals(OptionalInt.empty(), rankings.provinceRank("KEMENAG"));
        assertEquals(Set.of("BANTEN", "JAWA BARAT"), rankings.provinces());
    }

    @Test
    void incompleteEntitiesAreNotRanked() {
        Rankings rankings = Rankings.of(List.of(
                scored("3601", "PEMKAB", "BANTEN", "50.00"),
                incomplete("3602", "PEMKAB", "BANTEN")));

        assertEquals(OptionalInt.of(1), rankings.nationalRank("3601"));
        assertEquals(OptionalInt.empty(), rankings.nationalRank("3602"));
        assertEquals(OptionalInt.empty(), rankings.provinceRank("3602"));
        assertEquals(1, rankings.province("BANTEN").size());
    }

    @Test
    void aLocalGovernmentWithoutProvinceCannotBeRanked() {
        assertThrows(IllegalArgumentException.class, () -> Rankings.of(List.of(scored("3601", "PEMKAB", null, "50"))));
    }

    @Test
    void anEntityIsRankedOnlyOnce() {
        assertThrows(IllegalArgumentException.class, () -> Rankings.of(List.of(
                scored("3601", "PEMKAB", "BANTEN", "50"), scored("3601", "PEMKAB", "BANTEN", "60"))));
    }

    @Test
    void anUnknownTypeOrProvinceHasAnEmptyRanking() {
        Rankings rankings = Rankings.of(List.of(scored("3601", "PEMKAB", "BANTEN", "50")));

        assertTrue(rankings.national("PEMKOT").isEmpty());
        assertTrue(rankings.province("PAPUA TENGAH").isEmpty());
    }
}
