package id.patuh.results.site;

import java.math.BigDecimal;

/**
 * One entity's published line in a ranking: score and grade, ranks now and a year earlier (null when it was not
 * ranked or the previous cycle was not determined), and the score change.
 */
record RankingLine(String entityCode, String entityName, String type, String provinceCode, String provinceName,
                   BigDecimal score, String category, String opinion, String zone, Integer nationalRank,
                   Integer provinceRank, Integer previousYear, BigDecimal previousScore, String previousCategory,
                   String previousZone, Integer previousNationalRank, Integer previousProvinceRank,
                   BigDecimal scoreChange, int unitCount) {

    /** Places gained in the national ranking of its type since last year (positive = moved up). */
    public Integer nationalRankChange() {
        return nationalRank == null || previousNationalRank == null ? null : previousNationalRank - nationalRank;
    }

    /** Places gained in its province's ranking since last year (positive = moved up). */
    public Integer provinceRankChange() {
        return provinceRank == null || previousProvinceRank == null ? null : previousProvinceRank - provinceRank;
    }
}
