package io.subcube.duckdb.diff;

import static io.subcube.duckdb.diff.OrderByDetector.hasOuterOrderBy;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderByDetectorTest {

    @Test
    void outerOrderByCounts() {
        assertTrue(hasOuterOrderBy("SELECT a FROM t ORDER BY a"));
        assertTrue(hasOuterOrderBy("select a from t\norder\n  by a limit 3"));
        assertTrue(hasOuterOrderBy("WITH c AS (SELECT a FROM t ORDER BY a) SELECT a FROM c ORDER BY 1"));
        assertTrue(hasOuterOrderBy("SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1"));
    }

    @Test
    void innerOrderByDoesNot() {
        assertFalse(hasOuterOrderBy("SELECT a FROM (SELECT a FROM t ORDER BY a LIMIT 5) q"));
        assertFalse(hasOuterOrderBy("SELECT a, RANK() OVER (PARTITION BY b ORDER BY c) FROM t"));
        assertFalse(hasOuterOrderBy("WITH c AS (SELECT a FROM t ORDER BY a) SELECT a FROM c"));
    }

    @Test
    void literalsCommentsAndNamesDoNot() {
        assertFalse(hasOuterOrderBy("SELECT 'x ORDER BY y' FROM t"));
        assertFalse(hasOuterOrderBy("SELECT 'it''s ORDER BY' FROM t"));
        assertFalse(hasOuterOrderBy("SELECT a FROM t -- ORDER BY a\n"));
        assertFalse(hasOuterOrderBy("SELECT a /* ORDER BY a */ FROM t"));
        assertFalse(hasOuterOrderBy("SELECT \"order by\" FROM t"));
        assertFalse(hasOuterOrderBy("SELECT a AS reorder_by FROM t"));
        assertFalse(hasOuterOrderBy("SELECT border FROM t WHERE by_x = 1"));
    }
}
