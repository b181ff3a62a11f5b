package io.subcube.duckdb.diff.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.diff.DiffQuery;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.ParentKeys;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Filters on {@code county_id} and {@code grid_id}, which have no index but determine {@code city_id}, which
 * has one: the selector narrows their equalities and IN lists by the city they imply. Compared with DuckDB
 * over months of 80,000 subscribers, large enough to be indexed (the other suites' 3,000 are not): equalities,
 * IN lists, absent counties, combinations with other predicates, GROUP BY, and NOT / OR / ranges, which must
 * not use the implication.
 */
class HierarchyImplicationDifferentialTest extends PushdownCaseSuite {

    private static final GeneratorConfig CONFIG = new GeneratorConfig(80_000, 2, 20080901L, 200808, 2);
    private static final String Q3_COUNTY = "SELECT grid_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu "
            + "FROM subscriber_month WHERE month_id = %s AND county_id = %s GROUP BY grid_id ORDER BY grid_id";

    @Override
    PushdownFixture openFixture() throws Exception {
        return PushdownFixture.open(CONFIG);
    }

    /** Without the dependencies the cases below would test nothing new. */
    @Test
    void countyAndGridDependOnTheIndexedCity() {
        Table t = fixture.store().table("subscriber_month");
        int city = t.indexOf("city_id");
        for (Partition p : t.partitions()) {
            assertNotNull(p.index(city), "month " + p.monthId());
            for (String child : List.of("county_id", "grid_id")) {
                ParentKeys keys = p.parentKeys(t.indexOf(child));
                assertNotNull(keys, child + " in month " + p.monthId());
                assertEquals(city, keys.parentColumn(), child);
            }
        }
    }

    @Override
    Stream<DiffQuery> cases() {
        return Stream.of(
                q("q3_county", String.format(Q3_COUNTY, "200809", "10503")),
                q("q3_county_big", String.format(Q3_COUNTY, "200808", "10904")),
                q("q3_county_absent", String.format(Q3_COUNTY, "200809", "10599")),
                q("county_above_all", "SELECT COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month WHERE county_id = 99999"),
                q("county_every_month", "SELECT month_id, COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "WHERE county_id = 11301 GROUP BY month_id ORDER BY month_id"),
                q("county_count", "SELECT COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809 AND county_id = 10101"),
                q("county_in_one_city", "SELECT county_id, grid_id, COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "WHERE month_id = 200809 AND county_id IN (10501, 10503) GROUP BY county_id, grid_id"),
                q("county_in_three_cities", "SELECT county_id, COUNT(*) AS n, AVG(arpu) AS a FROM subscriber_month "
                        + "WHERE month_id = 200808 AND county_id IN (10503, 10904, 11301) GROUP BY county_id"),
                q("county_in_absent_and_present", "SELECT COUNT(*) AS n FROM subscriber_month "
                        + "WHERE county_id IN (10599, 10503, 42)"),
                q("county_in_every_city", "SELECT city_id, COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809 "
                        + "AND county_id IN (10101, 10201, 10301, 10401, 10501, 10601, 10701, 10801, 10901, 11001, "
                        + "11101, 11201, 11301) GROUP BY city_id"),
                q("grid_eq", "SELECT value_tier, COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "WHERE month_id = 200809 AND grid_id = 1050301 GROUP BY value_tier"),
                q("grid_in", "SELECT grid_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE grid_id IN (1050301, 1090401, 1130102, 1) GROUP BY grid_id"),
                q("grid_absent", "SELECT COUNT(*) AS n, MAX(arpu) AS m FROM subscriber_month WHERE grid_id = 1050399"),
                q("county_and_its_city", "SELECT grid_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND city_id = 105 AND county_id = 10503 GROUP BY grid_id"),
                q("county_and_another_city", "SELECT COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND city_id = 101 AND county_id = 10503"),
                q("county_and_grid", "SELECT COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "WHERE county_id = 10503 AND grid_id = 1050302"),
                q("county_with_other_predicates", "SELECT brand, COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "WHERE month_id = 200809 AND county_id = 10503 AND value_tier IN ('H', 'MH') AND arpu > 50 "
                        + "AND status <> 'CHURNED' GROUP BY brand"),
                q("county_not", "SELECT city_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND NOT (county_id = 10503) GROUP BY city_id"),
                q("county_not_in", "SELECT city_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND county_id NOT IN (10503, 10101) GROUP BY city_id"),
                q("county_ne", "SELECT COUNT(*) AS n FROM subscriber_month WHERE month_id = 200808 AND county_id <> 10904"),
                q("county_or_grid", "SELECT county_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND (county_id = 10503 OR grid_id = 1090401) GROUP BY county_id"),
                q("county_or_tier", "SELECT value_tier, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND (county_id = 10503 OR value_tier = 'H') GROUP BY value_tier"),
                q("not_county_and_tier", "SELECT COUNT(*) AS n FROM subscriber_month "
                        + "WHERE NOT (county_id = 10503 AND value_tier = 'H')"),
                q("county_range", "SELECT county_id, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND county_id BETWEEN 10500 AND 10505 GROUP BY county_id"),
                q("county_is_not_true", "SELECT COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 AND (county_id = 10503) IS NOT TRUE"));
    }

    /**
     * The other dependencies the index step finds in this data: a dictionary child ({@code matrix_key} →
     * {@code matrix_cell}) and a VARCHAR parent ({@code stick_score} → {@code stick_tier}), whose implied
     * conjunct names the parent's strings; their values are read from the data.
     */
    @Test
    void aDictionaryChildAndAVarcharParentAgree() throws SQLException {
        Table t = fixture.store().table("subscriber_month");
        Partition p = t.partitions().get(t.partitions().size() - 1);
        assertEquals(t.indexOf("matrix_cell"), p.parentKeys(t.indexOf("matrix_key")).parentColumn());
        assertEquals(t.indexOf("stick_tier"), p.parentKeys(t.indexOf("stick_score")).parentColumn());
        List<List<Object>> keys = fixture.subcube("SELECT matrix_key, COUNT(*) AS n FROM subscriber_month "
                + "WHERE month_id = 200809 GROUP BY matrix_key ORDER BY n DESC, matrix_key LIMIT 3").rows();
        List<List<Object>> scores = fixture.subcube("SELECT stick_score, COUNT(*) AS n FROM subscriber_month "
                + "WHERE month_id = 200809 GROUP BY stick_score ORDER BY n DESC, stick_score LIMIT 3").rows();
        String key = "'" + keys.get(0).get(0) + "'";
        String score = String.valueOf(scores.get(0).get(0));
        for (String where : List.of("matrix_key = " + key, "matrix_key IN (" + key + ", '" + keys.get(2).get(0)
                + "', 'NO.SUCH.KEY')", "matrix_key = 'NO.SUCH.KEY'", "stick_score = " + score,
                "stick_score IN (" + score + ", " + scores.get(1).get(0) + ", " + scores.get(2).get(0) + ")",
                "stick_score = -1.5", "NOT (matrix_key = " + key + ")")) {
            fixture.assertSameResult(q(where, "SELECT month_id, stick_tier, matrix_cell, COUNT(*) AS n, SUM(arpu) AS s "
                    + "FROM subscriber_month WHERE " + where + " GROUP BY month_id, stick_tier, matrix_cell"));
        }
    }

    /** Q3 county as the benchmark sends it: the county a statement parameter, bound when the query runs. */
    @Test
    void preparedQ3CountyAgreesForPresentAndAbsentCounties() {
        String prepared = String.format(Q3_COUNTY, "?", "?");
        for (int county : new int[] {10503, 10904, 11301, 10599, 10101}) {
            for (int month : new int[] {200808, 200809}) {
                fixture.harness().assertSamePrepared(prepared, List.of(month, county),
                        String.format(Q3_COUNTY, month, county));
            }
        }
    }
}
