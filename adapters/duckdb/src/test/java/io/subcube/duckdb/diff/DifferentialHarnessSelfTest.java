package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proves the comparator cannot silently pass: two DuckDB databases that differ on purpose. */
class DifferentialHarnessSelfTest {

    private Connection left;
    private Connection right;
    private DifferentialHarness harness;

    @BeforeEach
    void open() throws SQLException {
        left = DriverManager.getConnection("jdbc:duckdb:");
        right = DriverManager.getConnection("jdbc:duckdb:");
        harness = new DifferentialHarness(left, "left", right, "right");
    }

    @AfterEach
    void close() throws SQLException {
        left.close();
        right.close();
    }

    @Test
    void identicalDataPasses() throws SQLException {
        String rows = "(1, 'a', 1.50, DATE '2008-09-01', TRUE, 0.1), (2, NULL, NULL, NULL, NULL, NULL)";
        table(left, rows);
        table(right, rows);
        harness.assertSameResult("SELECT * FROM t");
        harness.assertSameResult("SELECT * FROM t ORDER BY i");
    }

    @Test
    void differentValueFails() throws SQLException {
        table(left, "(1, 'a', 1.50, DATE '2008-09-01', TRUE, 0.1)");
        table(right, "(1, 'a', 1.51, DATE '2008-09-01', TRUE, 0.1)");
        AssertionError e = assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT * FROM t"));
        assertTrue(e.getMessage().contains("SELECT * FROM t"), e.getMessage());
        assertTrue(e.getMessage().contains("1.50:BigDecimal") && e.getMessage().contains("1.51:BigDecimal"),
                e.getMessage());
    }

    @Test
    void eachKindOfDifferenceFails() throws SQLException {
        table(left, "(1, 'a', 1.50, DATE '2008-09-01', TRUE, 0.1)");
        table(right, "(1, 'a', 1.50, DATE '2008-09-01', TRUE, 0.1)");
        String[] differing = {
            "SELECT s FROM t WHERE i = 1",                     // left 'a' vs right 'A' below
            "SELECT d FROM t", "SELECT b FROM t", "SELECT x FROM t", "SELECT i FROM t",
        };
        execute(right, "UPDATE t SET s = 'A', d = DATE '2008-09-02', b = FALSE, x = 0.1000001, i = 2");
        for (String sql : differing) {
            assertThrows(AssertionError.class, () -> harness.assertSameResult(sql), sql);
        }
    }

    @Test
    void nullIsNotAValue() throws SQLException {
        table(left, "(1, NULL, 0, NULL, NULL, NULL)");
        table(right, "(1, '', 0, NULL, NULL, NULL)");
        assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT s FROM t"));
    }

    @Test
    void missingOrExtraRowFails() throws SQLException {
        table(left, "(1, 'a', 1, NULL, NULL, NULL), (1, 'a', 1, NULL, NULL, NULL)");
        table(right, "(1, 'a', 1, NULL, NULL, NULL)");
        AssertionError e = assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT i, s FROM t"));
        assertTrue(e.getMessage().contains("rows: left 2, right 1"), e.getMessage());
        assertTrue(e.getMessage().contains("only in left (1 rows)"), e.getMessage());
    }

    @Test
    void columnCountDifferenceFails() throws SQLException {
        table(left, "(1, 'a', 1, NULL, NULL, NULL)");
        table(right, "(1, 'a', 1, NULL, NULL, NULL)");
        execute(right, "ALTER TABLE t ADD COLUMN extra INTEGER");
        AssertionError e = assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT * FROM t"));
        assertTrue(e.getMessage().contains("column counts differ"), e.getMessage());
    }

    @Test
    void orderMattersOnlyWithOuterOrderBy() throws SQLException {
        table(left, "(1, 'a', 1, NULL, NULL, NULL), (2, 'b', 2, NULL, NULL, NULL)");
        table(right, "(1, 'a', 1, NULL, NULL, NULL), (2, 'b', 2, NULL, NULL, NULL)");
        harness.assertSameResult("SELECT i FROM t ORDER BY i DESC");
        // Same rows, opposite sequence on each side: the ordered comparison must fail, the unordered one pass.
        String sequence = "SELECT i FROM t ORDER BY i * " + pick("1", "-1");
        assertThrows(AssertionError.class, () -> harness.assertSameResult(sequence));
        harness.assertSameResult("SELECT i FROM (" + sequence + ") q");
        harness.assertSameResult(sequence, DifferentialHarness.RowOrder.UNORDERED);
    }

    @Test
    void numbersCompareByValueAcrossTypes() throws SQLException {
        table(left, "(1, 'a', 2.50, NULL, NULL, 2.5)");
        table(right, "(1, 'a', 2.50, NULL, NULL, 2.5)");
        harness.assertSameResult("SELECT " + pick("CAST(7 AS INTEGER)", "CAST(7.00 AS DECIMAL(5,2))"));
        harness.assertSameResult("SELECT " + pick("CAST(7 AS BIGINT)", "CAST(7 AS HUGEINT)"));
        harness.assertSameResult("SELECT " + pick("1.5", "1.50"));
        harness.assertSameResult("SELECT SUM(i) FROM t");                      // HUGEINT on both: BigInteger
        harness.assertSameResult("SELECT " + pick("CAST(2.5 AS DOUBLE)", "CAST(2.50 AS DECIMAL(12,2))"));
        harness.assertSameResult("SELECT " + pick("1e-12", "0.0"));            // absolute tolerance near zero
        harness.assertSameResult("SELECT " + pick("1234567.001", "1234567.0") + "::DOUBLE");
        assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT " + pick("1.000001", "1.0") + "::DOUBLE"));
        assertThrows(AssertionError.class, () -> harness.assertSameResult(
                "SELECT CAST(" + pick("0.1", "0.10000000001") + " AS DECIMAL(18,11))"));
    }

    @Test
    void bothFailingIsChecked() throws SQLException {
        table(left, "(1, 'a', 1, NULL, NULL, NULL)");
        table(right, "(1, 'a', 1, NULL, NULL, NULL)");
        DifferentialHarness.Errors e = harness.assertBothFail("SELECT nope FROM t", "nope");
        assertTrue(e.left().getMessage().contains("nope"));
        execute(right, "ALTER TABLE t ADD COLUMN nope INTEGER");
        assertThrows(AssertionError.class, () -> harness.assertBothFail("SELECT nope FROM t"));
        assertThrows(AssertionError.class, () -> harness.assertBothFail("SELECT zzz FROM t", "unrelated words"));
    }

    @Test
    void failureOfOneSideIsReportedWithTheSql() throws SQLException {
        table(left, "(1, 'a', 1, NULL, NULL, NULL)");
        AssertionError e = assertThrows(AssertionError.class, () -> harness.assertSameResult("SELECT i FROM t"));
        assertTrue(e.getMessage().startsWith("right failed on"), e.getMessage());
        assertEquals(DifferentialHarness.RowOrder.UNORDERED, DifferentialHarness.RowOrder.of("SELECT i FROM t"));
    }

    /** A value that depends on which database runs the query: a macro defined differently on each side. */
    private String pick(String leftValue, String rightValue) throws SQLException {
        String name = "m" + Integer.toHexString((leftValue + rightValue).hashCode() & 0xffffff);
        execute(left, "CREATE OR REPLACE MACRO " + name + "() AS " + leftValue);
        execute(right, "CREATE OR REPLACE MACRO " + name + "() AS " + rightValue);
        return name + "()";
    }

    private static void table(Connection c, String rows) throws SQLException {
        execute(c, "CREATE TABLE t (i INTEGER, s VARCHAR, m DECIMAL(12,2), d DATE, b BOOLEAN, x DOUBLE)");
        execute(c, "INSERT INTO t VALUES " + rows);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
