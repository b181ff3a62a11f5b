package io.subcube.cli.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

/** The tour must parse with Calcite's standard parser: no reserved words as bare names, no dialect syntax. */
class TourSqlParsesInCalciteTest {

    @Test
    void everyTourStatementParses() {
        SqlParser.Config config = SqlParser.config().withUnquotedCasing(Casing.UNCHANGED).withCaseSensitive(false);
        for (TourSection section : Tour.builtIn()) {
            for (String sql : section.statements()) {
                assertDoesNotThrow(() -> SqlParser.create(sql, config).parseQuery(), section.title());
            }
        }
    }
}
