package io.subcube.duckdb.diff.pushdown;

import io.subcube.duckdb.diff.DiffQuery;
import io.subcube.duckdb.diff.DifferentialHarness;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A differential suite of named queries over one {@link PushdownFixture}: opened once for the suite, each
 * case of {@link #cases} checked against DuckDB, closed at the end. Suites add their own tests beside.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PushdownCaseSuite {

    protected PushdownFixture fixture;
    protected DifferentialHarness harness;

    /** The data this suite runs on: the shared default fixture unless a suite needs other data. */
    PushdownFixture openFixture() throws Exception {
        return PushdownFixture.open();
    }

    @BeforeAll
    void open() throws Exception {
        fixture = openFixture();
        harness = fixture.harness();
    }

    @AfterAll
    void close() throws SQLException {
        fixture.close();
    }

    /** The suite's named queries. */
    abstract Stream<DiffQuery> cases();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameResult(DiffQuery query) {
        fixture.assertSameResult(query);
    }

    static DiffQuery q(String name, String sql) {
        return new DiffQuery(name, sql);
    }
}
