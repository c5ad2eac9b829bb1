/**
 * Methodology definitions of the Ombudsman RI compliance assessment: a versioned, data-only description of
 * dimensions, indicators, answer scales, grade bands and aggregation rules, loaded from YAML and validated whole.
 *
 * <p>The public API is {@link id.patuh.methodology.MethodologyLoader} and the immutable records it returns; the
 * YAML format is documented in {@code src/main/resources/methodologies/README.md}.
 */
package id.patuh.methodology;
