package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.duckdb.DuckDbFunctions;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.EnumPolicy;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.StoreMirror;
import io.subcube.duckdb.compare.ResultDiff;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import io.subcube.functions.ScoringParameters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every canonical analyst query of DOMAIN.md §B4 (Q1–Q15, {@link CanonicalQueries}) on the default dataset
 * (100,000 subscribers × 10 months, seed 20080901), run unchanged on Subcube and on DuckDB and compared, with
 * the figures §B4 and §B3.24–B3.27 state asserted on Subcube's results.
 *
 * <p>The dataset is generated once per class into a temp CSV directory. Subcube opens it
 * ({@code jdbc:subcube:DIR}) and derives everything at load. DuckDB loads the raw CSVs and computes, in
 * schema {@code enriched}, every derived table and column the queries read from the raw columns with the
 * registered §B3 functions ({@link DerivedTablesSql}: subscriber_month, vas_usage and channel_fit as
 * {@link EnrichmentSql} does, location_month's five segments, service_indicator); its search_path puts
 * {@code enriched} before {@code subcube}, so the §B4 text is the same on both engines.
 *
 * <p>kpi_month and alert hold seeded synthetic draws (SYNTH KPIs, targets, alert statuses) that SQL cannot
 * reproduce, so they are copied from Subcube's store into DuckDB's schema {@code subcube}
 * ({@link StoreMirror#copyTables}). Their derivation is
 * checked by the engine's own tests (FACT KPIs equal the aggregates of subscriber_month; Q9c's rule
 * evaluation equals the alert rows); this suite checks the queries over them — joins, KPI_BREACH,
 * KPI_CONTRIB, MONTH_ADD and decimal arithmetic on both engines — and, on Subcube, that Q9c returns exactly
 * the month's alert rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanonicalQueriesDifferentialTest {

    private static final String ENRICHED = EnrichmentSql.SCHEMA;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private Store store;
    private Connection subcube;
    private Connection duckdb;
    private DifferentialHarness harness;
    /** Why kpi_month and alert could not be copied from Subcube; null when they were. */
    private String kpiTablesMissing;

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        GeneratorConfig config = GeneratorConfig.defaults();
        long start = System.nanoTime();
        CsvDatasetWriter.generate(config, dir, Progress.NONE);
        report("generate csv " + config, start);
        start = System.nanoTime();
        store = StoreLoader.load(dir);
        subcube = SubcubeDriver.connect(store, new Properties());
        resources.add(subcube);
        report("subcube connect (load, enrich)", start);
        DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults());
        resources.add(peer);
        System.out.println(getClass().getSimpleName() + ": duckdb read_csv load: " + peer.loadCsv(dir));
        duckdb = peer.connection();
        start = System.nanoTime();
        DuckDbFunctions.register(duckdb, ScoringParameters.DEFAULTS);
        DerivedTablesSql.createEnrichedTables(duckdb);
        report("duckdb derived tables in SQL", start);
        start = System.nanoTime();
        kpiTablesMissing = copyKpiTables();
        report("copy kpi_month, alert from subcube" + (kpiTablesMissing == null ? "" : " FAILED: " + kpiTablesMissing),
                start);
        DerivedTablesSql.preferEnriched(duckdb);
        harness = new DifferentialHarness(subcube, "subcube", duckdb, "duckdb");
    }

    /**
     * Copies kpi_month and alert from the store Subcube answers from into DuckDB's schema {@code subcube}
     * ({@link StoreMirror#copyTables}, plain VARCHAR); fails when the store's columns are not §B2's, in name,
     * order and type (DECIMAL(18,4) stays DECIMAL(18,4)).
     */
    private String copyKpiTables() {
        StringBuilder missing = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (TableDef t : List.of(SubcubeSchema.KPI_MONTH, SubcubeSchema.ALERT)) {
            Table held = store.table(t.name());
            if (held == null) {
                missing.append(t.name()).append(": not in Subcube's store; ");
            } else if (!columns(held.columns()).equals(columns(t.columns()))) {
                missing.append(t.name()).append(": Subcube's columns are ").append(columns(held.columns()))
                        .append(", expected ").append(columns(t.columns())).append("; ");
            } else {
                names.add(t.name());
            }
        }
        try {
            Map<String, Long> rows = StoreMirror.copyTables(store, names, duckdb, EnumPolicy.none());
            System.out.println(getClass().getSimpleName() + ": copied rows " + rows);
        } catch (SQLException e) {
            missing.append(names).append(": ").append(e.getMessage()).append("; ");
        }
        return missing.length() == 0 ? null : missing.toString();
    }

    private static List<String> columns(List<ColumnDef> columns) {
        return columns.stream().map(c -> c.name() + " " + c.type().sqlName())
                .toList();
    }

    @AfterAll
    void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private void report(String what, long startNanos) {
        System.out.println(getClass().getSimpleName() + ": " + what + ": "
                + (System.nanoTime() - startNanos) / 1_000_000 + " ms");
    }

    /** The queries over kpi_month and alert need Subcube to hold them (and DuckDB the copies). */
    private void requireKpiTables() {
        if (kpiTablesMissing != null) {
            fail("kpi_month / alert could not be copied from Subcube: " + kpiTablesMissing);
        }
    }

    /** Runs the query on both engines, asserts they agree, and returns Subcube's result. */
    private ResultTable same(String name, String sql) throws SQLException {
        long start = System.nanoTime();
        harness.assertSameResult(sql);
        long both = System.nanoTime() - start;
        start = System.nanoTime();
        ResultTable result = ResultTable.query(subcube, sql);
        System.out.println(getClass().getSimpleName() + ": " + name + ": " + result.rows().size() + " rows; "
                + both / 1_000_000 + " ms on both engines, then " + (System.nanoTime() - start) / 1_000_000
                + " ms on subcube alone");
        return result;
    }

    private ResultTable nonEmpty(String name, String sql) throws SQLException {
        ResultTable result = same(name, sql);
        assertTrue(!result.rows().isEmpty(), name + " returns no rows on the default dataset:\n" + sql);
        return result;
    }

    private static long count(ResultTable t) {
        return ((Number) t.rows().get(0).get(0)).longValue();
    }

    private static double number(Object v, String what) {
        assertNotNull(v, what + " is NULL");
        return ((Number) v).doubleValue();
    }

    // ---- the derived tables DuckDB computed, against Subcube's (diagnostics for the queries below)

    /** location_month's five segments of the queried month agree row by row with Subcube's. */
    @Test
    void locationMonthSegmentsEqualSubcubes() {
        String where = " WHERE month_id = 200809";
        harness.assertSameByKey(
                EnrichmentSql.select("location_month", DerivedTablesSql.LOCATION_KEY,
                        DerivedTablesSql.LOCATION_COLUMNS) + where,
                EnrichmentSql.select(ENRICHED + ".location_month", DerivedTablesSql.LOCATION_KEY,
                        DerivedTablesSql.LOCATION_COLUMNS) + where,
                DerivedTablesSql.LOCATION_KEY.size());
    }

    /** Every service_indicator row agrees with Subcube's (doubles exactly: the same formulas in double). */
    @Test
    void serviceIndicatorEqualsSubcubes() {
        harness.assertSameByKey(
                EnrichmentSql.select("service_indicator", DerivedTablesSql.INDICATOR_KEY,
                        DerivedTablesSql.INDICATOR_COLUMNS),
                EnrichmentSql.select(ENRICHED + ".service_indicator", DerivedTablesSql.INDICATOR_KEY,
                        DerivedTablesSql.INDICATOR_COLUMNS),
                DerivedTablesSql.INDICATOR_KEY.size());
    }

    // ---- §B4

    @Test
    void q1MatrixCellCount() throws SQLException {
        assertTrue(count(same("Q1", CanonicalQueries.Q1)) > 0, "Q1 counts nobody");
    }

    @Test
    void q2MarketingMatrixOfACity() throws SQLException {
        nonEmpty("Q2", CanonicalQueries.Q2);
    }

    @Test
    void q3DrillDownCityToCounty() throws SQLException {
        nonEmpty("Q3", CanonicalQueries.Q3);
    }

    @Test
    void q3DrillDownCountyToGrid() throws SQLException {
        nonEmpty("Q3 county->grid", CanonicalQueries.Q3_GRID);
    }

    @Test
    void q4TopTenCountiesByRevenue() throws SQLException {
        assertEquals(10, same("Q4", CanonicalQueries.Q4).rows().size());
    }

    /** §B5.4 step 2: the grids' gap contributions add up to the county's share minus 0.70 (num/den − 0.70). */
    @Test
    void q5KpiDrillDownGapContributions() throws SQLException {
        requireKpiTables();
        ResultTable grids = nonEmpty("Q5", CanonicalQueries.Q5);
        double sum = 0;
        for (List<Object> row : grids.rows()) {
            sum += number(row.get(5), "gap_contrib of grid " + row.get(0));
        }
        List<Object> county = ResultTable.query(subcube, "SELECT num, den FROM kpi_month WHERE month_id = 200809 "
                + "AND kpi_code = 'NEW_SHARE_2P' AND region_id = 10503").rows().get(0);
        double expected = number(county.get(0), "county num") / number(county.get(1), "county den") - 0.70;
        assertEquals(expected, sum, 1e-9, "Σ gap_contrib over the grids of 10503 vs the county's num/den − 0.70");
    }

    /** §B3.24: MMS scale 44.01, health 31.79, total 75.80. */
    @Test
    void q6VasHealthScorecard() throws SQLException {
        ResultTable scorecard = nonEmpty("Q6", CanonicalQueries.Q6);
        List<Object> mms = null;
        for (List<Object> row : scorecard.rows()) {
            if ("MMS".equals(row.get(0))) {
                mms = row;
            }
        }
        assertNotNull(mms, "no MMS row in Q6: " + scorecard.rows());
        assertEquals(44.01, number(mms.get(1), "MMS scale_score"), 1e-9, "MMS scale_score");
        assertEquals(31.79, number(mms.get(2), "MMS health_score"), 1e-9, "MMS health_score");
        assertEquals(75.80, number(mms.get(3), "MMS total"), 1e-9, "MMS total");
    }

    /** §B3.25: exactly the seed's six weak points, the other three not weak. */
    @Test
    void q6bMmsWeakPoints() throws SQLException {
        ResultTable points = same("Q6b", CanonicalQueries.Q6B);
        Map<String, Object> weak = new TreeMap<>();
        for (List<Object> row : points.rows()) {
            weak.put((String) row.get(0), row.get(2));
        }
        Map<String, Object> expected = new TreeMap<>();
        for (String w : List.of("REV_COMPLETION", "PENETRATION", "GROWTH_CONTRIB", "USAGE_PER_USER", "SATISFACTION",
                "VOL_REV_MATCH")) {
            expected.put(w, true);
        }
        for (String ok : List.of("REV_PER_USER", "COMPLAINTS", "PAYING_RATE")) {
            expected.put(ok, false);
        }
        assertEquals(expected, weak, "VAS_WEAK of MMS 200809's nine indicators");
    }

    /** Q7's IN subquery on vas_usage counts the same as {@code s.mms_mo_cnt > 0} (§B2.7: MMS usage_cnt = mms_mo_cnt). */
    @Test
    void q7SegmentIntersection() throws SQLException {
        long viaUsage = count(same("Q7", CanonicalQueries.Q7));
        long viaMmsMoCnt = count(same("Q7 with mms_mo_cnt > 0", CanonicalQueries.Q7_MMS_MO_CNT));
        assertTrue(viaUsage > 0, "Q7 counts nobody");
        assertEquals(viaMmsMoCnt, viaUsage, "Q7 with the IN subquery vs with s.mms_mo_cnt > 0");
    }

    @Test
    void q8DistinctSubscribersOverAQuarter() throws SQLException {
        assertTrue(count(same("Q8", CanonicalQueries.Q8)) > 0, "Q8 counts nobody");
    }

    @Test
    void q9aGridsBelowTheSeventyPercentLine() throws SQLException {
        requireKpiTables();
        nonEmpty("Q9a", CanonicalQueries.Q9A);
    }

    @Test
    void q9bMonthOverMonthAnomaly() throws SQLException {
        requireKpiTables();
        nonEmpty("Q9b", CanonicalQueries.Q9B);
    }

    /** Q9c equals the month's alert rows (rule_id, region_id, actual), in the same order. */
    @Test
    void q9cEveryEnabledRuleEqualsTheAlerts() throws SQLException {
        requireKpiTables();
        ResultTable rules = nonEmpty("Q9c", CanonicalQueries.Q9C);
        ResultTable alerts = ResultTable.query(subcube, "SELECT rule_id, region_id, actual FROM alert "
                + "WHERE month_id = 200809 ORDER BY rule_id, region_id");
        new ResultDiff("Q9c", "alert").compare(rules, alerts, true).ifPresent(m -> fail(
                "Q9c on subcube is not the alert rows of 200809:\n" + m));
    }

    @Test
    void q10HotspotMarketSizing() throws SQLException {
        ResultTable counties = nonEmpty("Q10", CanonicalQueries.Q10);
        // every segment column is non-zero somewhere in Yancheng, so the comparison is not of zeros
        for (int c = 1; c <= 6; c++) {
            long total = 0;
            for (List<Object> row : counties.rows()) {
                total += ((Number) row.get(c)).longValue();
            }
            assertTrue(total > 0, "Q10 column " + counties.labels().get(c) + " is 0 in every county");
        }
    }

    @Test
    void q11PolicyGroupTargetList() throws SQLException {
        nonEmpty("Q11", CanonicalQueries.Q11);
    }

    @Test
    void q12UserClassLadder() throws SQLException {
        nonEmpty("Q12 user classes", CanonicalQueries.Q12_USER_CLASS);
    }

    @Test
    void q12EscLadder() throws SQLException {
        Set<Object> stages = new TreeSet<>();
        for (List<Object> row : nonEmpty("Q12 ESC ladder", CanonicalQueries.Q12_ESC).rows()) {
            stages.add(row.get(0));
        }
        assertEquals(Set.of("HANDSET", "POTENTIAL", "TRIAL", "REGULAR", "HEAVY"), stages);
    }

    /** §B3.27: the PRODUCT children of CRBT_FEE_REV add up to its gap to target (within 1e-6 relative). */
    @Test
    void q13KpiTreeRootCause() throws SQLException {
        requireKpiTables();
        ResultTable children = nonEmpty("Q13", CanonicalQueries.Q13);
        Map<String, Double> contrib = new LinkedHashMap<>();
        double sum = 0;
        for (List<Object> row : children.rows()) {
            double c = number(row.get(4), "contrib of " + row.get(0));
            contrib.put((String) row.get(0), c);
            sum += c;
        }
        assertEquals(Set.of("CRBT_PAY_USERS", "CRBT_AVG_FEE"), contrib.keySet());
        List<Object> parent = ResultTable.query(subcube, "SELECT actual, target FROM kpi_month WHERE month_id = 200809 "
                + "AND region_id = 105 AND kpi_code = 'CRBT_FEE_REV'").rows().get(0);
        double gap = number(parent.get(0), "CRBT_FEE_REV actual") - number(parent.get(1), "CRBT_FEE_REV target");
        assertEquals(gap, sum, 1e-6 * Math.abs(gap), "Σ contributions " + contrib + " vs CRBT_FEE_REV's gap");
    }

    @Test
    void q14TrafficStimulationList() throws SQLException {
        nonEmpty("Q14", CanonicalQueries.Q14);
    }

    @Test
    void q15BestChannelPerGroupAndClass() throws SQLException {
        // 10 customer groups × 5 product classes
        assertEquals(50, same("Q15", CanonicalQueries.Q15).rows().size());
    }
}
