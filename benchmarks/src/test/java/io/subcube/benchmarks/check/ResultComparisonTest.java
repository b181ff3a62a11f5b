package io.subcube.benchmarks.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultComparisonTest {

    private final ResultComparison comparison = new ResultComparison("Subcube", "DuckDB");

    private static Result result(Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(Arrays.asList(r));
        }
        return new Result(List.of("a", "b"), list);
    }

    @Test
    void numbersCompareByValueAcrossTypesWithATolerantDouble() {
        Result s = result(new Object[] {1L, new BigDecimal("2.50")}, new Object[] {null, 1.0});
        Result d = result(new Object[] {1, new BigDecimal("2.5")}, new Object[] {null, 1.0 + 1e-12});
        assertEquals(Optional.empty(), comparison.differences(s, d, true));
        assertTrue(comparison.differences(result(new Object[] {1, 1.0}), result(new Object[] {1, 1.001}), true)
                .isPresent());
        assertTrue(comparison.differences(result(new Object[] {1, new BigDecimal("2.51")}),
                result(new Object[] {1, new BigDecimal("2.5")}), true).isPresent(), "decimals compare exactly");
    }

    @Test
    void orderMattersOnlyWhenAsked() {
        Result s = result(new Object[] {1, "x"}, new Object[] {2, "y"});
        Result d = result(new Object[] {2, "y"}, new Object[] {1, "x"});
        assertEquals(Optional.empty(), comparison.differences(s, d, false));
        String message = comparison.differences(s, d, true).orElseThrow();
        assertTrue(message.contains("first difference at row 1"), message);
        assertTrue(message.contains("#1 (1:Integer, 'x':String)"), message);
    }

    @Test
    void describesTheRowsOnlyOneSideHas() {
        Result s = result(new Object[] {1, "x"}, new Object[] {2, "y"});
        Result d = result(new Object[] {1, "x"}, new Object[] {3, "z"}, new Object[] {4, "w"});
        String message = comparison.differences(s, d, false).orElseThrow();
        assertTrue(message.startsWith("rows: Subcube 2, DuckDB 3;"), message);
        assertTrue(message.contains("only in Subcube (1 rows):\n    #1 (2:Integer, 'y':String)"), message);
        assertTrue(message.contains("only in DuckDB (2 rows):"), message);
    }

    @Test
    void columnCountsMustMatch() {
        Result one = new Result(List.of("a"), List.of(List.of(1)));
        assertTrue(comparison.differences(one, result(new Object[] {1, 2}), false).orElseThrow()
                .startsWith("column counts differ"));
    }
}
