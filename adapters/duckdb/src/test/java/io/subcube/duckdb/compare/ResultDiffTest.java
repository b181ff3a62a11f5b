package io.subcube.duckdb.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultDiffTest {

    private final ResultDiff comparison = new ResultDiff("Subcube", "DuckDB");

    private static ResultTable result(Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(Arrays.asList(r));
        }
        return new ResultTable(List.of("a", "b"), list);
    }

    @Test
    void numbersCompareByValueAcrossTypesWithATolerantDouble() {
        ResultTable s = result(new Object[] {1L, new BigDecimal("2.50")}, new Object[] {null, 1.0});
        ResultTable d = result(new Object[] {1, new BigDecimal("2.5")}, new Object[] {null, 1.0 + 1e-12});
        assertEquals(Optional.empty(), comparison.compare(s, d, true));
        assertTrue(comparison.compare(result(new Object[] {1, 1.0}), result(new Object[] {1, 1.001}), true)
                .isPresent());
        assertTrue(comparison.compare(result(new Object[] {1, new BigDecimal("2.51")}),
                result(new Object[] {1, new BigDecimal("2.5")}), true).isPresent(), "decimals compare exactly");
    }

    @Test
    void orderMattersOnlyWhenAsked() {
        ResultTable s = result(new Object[] {1, "x"}, new Object[] {2, "y"});
        ResultTable d = result(new Object[] {2, "y"}, new Object[] {1, "x"});
        assertEquals(Optional.empty(), comparison.compare(s, d, false));
        String message = comparison.compare(s, d, true).orElseThrow();
        assertTrue(message.contains("first difference at row 1"), message);
        assertTrue(message.contains("#1 (1:Integer, 'x':String)"), message);
    }

    @Test
    void describesTheRowsOnlyOneSideHas() {
        ResultTable s = result(new Object[] {1, "x"}, new Object[] {2, "y"});
        ResultTable d = result(new Object[] {1, "x"}, new Object[] {3, "z"}, new Object[] {4, "w"});
        String message = comparison.compare(s, d, false).orElseThrow();
        assertTrue(message.startsWith("rows: Subcube 2, DuckDB 3;"), message);
        assertTrue(message.contains("only in Subcube (1 rows):\n    #1 (2:Integer, 'y':String)"), message);
        assertTrue(message.contains("only in DuckDB (2 rows):"), message);
    }

    @Test
    void columnCountsMustMatch() {
        ResultTable one = new ResultTable(List.of("a"), List.of(List.of(1)));
        assertTrue(comparison.compare(one, result(new Object[] {1, 2}), false).orElseThrow()
                .startsWith("column counts differ"));
    }
}
