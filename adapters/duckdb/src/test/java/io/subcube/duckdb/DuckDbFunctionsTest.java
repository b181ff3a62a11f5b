package io.subcube.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the DuckDB registration adds to the functions themselves: argument types and conversions, and how
 * errors reach SQL. (The worked examples on both engines are FunctionDifferentialTest's.)
 */
class DuckDbFunctionsTest {

    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbFunctions.register(c, ScoringParameters.DEFAULTS);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private Object value(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getObject(1);
        }
    }

    private String error(String sql) {
        return assertThrows(SQLException.class, () -> value(sql), sql).getMessage();
    }

    @Test
    void everyCatalogFunctionIsRegistered() throws SQLException {
        Set<String> names = FunctionCatalog.all().stream().map(FunctionSignature::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT upper(function_name) FROM duckdb_functions()")) {
            while (r.next()) {
                registered.add(r.getString(1));
            }
        }
        assertTrue(registered.containsAll(names), "missing " + names.stream()
                .filter(n -> !registered.contains(n)).toList());
    }

    /** G6: an INTEGER argument accepts a column of every numeric type holding a whole number. */
    @Test
    void integerArgumentsAcceptEveryNumericType() throws SQLException {
        List<String> types = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UBIGINT",
                "DECIMAL(12,2)", "DECIMAL(38,10)", "FLOAT", "DOUBLE");
        for (String type : types) {
            assertEquals(new BigDecimal("42.60"),
                    value("SELECT INFLUENCE_SCORE(x, 120, 6, 2) FROM (SELECT CAST(45 AS " + type + ") AS x)"), type);
            assertEquals(200712, value("SELECT MONTH_ADD(200801, x) FROM (SELECT CAST(-1 AS "
                    + (type.startsWith("U") ? "BIGINT" : type) + ") AS x)"), type);
        }
    }

    /** A DECIMAL or DOUBLE for an integer argument rounds half away from zero (DuckDB may pass a DECIMAL as DOUBLE). */
    @Test
    void fractionsForIntegerArgumentsRoundHalfAwayFromZero() throws SQLException {
        assertEquals(new BigDecimal("42.60"), value("SELECT INFLUENCE_SCORE(44.5, 120, 6, 2)"));
        assertEquals(new BigDecimal("42.60"), value("SELECT INFLUENCE_SCORE(44.5E0, 120, 6, 2)"));
        assertEquals(new BigDecimal("42.60"), value("SELECT INFLUENCE_SCORE(45.49, 120.0, 6.0, 2.0)"));
        assertEquals(new BigDecimal("43.00"), value("SELECT INFLUENCE_SCORE(45.5, 120.0, 6.0, 2.0)"));
        assertEquals(new BigDecimal("24.60"), value("SELECT INFLUENCE_SCORE(-0.49, 120, 6, 2)"));
        assertTrue(error("SELECT INFLUENCE_SCORE(-0.5, 120, 6, 2)")
                .contains("INFLUENCE_SCORE: argument circle_size out of range: -1"));
    }

    /** A G3 error's message is the G3 text, without the Java exception's class or stack. */
    @Test
    void domainErrorsReadAsTheG3Text() {
        String m = error("SELECT RETURN_RATE(-1.00, 0.00)");
        assertTrue(m.contains("RETURN_RATE: argument gross out of range: -1.00"), m);
        assertFalse(m.contains("DomainException") || m.contains("\tat "), m);
    }

    /** An integer that does not fit its INTEGER argument, or a non-finite double, is a G3 error. */
    @Test
    void valuesOutsideTheArgumentTypeAreG3Errors() {
        assertTrue(error("SELECT INFLUENCE_SCORE(3000000000, 120, 6, 2)")
                .contains("INFLUENCE_SCORE: argument circle_size out of range: 3000000000"));
        assertTrue(error("SELECT INFLUENCE_SCORE(3.0E9, 120, 6, 2)")
                .contains("INFLUENCE_SCORE: argument circle_size out of range: 3000000000"));
        assertTrue(error("SELECT INFLUENCE_SCORE(CAST('NaN' AS DOUBLE), 120, 6, 2)")
                .contains("INFLUENCE_SCORE: argument circle_size out of range: NaN"));
        assertTrue(error("SELECT RETURN_RATE(CAST('Infinity' AS DOUBLE), 0)")
                .contains("RETURN_RATE: argument gross out of range: Infinity"));
    }

    /** A BIGINT argument keeps all 64 bits when given a BIGINT. */
    @Test
    void bigintArgumentsAreExact() throws SQLException {
        // rank_above 2^53 + 1 of n 2^53 + 2: 100·r < 10·n is false … up to L; exactness shows in r < n holding
        assertEquals("L", value("SELECT VALUE_TIER(9007199254740993, 9007199254740994)"));
        assertTrue(error("SELECT VALUE_TIER(9007199254740994, 9007199254740994)")
                .contains("VALUE_TIER: argument rank_above out of range: 9007199254740994"));
    }
}
