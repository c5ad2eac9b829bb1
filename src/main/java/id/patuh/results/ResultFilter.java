package id.patuh.results;

/** Which entities of the score sheet to list; null fields do not filter. */
public record ResultFilter(String type, String provinceCode) {
}
