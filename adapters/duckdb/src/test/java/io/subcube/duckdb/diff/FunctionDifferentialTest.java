package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.duckdb.DuckDbFunctions;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.compare.Values;
import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every §B3 function of {@link FunctionCatalog} called through SQL on Subcube and on DuckDB
 * ({@link DuckDbFunctions}), both with the default parameters: DOMAIN.md's worked examples written with
 * integer, decimal and double literals and mixes of them give the example's exact result and type on both
 * (G6: any numeric kind is accepted and converted as CAST would); a NULL argument gives NULL on both except
 * where the signature gives NULL a meaning (G2); an argument outside its domain raises an SQLException with
 * the G3 text on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionDifferentialTest {

    private Connection subcube;
    private Connection duckdb;
    private DifferentialHarness harness;

    @BeforeAll
    void open() throws SQLException {
        // a small generated dataset: the functions need no data, only a Subcube connection
        subcube = DriverManager.getConnection("jdbc:subcube:;subscribers=300;months=3");
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbFunctions.register(duckdb, ScoringParameters.DEFAULTS);
        harness = new DifferentialHarness(subcube, "subcube", duckdb, "duckdb");
    }

    @AfterAll
    void close() throws SQLException {
        subcube.close();
        duckdb.close();
    }

    Stream<FunctionExamples.Example> examples() {
        return FunctionExamples.all().stream();
    }

    @Test
    void everySignatureHasAWorkedExampleAndADomainError() {
        Set<String> signatures = FunctionCatalog.all().stream().map(s -> s.name() + "/" + s.arguments().size())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(signatures, FunctionExamples.all().stream()
                .map(e -> e.signature().name() + "/" + e.args().size()).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(signatures, FunctionExamples.domainErrors().stream()
                .map(e -> e.call().substring(0, e.call().indexOf('(')) + "/" + arity(e.call()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static int arity(String call) {
        // the calls' literals hold no commas
        return call.substring(call.indexOf('(') + 1, call.lastIndexOf(')')).split(",").length;
    }

    /** One example written every way, all in one SELECT per engine: each column is the example's result. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void workedExampleGivesItsResultOnBothEngines(FunctionExamples.Example example) throws SQLException {
        List<String> calls = example.calls();
        String sql = select(calls);
        List<Object> left = only(ResultTable.query(subcube, sql));
        List<Object> right = only(ResultTable.query(duckdb, sql));
        for (int i = 0; i < calls.size(); i++) {
            Object l = left.get(i);
            Object r = right.get(i);
            assertTrue(KeyedDiff.same(example.expected(), l) && KeyedDiff.same(example.expected(), r),
                    calls.get(i) + ": expected " + Values.show(example.expected()) + ", subcube " + Values.show(l)
                            + ", duckdb " + Values.show(r));
        }
        String type = example.signature().returns().sql();
        assertEquals(type, resultType(subcube, sql), "subcube's result type of " + calls.get(0));
        assertEquals(type, resultType(duckdb, sql), "duckdb's result type of " + calls.get(0));
    }

    Stream<FunctionSignature> signatures() {
        return FunctionCatalog.all().stream();
    }

    /**
     * G2: each argument in turn NULL (bare and typed) gives NULL on both engines; where the signature gives
     * NULL a meaning (VAS_USER_CLASS's first_use_month, NEED's classes), both give what the Java function gives.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("signatures")
    void nullArgumentsGiveNullOnBothUnlessMeaningful(FunctionSignature signature) throws SQLException {
        FunctionExamples.Example example = FunctionExamples.all().stream()
                .filter(e -> e.signature().equals(signature)).findFirst().orElseThrow();
        List<String> calls = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < example.args().size(); i++) {
            Object[] args = example.args().toArray();
            args[i] = null;
            Object result = signature.invoke(ScoringParameters.DEFAULTS, args);
            if (!signature.nullMeaningful()) {
                assertEquals(null, result, "Java " + signature.describe() + " with argument " + i + " NULL");
            }
            for (String nullLiteral : List.of("NULL",
                    "CAST(NULL AS " + signature.arguments().get(i).type().sql() + ")")) {
                StringJoiner call = new StringJoiner(", ", signature.name() + "(", ")");
                for (int j = 0; j < args.length; j++) {
                    call.add(j == i ? nullLiteral : FunctionExamples.literal(args[j], FunctionExamples.Kind.INTEGER));
                }
                calls.add(call.toString());
                expected.add(result);
            }
        }
        String sql = select(calls);
        List<Object> left = only(ResultTable.query(subcube, sql));
        List<Object> right = only(ResultTable.query(duckdb, sql));
        for (int i = 0; i < calls.size(); i++) {
            assertTrue(KeyedDiff.same(expected.get(i), left.get(i)) && KeyedDiff.same(expected.get(i), right.get(i)),
                    calls.get(i) + ": expected " + Values.show(expected.get(i)) + ", subcube "
                            + Values.show(left.get(i)) + ", duckdb " + Values.show(right.get(i)));
        }
    }

    Stream<FunctionExamples.DomainError> domainErrors() {
        return FunctionExamples.domainErrors().stream();
    }

    /** G3: an argument outside its domain is an SQLException with {@code FUNC: argument <name> out of range: <value>}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("domainErrors")
    void domainErrorRaisesTheG3MessageOnBoth(FunctionExamples.DomainError error) {
        harness.assertBothFail("SELECT " + error.call(), error.message());
    }

    /**
     * A decimal given for an INTEGER or BIGINT argument is rounded half away from zero, as CAST of a DECIMAL to
     * an integer is on both engines (G6); a result below zero is then a G3 error.
     */
    @Test
    void decimalForAnIntegerArgumentRoundsHalfAwayFromZeroOnBoth() throws SQLException {
        Map<String, Object> calls = Map.of(
                "INFLUENCE_SCORE(44.5, 120, 6, 2)", new BigDecimal("42.60"),  // circle 45
                "INFLUENCE_SCORE(45.4, 120, 6, 2)", new BigDecimal("42.60"),  // 45
                "INFLUENCE_SCORE(45.5, 120, 6, 2)", new BigDecimal("43.00"),  // 46
                "INFLUENCE_SCORE(-0.4, 120, 6, 2)", new BigDecimal("24.60"),  // 0
                "VALUE_TIER(99.5, 1000)", "MH",                                // rank 100
                "VALUE_TIER(99.4, 1000.0)", "H",                               // rank 99
                "MONTH_ADD(200801, -0.5)", 200712);                            // k −1
        for (Map.Entry<String, Object> c : calls.entrySet()) {
            String sql = "SELECT " + c.getKey();
            harness.assertSameResult(sql);
            Object value = only(ResultTable.query(subcube, sql)).get(0);
            assertTrue(KeyedDiff.same(c.getValue(), value), sql + ": expected " + Values.show(c.getValue())
                    + ", got " + Values.show(value));
        }
        harness.assertBothFail("SELECT INFLUENCE_SCORE(-0.5, 120, 6, 2)",
                "INFLUENCE_SCORE: argument circle_size out of range: -1");
    }

    /**
     * A double given for an INTEGER argument is converted as CAST converts a DOUBLE to an integer: DuckDB rounds
     * (45.9 → 46, as PostgreSQL does), and so does Subcube, in function arguments as in CAST itself.
     */
    @Test
    void doubleForAnIntegerArgumentRoundsOnBoth() throws SQLException {
        Map<String, Object> calls = Map.of(
                "INFLUENCE_SCORE(45.9E0, 120, 6, 2)", new BigDecimal("43.00"),  // circle 46
                "VALUE_TIER(99.9E0, 1000)", "MH",                                // rank 100
                "MONTH_ADD(200801, -0.9E0)", 200712);                            // k −1
        for (Map.Entry<String, Object> c : calls.entrySet()) {
            String sql = "SELECT " + c.getKey();
            Object left = only(ResultTable.query(subcube, sql)).get(0);
            Object right = only(ResultTable.query(duckdb, sql)).get(0);
            assertTrue(KeyedDiff.same(c.getValue(), left) && KeyedDiff.same(c.getValue(), right), sql + ": expected "
                    + Values.show(c.getValue()) + ", subcube " + Values.show(left) + ", duckdb " + Values.show(right));
        }
    }

    /**
     * G6 "converted as SQL CAST would" presumes the engines' CASTs agree: both round DOUBLE to INTEGER, DOUBLE
     * to DECIMAL and DECIMAL to a smaller scale (Calcite alone truncates); on a tie a DOUBLE goes to the even
     * integer and a DECIMAL away from zero, as in PostgreSQL.
     */
    @Test
    void castRoundsAsDuckDbDoes() {
        harness.assertSameResult("SELECT CAST(45.9E0 AS INTEGER) AS i, CAST(-45.9E0 AS INTEGER) AS n, "
                + "CAST(89.996E0 AS DECIMAL(5,2)) AS d, CAST(0.84996 AS DECIMAL(5,4)) AS s");
        harness.assertSameResult("SELECT CAST(2.5E0 AS INTEGER) AS i, CAST(-2.5E0 AS INTEGER) AS n, "
                + "CAST(0.125E0 AS DECIMAL(4,2)) AS d, CAST(-0.125 AS DECIMAL(4,2)) AS s, CAST(-2.5 AS BIGINT) AS b, "
                + "CAST(3.5E0 AS INTEGER) AS o, CAST(CAST(NULL AS DOUBLE) AS INTEGER) AS z");
    }

    /**
     * §B3.4's partition of 20 through its SQL form (window functions over VALUES) on both engines: tiers by
     * rank, ties taking their first member's tier, counts 3/4/12/1.
     */
    @Test
    void valueTierPartitionOfTwentyOnBoth() throws SQLException {
        String scores = "95.10, 90.00, 90.00, 88.00, 85.00, 80.00, 80.00, 76.00, 72.50, 70.00, 66.00, 61.00, "
                + "58.00, 55.00, 50.00, 47.00, 41.00, 35.00, 35.00, 12.00";
        String values = Arrays.stream(scores.split(", ")).map(s -> "(" + s + ")").collect(Collectors.joining(", "));
        String sql = "SELECT value_score, VALUE_TIER(RANK() OVER (ORDER BY value_score DESC) - 1, COUNT(*) OVER ()) "
                + "AS tier FROM (VALUES " + values + ") AS t(value_score) ORDER BY value_score DESC";
        harness.assertSameResult(sql);
        String tiers = ResultTable.query(subcube, sql).rows().stream().map(r -> (String) r.get(1))
                .collect(Collectors.joining(" "));
        assertEquals("H H H MH MH MH MH M M M M M M M M M M M M L", tiers);
    }

    // ---- helpers

    private static String select(List<String> calls) {
        StringJoiner j = new StringJoiner(", ", "SELECT ", "");
        for (int i = 0; i < calls.size(); i++) {
            j.add(calls.get(i) + " AS c" + i);
        }
        return j.toString();
    }

    private static List<Object> only(ResultTable t) {
        assertEquals(1, t.rows().size(), "rows");
        return t.rows().get(0);
    }

    /** The first column's type as a signature writes it. */
    private static String resultType(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            return switch (m.getColumnType(1)) {
                case Types.DECIMAL, Types.NUMERIC -> "DECIMAL(" + m.getPrecision(1) + "," + m.getScale(1) + ")";
                case Types.INTEGER -> "INTEGER";
                case Types.BIGINT -> "BIGINT";
                case Types.DOUBLE, Types.FLOAT -> "DOUBLE";
                case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
                case Types.VARCHAR, Types.CHAR -> "VARCHAR";
                default -> m.getColumnTypeName(1);
            };
        }
    }
}
