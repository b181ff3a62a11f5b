package io.subcube.benchmarks.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void placeholdersInsideStringLiteralsDoNotCount() {
        assertEquals(2, SqlText.placeholders("SELECT '?', 'it''s ?' FROM t WHERE a = ? AND b = ?"));
        assertEquals(0, SqlText.placeholders("SELECT 1"));
        assertEquals(1, SqlText.placeholders("SELECT \"a?\" FROM t WHERE x = ?"));
    }

    @Test
    void inlinesEachParameterAsTheLiteralOfItsType() {
        assertEquals("SELECT '?' FROM t WHERE m = 200809 AND t = 'H' AND f = TRUE AND p > 0.25 AND n = 'O''Brien'",
                SqlText.inline("SELECT '?' FROM t WHERE m = ? AND t = ? AND f = ? AND p > ? AND n = ?",
                        List.of(200809, "H", true, new BigDecimal("0.25"), "O'Brien")));
        assertEquals("x = 7", SqlText.inline("x = ?", List.of(7L)));
        assertThrows(IllegalArgumentException.class, () -> SqlText.inline("a = ? AND b = ?", List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> SqlText.inline("a = ?", List.of(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> SqlText.literal(1.5));
    }

    @Test
    void onlyAnOuterOrderByMakesTheOrderPartOfTheAnswer() {
        assertTrue(SqlText.hasOuterOrderBy("SELECT a FROM t ORDER BY a"));
        assertTrue(SqlText.hasOuterOrderBy("SELECT a FROM (SELECT a FROM t ORDER BY a) x\norder  by a DESC"));
        assertFalse(SqlText.hasOuterOrderBy("SELECT a, ROW_NUMBER() OVER (ORDER BY a) FROM t"));
        assertFalse(SqlText.hasOuterOrderBy("SELECT 'ORDER BY' FROM t"));
        assertFalse(SqlText.hasOuterOrderBy("SELECT border_by FROM t"));
        assertFalse(SqlText.hasOuterOrderBy("SELECT 1 AS \"order by\" FROM t"));
    }
}
