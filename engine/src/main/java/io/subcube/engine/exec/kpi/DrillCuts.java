package io.subcube.engine.exec.kpi;

import io.subcube.functions.ScoringParameters;

/**
 * The two [P] cuts of DOMAIN.md §B5.4 that decide where a drill-down descends: a SUM or PRODUCT child whose
 * contribution has the gap's sign and is at least {@code contribShare} of it, a DRIVERS child whose severity is
 * above {@code severity}.
 */
public record DrillCuts(double contribShare, double severity) {

    /** The cuts of a dataset's parameters ({@code drill.contrib_share}, {@code drill.severity}). */
    public static DrillCuts of(ScoringParameters p) {
        return new DrillCuts(p.drillContribShare(), p.drillSeverity());
    }
}
