package io.subcube.duckdb.diff;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.functions.ScoringParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrichment differential with profile B (DOMAIN.md G5: stickiness cuts 96/85, churn cut 16): Subcube
 * {@code ;profile=B}, DuckDB's functions bound to {@code ScoringParameters.forProfile("B")}; 300 subscribers
 * × 3 months.
 */
class TinyScaleProfileBEnrichmentDifferentialTest extends EnrichmentDifferentialSuite {

    @Override
    protected GeneratorConfig config() {
        return new GeneratorConfig(300, 3, SEED, 200807, 2);
    }

    @Override
    protected Map<String, String> subcubeProperties() {
        return Map.of("profile", "B");
    }

    @Override
    protected ScoringParameters parameters() {
        return ScoringParameters.forProfile("B");
    }

    @Override
    protected Map<String, Object> parameterProbes() {
        Map<String, Object> probes = new LinkedHashMap<>();
        probes.put("SELECT STICK_TIER(75.83)", "NONE");
        probes.put("SELECT STICK_TIER(95.99)", "MID");
        probes.put("SELECT STICK_TIER(96.00)", "HIGH");
        probes.put("SELECT CHURN_FLAG(19.00)", true);
        probes.put("SELECT CHURN_FLAG(15.99)", false);
        return probes;
    }

    @Override
    protected List<String> columnsChangedByParameters() {
        return List.of("stick_tier", "churn_flag");
    }
}
