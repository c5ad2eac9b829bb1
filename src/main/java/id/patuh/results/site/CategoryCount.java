package id.patuh.results.site;

/** How many entities of a type got a category and zone in a published cycle. */
record CategoryCount(int year, String type, String category, String zone, int count) {
}
