package id.patuh.fieldwork;

/**
 * One answer: the level an indicator reached for one respondent, or for one observed service product
 * ({@code product} null when the indicator is not observed per product).
 */
public record Answer(String indicator, String product, int respondent, int level) {
}
