package io.subcube.functions;

/**
 * Every [P] parameter of DOMAIN.md §B3 in force for a dataset: the profile's cut points (G5), the
 * weights, caps and thresholds of the scores. Immutable; equal when all values are equal.
 */
public final class ScoringParameters {

    /** Profile A with every default. */
    public static final ScoringParameters DEFAULTS = new ScoringParameters();

    private ScoringParameters() {
    }
}
