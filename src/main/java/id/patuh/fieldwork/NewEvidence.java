package id.patuh.fieldwork;

/**
 * What an upload says about its file besides the bytes: the indicator, product and respondent it supports (each
 * optional) and the name it had on the sender's device (kept for people, never used to judge the content).
 */
public record NewEvidence(String indicator, String product, Integer respondent, String originalName) {
}
