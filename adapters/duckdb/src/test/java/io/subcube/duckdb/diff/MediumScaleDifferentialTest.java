package io.subcube.duckdb.diff;

import io.subcube.datasets.generator.GeneratorConfig;

/** The differential suite on 10,000 subscribers × 10 months (200803-200812), about 100 k subscriber-months. */
class MediumScaleDifferentialTest extends DifferentialSuite {

    @Override
    protected GeneratorConfig config() {
        return new GeneratorConfig(10_000, 10, SEED, GeneratorConfig.DEFAULT_START_MONTH, 2);
    }
}
