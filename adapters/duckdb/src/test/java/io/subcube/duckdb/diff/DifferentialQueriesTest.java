package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.compare.ResultTable;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lints the catalogue without data: names unique, every query binds in DuckDB, every LIMIT is ordered. */
class DifferentialQueriesTest {

    private final List<DiffQuery> queries = DifferentialQueries.all();

    @Test
    void namesAreUnique() {
        Set<String> names = new HashSet<>();
        for (DiffQuery q : queries) {
            assertTrue(names.add(q.name()), "duplicate query name " + q.name());
        }
        assertTrue(queries.size() >= 60, "catalogue has " + queries.size() + " queries");
    }

    @Test
    void everyQueryRunsOnEmptyTables() throws SQLException {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            for (DiffQuery q : queries) {
                try {
                    ResultTable.query(peer.connection(), q.sql());
                } catch (SQLException e) {
                    throw new AssertionError(q.name() + " does not run in DuckDB: " + e.getMessage(), e);
                }
            }
        }
    }

    /** A LIMIT without an ORDER BY at the same level would make the compared rows arbitrary. */
    @Test
    void everyOuterLimitIsOrdered() {
        for (DiffQuery q : queries) {
            String outer = OrderByDetector.outerLevelCode(q.sql()).toUpperCase(Locale.ROOT);
            if (outer.matches("(?s).*\\b(LIMIT|FETCH)\\b.*")) {
                assertTrue(OrderByDetector.hasOuterOrderBy(q.sql()), q.name() + " has LIMIT without ORDER BY");
            }
        }
    }

    @Test
    void b4QueriesAreDomainTextUnchanged() {
        String q3 = """
                SELECT county_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
                FROM subscriber_month WHERE month_id = 200809 AND city_id = 105 GROUP BY county_id ORDER BY county_id""";
        String q4 = """
                SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs
                FROM subscriber_month s JOIN region r ON r.region_id = s.county_id WHERE s.month_id = 200809
                GROUP BY s.county_id, r.region_name ORDER BY revenue DESC, s.county_id LIMIT 10""";
        assertEquals(q3, sql("b4_q3_drill_down"));
        assertEquals(q4, sql("b4_q4_top_counties"));
    }

    private String sql(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().sql();
    }
}
