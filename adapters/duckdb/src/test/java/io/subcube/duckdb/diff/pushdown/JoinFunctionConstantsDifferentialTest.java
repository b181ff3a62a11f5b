package io.subcube.duckdb.diff.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.diff.DifferentialHarness;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Joins whose join column is equated with MONTH_ADD of the other side's constant month (§B4 Q9b, Q6b), on
 * Subcube and DuckDB over the same rows: Subcube pushes the computed month into the other side's query (at
 * planning for a literal, when the statement is bound for a parameter), and the rows must stay those DuckDB
 * computes, with the month as a literal, as a parameter of a prepared statement, as NULL, in January (whose
 * month before is in the year before) and in the first month (which has none). The data are 4 months across a
 * year boundary, 200711–200802.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinFunctionConstantsDifferentialTest {

    static final GeneratorConfig CONFIG = new GeneratorConfig(3_000, 4, 20080901L, 200711, 2);

    /** §B4 Q9b with the month left open. */
    private static final String Q9B = """
            SELECT cur.region_id, prev.actual AS last_month, cur.actual AS this_month
            FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
             AND prev.month_id = MONTH_ADD(cur.month_id, -1)
            WHERE cur.month_id = %s AND cur.kpi_code = 'NEW_ADDS' AND cur.region_level = 'COUNTY'
              AND KPI_BREACH('MOM', cur.actual, prev.actual, 0.70) ORDER BY cur.region_id""";
    /** Q9b without the alert test: every county with its month before. */
    private static final String PAIRS = """
            SELECT cur.region_id, prev.actual AS last_month, cur.actual AS this_month
            FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
             AND prev.month_id = MONTH_ADD(cur.month_id, -1)
            WHERE cur.month_id = %s AND cur.kpi_code = 'NEW_ADDS' AND cur.region_level = 'COUNTY' ORDER BY cur.region_id""";
    /** §B4 Q6b with the month left open: two LEFT joins, one and two months back. */
    private static final String Q6B = """
            SELECT c.indicator_code, c.score, VAS_WEAK(c.score, c.full_marks, p1.score, p2.score) AS weak
            FROM service_indicator c
            LEFT JOIN service_indicator p1 ON p1.region_id = c.region_id AND p1.service_code = c.service_code
              AND p1.indicator_code = c.indicator_code AND p1.month_id = MONTH_ADD(c.month_id, -1)
            LEFT JOIN service_indicator p2 ON p2.region_id = c.region_id AND p2.service_code = c.service_code
              AND p2.indicator_code = c.indicator_code AND p2.month_id = MONTH_ADD(c.month_id, -2)
            WHERE c.month_id = %s AND c.region_id = 1 AND c.service_code = 'MMS' ORDER BY c.indicator_code""";
    /** 200801 is January; 200711 is the first month, with no month before it. */
    private static final List<Integer> MONTHS = List.of(200801, 200802, 200712, 200711);

    private PushdownFixture fixture;
    private DifferentialHarness harness;

    @BeforeAll
    void open() throws Exception {
        fixture = PushdownFixture.open(CONFIG);
        harness = fixture.harness();
    }

    @AfterAll
    void close() throws SQLException {
        fixture.close();
    }

    @Test
    void theDataSpanTheYearBoundary() throws SQLException {
        List<List<Object>> months = fixture.subcube("SELECT DISTINCT month_id FROM kpi_month ORDER BY month_id").rows();
        assertEquals(List.of(List.of(200711), List.of(200712), List.of(200801), List.of(200802)), months);
    }

    /** Statements with literals: the first of each query is planned, the others run from its cached plan. */
    @Test
    void literalMonths() throws SQLException {
        for (String query : List.of(Q9B, PAIRS, Q6B)) {
            for (int month : MONTHS) {
                harness.assertSameResult(String.format(query, month));
            }
        }
        int alerts = 0;
        for (int month : MONTHS) {
            alerts += fixture.subcube(String.format(Q9B, month)).rows().size();
        }
        assertTrue(alerts > 0, "some county's new adds fell below 70% of the month before");
        // January pairs with December of the year before; the first month has no month before it.
        assertTrue(fixture.subcube(String.format(PAIRS, 200801)).rows().size() > 0);
        assertEquals(0, fixture.subcube(String.format(PAIRS, 200711)).rows().size());
        assertTrue(fixture.subcube(String.format(Q6B, 200801)).rows().stream().anyMatch(r -> r.get(2) != null),
                "January's weak points compare with two months of the year before");
    }

    @Test
    void literalMonthIsComputedAtPlanning() throws SQLException {
        List<String> q9b = scans(fixture.explain(String.format(Q9B, 200801)));
        assertTrue(q9b.stream().anyMatch(l -> l.contains("filter=[(kpi_code = 'NEW_ADDS' AND month_id = 200712)]")),
                q9b.toString());
        List<String> q6b = scans(fixture.explain(String.format(Q6B, 200801)));
        assertTrue(q6b.stream().anyMatch(l -> l.contains("month_id = 200712)]")), q6b.toString());
        assertTrue(q6b.stream().anyMatch(l -> l.contains("month_id = 200711)]")), q6b.toString());
    }

    @Test
    void parameterMonthIsComputedWhenBound() throws SQLException {
        List<String> scans = scans(preparedExplain(String.format(Q9B, "?"), 200801));
        assertTrue(scans.stream().anyMatch(l -> l.contains(
                "filter=[(kpi_code = 'NEW_ADDS' AND month_id = MONTH_ADD(?0, -1))]")), scans.toString());
        for (String query : List.of(Q9B, PAIRS, Q6B)) {
            for (int month : MONTHS) {
                harness.assertSamePrepared(String.format(query, "?"), List.of(month), String.format(query, month));
            }
        }
    }

    @Test
    void nullParameterSelectsNoRows() throws SQLException {
        for (String query : List.of(Q9B, PAIRS, Q6B)) {
            harness.assertSamePrepared(String.format(query, "?"), Arrays.asList((Object) null),
                    String.format(query, "NULL"));
            try (PreparedStatement ps = fixture.subcube().prepareStatement(String.format(query, "?"))) {
                ps.setNull(1, java.sql.Types.INTEGER);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(0, ResultTable.read(rs).rows().size(), query);
                }
            }
        }
    }

    // ---- helpers

    private String preparedExplain(String sql, int month) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (PreparedStatement ps = fixture.subcube().prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            ps.setInt(1, month);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    b.append(r.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The plan's Subcube query lines. */
    private static List<String> scans(String plan) {
        List<String> out = new ArrayList<>();
        plan.lines().filter(l -> l.contains("SubcubeQuery(")).forEach(out::add);
        return out;
    }
}
