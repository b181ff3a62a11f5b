package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.duckdb.compare.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keyed comparison cannot pass silently: each kind of difference is reported with its key and values. */
class KeyedDiffTest {

    private static final List<String> LABELS = List.of("month_id", "subscriber_id", "score", "tier");
    private final KeyedDiff diff = new KeyedDiff("left", "right");

    private static ResultTable table(Object[]... rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(Arrays.asList(r));
        }
        return new ResultTable(LABELS, out);
    }

    private static Object[] row(int month, long id, String score, String tier) {
        return new Object[] {month, id, score == null ? null : new BigDecimal(score), tier};
    }

    @Test
    void equalRowsInAnyOrderPass() {
        assertEquals(Optional.empty(), diff.compare(
                table(row(200803, 1, "63.57", "H"), row(200803, 2, null, null)),
                table(row(200803, 2, null, null), row(200803, 1, "63.57", "H")), 2));
    }

    @Test
    void aDifferentValueNamesItsKeyColumnAndBothValues() {
        String m = diff.compare(table(row(200803, 1, "63.57", "H"), row(200803, 2, "10.00", "L")),
                table(row(200803, 1, "63.58", "H"), row(200803, 2, "10.00", "M")), 2).orElseThrow();
        assertTrue(m.contains("column score: 1 rows differ"), m);
        assertTrue(m.contains("(month_id=200803, subscriber_id=1): left 63.57:BigDecimal, right 63.58:BigDecimal"), m);
        assertTrue(m.contains("column tier: 1 rows differ"), m);
        assertTrue(m.contains("(month_id=200803, subscriber_id=2): left 'L':String, right 'M':String"), m);
    }

    @Test
    void noToleranceNoTypeOrScaleSlack() {
        Object[] exact = row(200803, 1, "63.57", "H");
        Object[] scaled = {200803, 1L, new BigDecimal("63.570"), "H"};
        Object[] floating = {200803, 1L, 63.57, "H"};
        Object[] nulled = row(200803, 1, null, "H");
        for (Object[] other : List.of(scaled, floating, nulled)) {
            assertTrue(diff.compare(table(exact), table(other), 2).isPresent(), Arrays.toString(other));
        }
    }

    @Test
    void missingAndDuplicateKeysAreReported() {
        String m = diff.compare(table(row(200803, 1, "1.00", "H"), row(200803, 2, "1.00", "H")),
                table(row(200803, 1, "1.00", "H"), row(200803, 1, "1.00", "H"), row(200803, 3, "1.00", "H")), 2)
                .orElseThrow();
        assertTrue(m.contains("1 keys only in left, e.g. [[200803, 2]]"), m);
        assertTrue(m.contains("1 keys only in right, e.g. [[200803, 3]]"), m);
        assertTrue(m.contains("right has 1 duplicate keys"), m);
    }
}
