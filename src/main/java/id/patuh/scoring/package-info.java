/**
 * The pure scoring engine: answers to indicator, dimension, unit and entity scores, grades and rankings.
 *
 * <p>Rules, as the Ombudsman RI methodology since 2022 reads them (see {@link id.patuh.scoring.ScoringEngine}):
 * an indicator scores the aggregation over its respondents of {@code level / maxLevel} (0..1); a dimension earns
 * {@code weight × Σ(share/100 × indicator score)}, never more than its weight; a unit scores the sum of its
 * dimension points; an entity scores the mean of its units' unrounded scores. Values are carried exactly and
 * rounded half-up to the model's scale only when shown, graded or ranked.
 *
 * <p>Applicability: an indicator may name the unit kinds it applies to. For a unit of another kind the indicator is
 * left out, and the shares of the remaining indicators of its dimension are re-normalised so they again make up the
 * whole dimension ({@code share × 100 / Σ applicable shares}); the dimension keeps its full weight. A dimension with
 * no applicable indicator at all for a unit kind is a methodology error and is rejected, not scored as zero.
 *
 * <p>No framework, I/O, clock or randomness: the same inputs give the same result on any machine.
 */
package id.patuh.scoring;
