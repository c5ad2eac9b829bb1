package id.patuh.results.site;

import java.util.List;

/**
 * The rankings page's filters as the visitor gave them (upper-cased, blank = no filter) and the codes among them that
 * mean nothing: those give an empty list with a message rather than an error.
 */
record RankingFilter(String type, String province, String category, String zone, String sort, List<String> unknown) {

    static final List<String> SORTS = List.of("rank", "score", "name", "change");

    /** Ranked within a province (its PEMPROV, PEMKAB and PEMKOT together) rather than nationally per type. */
    public boolean provincial() {
        return province != null;
    }

    /** The key part of a cached page. */
    public String key() {
        return type + "|" + province + "|" + category + "|" + zone + "|" + sort;
    }
}
