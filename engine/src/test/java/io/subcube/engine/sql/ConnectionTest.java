package io.subcube.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.StoreBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connection-level behaviour: naming rules, G6 semantics, errors with positions, metadata, sys schema. */
class ConnectionTest {

    private static Connection conn;

    @BeforeAll
    static void open() throws SQLException {
        List<Object[]> plans = List.of(
                new Object[] {"GT58", "GOTONE", "GoTone 58", new BigDecimal("58.00"), new BigDecimal("0.3000"), false},
                new Object[] {"SZX_STD", "SZX", "SZX standard", new BigDecimal("0.00"), new BigDecimal("0.4000"), false},
                new Object[] {"MZ_CAMPUS", "MZONE", "M-Zone campus", new BigDecimal("15.00"), new BigDecimal("0.2500"), true});
        StoreBuilder builder = new StoreBuilder();
        Fixtures.add(builder, SubcubeSchema.PLAN, 0, plans);
        conn = SubcubeDriver.connect(builder.build("connection fixture"), new Properties());
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void unquotedNamesInAnyCaseResolveToLowerCaseTables() throws SQLException {
        assertEquals(List.of(List.of(3L)), rows("SELECT COUNT(*) FROM PLAN"));
        assertEquals(List.of(List.of(3L)), rows("select count(*) from subcube.plan"));
        assertEquals(List.of(List.of("GT58")), rows("SELECT Plan_Code FROM plan WHERE BRAND = 'GOTONE'"));
    }

    @Test
    void avgOfDecimalIsDoubleAndIntegerDivisionTruncates() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT AVG(monthly_fee), 7 / 2 FROM plan")) {
            assertEquals(Types.DOUBLE, rs.getMetaData().getColumnType(1));
            rs.next();
            assertEquals(73.0 / 3, rs.getDouble(1), 1e-12);
            assertEquals(3, rs.getInt(2));
        }
    }

    @Test
    void caseOfDifferentLengthsIsVarcharNotPaddedChar() throws SQLException {
        assertEquals(List.of(List.of("A"), List.of("BB"), List.of("BB")),
                rows("SELECT CASE WHEN brand = 'SZX' THEN 'A' ELSE 'BB' END FROM plan ORDER BY 1"));
    }

    @Test
    void nullsSortLastAscendingAndFirstDescending() throws SQLException {
        assertEquals(List.of(List.of(15), List.of(58), java.util.Arrays.asList((Object) null)), rows(
                "SELECT CAST(NULLIF(monthly_fee, 0) AS INTEGER) f FROM plan ORDER BY f"));
        assertEquals(java.util.Arrays.asList((Object) null), rows(
                "SELECT CAST(NULLIF(monthly_fee, 0) AS INTEGER) f FROM plan ORDER BY f DESC").get(0));
    }

    @Test
    void castOfADecimalToAnIntegerRoundsHalfAwayFromZero() throws SQLException {
        assertEquals(List.of(List.of(99, -3, 2, 58L)), rows("SELECT CAST(98.98 AS INTEGER), CAST(-2.5 AS INTEGER),"
                + " CAST(2.49 AS SMALLINT) + 0, CAST(monthly_fee AS BIGINT) FROM plan WHERE plan_code = 'GT58'"));
    }

    @Test
    void oneColumnSetOperationsProduceValues() throws SQLException {
        assertEquals(List.of(List.of("GT58"), List.of("MZ_CAMPUS")), rows(
                "SELECT plan_code FROM plan EXCEPT SELECT plan_code FROM plan WHERE brand = 'SZX' ORDER BY 1"));
        assertEquals(List.of(List.of(4L)), rows(
                "SELECT COUNT(*) FROM (SELECT brand FROM plan UNION ALL SELECT plan_code FROM plan WHERE brand = 'SZX')"));
    }

    @Test
    void syntaxErrorNamesThePositionAndAShortExpectation() {
        SQLException e = assertThrows(SQLException.class, () -> rows("SELECT plan_code FORM plan"));
        assertTrue(e.getMessage().contains("Syntax error: Encountered \"plan\" at line 1, column 23"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column 23"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, e.getMessage());
    }

    @Test
    void aMistypedKeywordSaysAQueryWasExpectedAndWhere() {
        SQLException e = assertThrows(SQLException.class, () -> rows("selec 1"));
        assertTrue(e.getMessage().contains("Syntax error at line 1, column 1: expected a query"), e.getMessage());
    }

    @Test
    void unknownTableAndColumnAreNamedWithTheirPosition() {
        SQLException table = assertThrows(SQLException.class, () -> rows("SELECT * FROM plans"));
        assertTrue(table.getMessage().contains("Object 'plans' not found"), table.getMessage());
        assertTrue(table.getMessage().contains("line 1, column 15"), table.getMessage());
        SQLException column = assertThrows(SQLException.class, () -> rows("SELECT fee FROM plan"));
        assertTrue(column.getMessage().contains("Column 'fee' not found"), column.getMessage());
        assertTrue(column.getMessage().contains("line 1, column 8"), column.getMessage());
    }

    @Test
    void metadataListsSchemasTablesAndTypedColumns() throws SQLException {
        DatabaseMetaData md = conn.getMetaData();
        List<String> schemas = new ArrayList<>();
        try (ResultSet rs = md.getSchemas()) {
            while (rs.next()) {
                schemas.add(rs.getString("TABLE_SCHEM"));
            }
        }
        assertTrue(schemas.containsAll(List.of("subcube", "sys")), schemas.toString());
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, "subcube", "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertEquals(List.of("plan"), tables);
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, "subcube", "plan", "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":"
                        + rs.getInt("COLUMN_SIZE") + ":" + rs.getInt("DECIMAL_DIGITS"));
            }
        }
        assertEquals(List.of("plan_code:12:-1:0", "brand:12:-1:0", "plan_name:12:-1:0", "monthly_fee:3:12:2",
                "ld_price_per_min:3:6:4", "low_price_pkg:16:-1:0"), columns);
        assertEquals("subcube", conn.getSchema());
    }

    @Test
    void sysTablesReportRowsAndBytes() throws SQLException {
        List<List<Object>> t = rows("SELECT table_name, partitions, row_count, bytes > 0 FROM sys.tables");
        assertEquals(List.of(List.of("plan", 1, 3L, true)), t);
        List<List<Object>> c = rows("SELECT column_name, data_type, encoding FROM sys.columns "
                + "WHERE table_name = 'plan' AND column_name IN ('brand', 'monthly_fee') ORDER BY ordinal_position");
        assertEquals(List.of(List.of("brand", "VARCHAR", "dictionary(3) bitpacked 2b"),
                List.of("monthly_fee", "DECIMAL(12,2)", "bitpacked 13b")), c);
    }
}
