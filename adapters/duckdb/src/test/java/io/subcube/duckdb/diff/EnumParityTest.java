package io.subcube.duckdb.diff;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.EnumPolicy;
import io.subcube.duckdb.PeerOptions;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark configuration of the peer (low-cardinality columns as ENUM) answers the catalogue exactly
 * as plain VARCHAR does, so benchmark ratios compare equal answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnumParityTest {

    private static final GeneratorConfig CONFIG = new GeneratorConfig(300, 3, DifferentialSuite.SEED, 200807, 2);

    private DuckDbPeer varchar;
    private DuckDbPeer enums;
    private DifferentialHarness harness;

    @BeforeAll
    void load() throws Exception {
        varchar = loaded(PeerOptions.defaults());
        enums = loaded(PeerOptions.defaults().withEnums(EnumPolicy.lowCardinality(64)));
        harness = new DifferentialHarness(enums.connection(), "duckdb(enum)", varchar.connection(), "duckdb(varchar)");
    }

    @AfterAll
    void close() throws SQLException {
        if (enums != null) {
            enums.close();
        }
        if (varchar != null) {
            varchar.close();
        }
    }

    Stream<DiffQuery> queries() {
        return DifferentialQueries.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameResult(DiffQuery query) {
        harness.assertSameResult(query.sql());
    }

    private static DuckDbPeer loaded(PeerOptions options) throws Exception {
        DuckDbPeer peer = DuckDbPeer.open(options);
        try {
            peer.load(sink -> DatasetGenerator.generate(CONFIG, sink, Progress.NONE));
            return peer;
        } catch (Exception e) {
            peer.close();
            throw e;
        }
    }
}
