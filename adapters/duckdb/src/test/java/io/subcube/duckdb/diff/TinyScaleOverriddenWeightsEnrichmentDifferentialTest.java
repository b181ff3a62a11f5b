package io.subcube.duckdb.diff;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrichment differential with two CVS weights overridden (current ARPU 0.30 instead of 0.25, influence
 * 0.15 instead of 0.20; the weights still sum to 1): Subcube by connection properties, DuckDB's functions
 * bound to {@code DEFAULTS.with(…)} of the same keys; 300 subscribers × 3 months.
 */
class TinyScaleOverriddenWeightsEnrichmentDifferentialTest extends EnrichmentDifferentialSuite {

    private static final Map<String, String> OVERRIDES = Map.of("cvs.weight.arpu", "0.30",
            "cvs.weight.influence", "0.15");

    @Override
    protected GeneratorConfig config() {
        return new GeneratorConfig(300, 3, SEED, 200807, 2);
    }

    @Override
    protected Map<String, String> subcubeProperties() {
        return OVERRIDES;
    }

    @Override
    protected ScoringParameters parameters() {
        return ScoringParameters.DEFAULTS.with(OVERRIDES);
    }

    @Override
    protected Map<String, Object> parameterProbes() {
        Map<String, Object> probes = new LinkedHashMap<>();
        // §B3.3's first example with the new weights: 100·(0.30·0.6 + 0.15·0.92 + 0.15·0.55 + 0.10·0.90
        // + 0.15·0.6 + 0.15·0.426) = 18 + 13.8 + 8.25 + 9 + 9 + 6.39 = 64.44 (default weights: 63.57).
        probes.put("SELECT CVS(120.00, 92.00, 110.00, 90.00, 36, 42.60)", new BigDecimal("64.44"));
        // the profile's cuts are untouched
        probes.put("SELECT STICK_TIER(75.83)", "MID");
        return probes;
    }

    @Override
    protected List<String> columnsChangedByParameters() {
        return List.of("value_score");
    }
}
