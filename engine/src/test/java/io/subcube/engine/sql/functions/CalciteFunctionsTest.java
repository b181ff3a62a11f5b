package io.subcube.engine.sql.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.StoreBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The §B3 functions as SQL: exact result types, any numeric argument, NULLs, and errors as SQLExceptions. */
class CalciteFunctionsTest {

    private static Connection conn;

    @BeforeAll
    static void open() throws SQLException {
        StoreBuilder builder = new StoreBuilder();
        Fixtures.add(builder, SubcubeSchema.PLAN, 0, List.of(
                new Object[] {"GT58", "GOTONE", "GoTone 58", new BigDecimal("58.00"), new BigDecimal("0.3000"), false},
                new Object[] {"SZX_STD", "SZX", "SZX standard", new BigDecimal("0.00"), new BigDecimal("0.4000"), false}));
        conn = SubcubeDriver.connect(builder.build("functions fixture"), new Properties());
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static Object single(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    @Test
    void resultTypeIsExactlyTheSignatures() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT RETURN_RATE(150, 12), MONTH_ADD(200801, -1) FROM plan")) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(Types.DECIMAL, md.getColumnType(1));
            assertEquals(5, md.getPrecision(1));
            assertEquals(2, md.getScale(1));
            assertEquals(Types.INTEGER, md.getColumnType(2));
        }
    }

    @Test
    void integerDecimalDoubleAndColumnArgumentsAreAccepted() throws SQLException {
        assertEquals(new BigDecimal("92.00"), single("SELECT RETURN_RATE(150, 12)"));
        assertEquals(new BigDecimal("88.74"), single("SELECT RETURN_RATE(88.40, 9.95)"));
        assertEquals(new BigDecimal("97.00"), single("SELECT RETURN_RATE(1.0E2, 3)"));
        assertEquals(new BigDecimal("91.38"),
                single("SELECT return_rate(monthly_fee, 5) FROM plan WHERE plan_code = 'GT58'"));
        assertEquals(200712, single("SELECT month_add(200801, -1)"));
    }

    @Test
    void nullArgumentGivesNull() throws SQLException {
        assertEquals(null, single("SELECT RETURN_RATE(NULL, 1)"));
        assertEquals(null, single("SELECT MONTH_ADD(CAST(NULL AS INTEGER), 1)"));
    }

    @Test
    void wrongArityOrTypeNamesTheFunctionAndItsSignatures() {
        SQLException arity = assertThrows(SQLException.class, () -> single("SELECT RETURN_RATE(1)"));
        assertTrue(arity.getMessage().contains(
                "RETURN_RATE takes RETURN_RATE(gross DECIMAL(12,2), cost DECIMAL(12,2)) → DECIMAL(5,2)"),
                arity.getMessage());
        SQLException type = assertThrows(SQLException.class, () -> single("SELECT MONTH_ADD(DATE '2008-01-01', 1)"));
        assertTrue(type.getMessage().contains("MONTH_ADD takes MONTH_ADD(month_id INTEGER, k INTEGER) → INTEGER"),
                type.getMessage());
    }

    @Test
    void domainErrorsAreSqlExceptionsWithTheG3Message() {
        SQLException e = assertThrows(SQLException.class, () -> single("SELECT MONTH_ADD(200813, 1)"));
        assertEquals("MONTH_ADD: argument month_id out of range: 200813", e.getMessage());
        SQLException fromRows = assertThrows(SQLException.class,
                () -> single("SELECT RETURN_RATE(monthly_fee - 100, 0) FROM plan"));
        assertEquals("RETURN_RATE: argument gross out of range: -42.00", fromRows.getMessage());
    }

    @Test
    void aFailedCastWhileRowsAreProducedIsAnSqlException() {
        SQLException e = assertThrows(SQLException.class, () -> single("SELECT CAST(plan_code AS INTEGER) FROM plan"));
        assertTrue(e.getMessage().startsWith("cannot convert a string to a number"), e.getMessage());
    }
}
