package id.patuh.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published rankings of a cycle: nationally within each entity type, and within each province across its
 * provincial, regency and city governments. Competition ranking on the rounded score, highest first: equal scores
 * share a rank and the next rank skips (1, 2, 2, 4); ties are listed by entity code. Incomplete entities are not
 * ranked, and the result does not depend on the order entities are given in.
 */
public final class Rankings {

    /** Entity types ranked within their province; ministries and agencies have no province. */
    public static final Set<String> PROVINCE_RANKED_TYPES = Set.of("PEMPROV", "PEMKAB", "PEMKOT");

    private static final Comparator<ScoredEntity> HIGHEST_FIRST = Comparator
            .comparing(ScoredEntity::roundedScore, Comparator.reverseOrder())
            .thenComparing(ScoredEntity::entityCode);

    private final Map<String, List<RankedEntity>> nationalByType;
    private final Map<String, List<RankedEntity>> byProvince;
    private final Map<String, Integer> nationalRanks;
    private final Map<String, Integer> provinceRanks;

    private Rankings(Map<String, List<RankedEntity>> nationalByType, Map<String, List<RankedEntity>> byProvince) {
        this.nationalByType = nationalByType;
        this.byProvince = byProvince;
        this.nationalRanks = ranksByCode(nationalByType);
        this.provinceRanks = ranksByCode(byProvince);
    }

    /** Ranks the scored entities among these results; incomplete ones are left out. */
    public static Rankings of(Collection<? extends EntityResult> results) {
        Map<String, List<ScoredEntity>> byType = new TreeMap<>();
        Map<String, List<ScoredEntity>> byProvince = new TreeMap<>();
        Map<String, ScoredEntity> seen = new HashMap<>();
        for (EntityResult result : results) {
            if (!(result instanceof ScoredEntity entity)) {
                continue;
            }
            if (seen.put(entity.entityCode(), entity) != null) {
                throw new IllegalArgumentException("Entity " + entity.entityCode() + " is ranked twice");
            }
            byType.computeIfAbsent(entity.entityType(), type -> new ArrayList<>()).add(entity);
            if (PROVINCE_RANKED_TYPES.contains(entity.entityType())) {
                if (entity.province() == null) {
                    throw new IllegalArgumentException("Entity " + entity.entityCode() + " is a "
                            + entity.entityType() + " without a province");
                }
                byProvince.computeIfAbsent(entity.province(), province -> new ArrayList<>()).add(entity);
            }
        }
        return new Rankings(ranked(byType), ranked(byProvince));
    }

    /** The national ranking of one entity type, best first; empty if no such entity was scored. */
    public List<RankedEntity> national(String entityType) {
        return nationalByType.getOrDefault(entityType, List.of());
    }

    /** The ranking within a province, best first; empty if no local government of it was scored. */
    public List<RankedEntity> province(String province) {
        return byProvince.getOrDefault(province, List.of());
    }

    /** The entity types that have a national ranking, in alphabetical order. */
    public Set<String> entityTypes() {
        return nationalByType.keySet();
    }

    /** The provinces that have a ranking, in alphabetical order. */
    public Set<String> provinces() {
        return byProvince.keySet();
    }

    /** The entity's national rank within its type; empty if it was not ranked. */
    public OptionalInt nationalRank(String entityCode) {
        Integer rank = nationalRanks.get(entityCode);
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    /** The entity's rank within its province; empty for ministries, agencies and unranked entities. */
    public OptionalInt provinceRank(String entityCode) {
        Integer rank = provinceRanks.get(entityCode);
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    private static Map<String, List<RankedEntity>> ranked(Map<String, List<ScoredEntity>> groups) {
        Map<String, List<RankedEntity>> rankings = new TreeMap<>();
        groups.forEach((group, entities) -> rankings.put(group, competitionRanking(entities)));
        return Collections.unmodifiableMap(rankings);
    }

    private static List<RankedEntity> competitionRanking(List<ScoredEntity> entities) {
        List<ScoredEntity> sorted = new ArrayList<>(entities);
        sorted.sort(HIGHEST_FIRST);
        List<RankedEntity> ranking = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int position = 0; position < sorted.size(); position++) {
            ScoredEntity entity = sorted.get(position);
            boolean tiesPrevious = position > 0
                    && entity.roundedScore().compareTo(sorted.get(position - 1).roundedScore()) == 0;
            if (!tiesPrevious) {
                rank = position + 1;
            }
            ranking.add(new RankedEntity(rank, entity.entityCode(), entity.entityType(), entity.province(),
                    entity.roundedScore()));
        }
        return List.copyOf(ranking);
    }

    private static Map<String, Integer> ranksByCode(Map<String, List<RankedEntity>> rankings) {
        Map<String, Integer> ranks = new HashMap<>();
        rankings.values().forEach(ranking -> ranking.forEach(entry -> ranks.put(entry.entityCode(), entry.rank())));
        return ranks;
    }
}
