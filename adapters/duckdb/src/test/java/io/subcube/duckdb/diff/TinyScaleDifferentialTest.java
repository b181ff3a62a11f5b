package io.subcube.duckdb.diff;

import io.subcube.datasets.generator.GeneratorConfig;

/** The differential suite on 300 subscribers × 3 months (200807-200809): sparse groups, many empty cells. */
class TinyScaleDifferentialTest extends DifferentialSuite {

    @Override
    protected GeneratorConfig config() {
        return new GeneratorConfig(300, 3, SEED, 200807, 2);
    }
}
