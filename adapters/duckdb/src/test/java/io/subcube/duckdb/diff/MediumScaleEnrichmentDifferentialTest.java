package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.functions.Domains;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The enrichment differential on 10,000 subscribers × 10 months (200803-200812, about 100 k
 * subscriber-months) with DOMAIN.md's default parameters (profile A).
 */
class MediumScaleEnrichmentDifferentialTest extends EnrichmentDifferentialSuite {

    @Override
    protected GeneratorConfig config() {
        return new GeneratorConfig(10_000, 10, SEED, GeneratorConfig.DEFAULT_START_MONTH, 2);
    }

    @Override
    protected Map<String, String> subcubeProperties() {
        return Map.of();
    }

    @Override
    protected ScoringParameters parameters() {
        return ScoringParameters.DEFAULTS;
    }

    @Override
    protected Map<String, Object> parameterProbes() {
        Map<String, Object> probes = new LinkedHashMap<>();
        probes.put("SELECT STICK_TIER(75.83)", "MID");
        probes.put("SELECT CHURN_FLAG(19.00)", false);
        probes.put("SELECT CVS(120.00, 92.00, 110.00, 90.00, 36, 42.60)", new BigDecimal("63.57"));
        return probes;
    }

    @Override
    protected List<String> columnsChangedByParameters() {
        return List.of();
    }

    /**
     * The data exercises every branch the comparison relies on: each derived column takes every value of its
     * domain somewhere (all 16 cluster groups, as §B2.15 requires), so an equal comparison is not vacuous.
     * vas_usage.user_class is never POTENTIAL: a vas_usage row exists iff subscribed or ever used (§B2.7), so
     * POTENTIAL reaches NEED only through a missing row, which the NEED invariant and comparison cover.
     */
    @Test
    void derivedColumnsCoverTheirDomains() throws SQLException {
        Map<String, Set<Object>> expected = new LinkedHashMap<>();
        expected.put("value_tier", Set.copyOf(Domains.VALUE_TIERS));
        expected.put("stick_tier", Set.copyOf(Domains.STICK_TIERS));
        expected.put("churn_flag", Set.of(true, false));
        expected.put("esc_stage", Set.copyOf(Domains.ESC_STAGES));
        expected.put("cluster_class", Set.copyOf(Domains.CLUSTER_CLASSES));
        expected.put("cluster_group", Set.copyOf(Domains.CLUSTER_GROUPS));
        expected.put("need", Set.copyOf(Domains.NEEDS));
        expected.put("mkt_priority", Set.of(1, 2, 3, 4, 5));
        expected.put("program_order", Set.copyOf(Domains.PROGRAM_ORDERS));
        Map<String, Set<Object>> actual = new LinkedHashMap<>();
        for (String column : expected.keySet()) {
            actual.put(column, distinct("SELECT DISTINCT " + column + " FROM subscriber_month"));
        }
        expected.put("vas_usage.user_class", Set.of("TRIAL", "SILENT", "ACTIVE", "LOYAL"));
        actual.put("vas_usage.user_class", distinct("SELECT DISTINCT user_class FROM vas_usage"));
        assertEquals(expected, actual);
        // many cells, keys, policy groups and channels, not one
        for (String column : List.of("matrix_cell", "matrix_key", "policy_group", "best_channel")) {
            Set<Object> values = distinct("SELECT DISTINCT " + column + " FROM subscriber_month");
            assertTrue(values.size() >= 5, column + " takes only " + values);
        }
    }

    private Set<Object> distinct(String sql) throws SQLException {
        Set<Object> out = new HashSet<>();
        for (List<Object> row : ResultTable.query(subcube(), sql).rows()) {
            out.add(row.get(0));
        }
        return out;
    }
}
