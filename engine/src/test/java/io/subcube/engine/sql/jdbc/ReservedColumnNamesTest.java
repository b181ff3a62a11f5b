package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ReservedColumnNamesTest {

    @Test
    void bareRollupIsQuotedAsAnIdentifier() {
        assertEquals("SELECT \"rollup\", t.\"rollup\" FROM kpi_tree t ORDER BY \"rollup\"",
                ReservedColumnNames.quote("SELECT ROLLUP, t.rollup FROM kpi_tree t ORDER BY Rollup"));
    }

    @Test
    void rollupFollowedByParenthesisStaysAKeyword() {
        String sql = "SELECT a, COUNT(*) FROM t GROUP BY ROLLUP (a, b)";
        assertSame(sql, ReservedColumnNames.quote(sql));
    }

    @Test
    void stringsQuotedIdentifiersAndCommentsAreLeftAlone() {
        String sql = "SELECT 'rollup', \"rollup\", 'it''s rollup' -- rollup\n/* rollup */ FROM kpi_tree";
        assertSame(sql, ReservedColumnNames.quote(sql));
        assertEquals("SELECT x_rollup, rollups, \"rollup\" FROM t",
                ReservedColumnNames.quote("SELECT x_rollup, rollups, rollup FROM t"));
    }

    @Test
    void prevAsAnAliasIsQuotedAndAsAFunctionStaysAKeyword() {
        assertEquals("SELECT \"prev\".actual FROM kpi_month cur JOIN kpi_month \"prev\" ON \"prev\".region_id = 1",
                ReservedColumnNames.quote("SELECT prev.actual FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = 1"));
        assertEquals("DEFINE A AS PREV (A.price) < A.price", ReservedColumnNames.quote("DEFINE A AS PREV (A.price) < A.price"));
    }
}
