package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MatrixFunctionsTest {

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    @Test
    void matrixWorkedExamplesOfB313() {
        assertEquals(1, MatrixFunctions.matrixCell("H", "HIGH", true));
        assertEquals(8, MatrixFunctions.matrixCell("MH", "HIGH", false));
        assertEquals(5, MatrixFunctions.matrixCell("H", "NONE", true));
        assertEquals(24, MatrixFunctions.matrixCell("L", "NONE", false));
        assertEquals("MH.HIGH.S.TRAFFIC", MatrixFunctions.matrixKey("MH", "HIGH", false, "TRAFFIC"));
    }

    @Test
    void everyCellAndKeyInTheSeedsOrder() {
        int expectedCell = 1;
        Set<String> keys = new HashSet<>();
        for (String t : Domains.VALUE_TIERS) {
            for (String s : Domains.STICK_TIERS) {
                for (boolean c : new boolean[] {true, false}) {
                    assertEquals(expectedCell, MatrixFunctions.matrixCell(t, s, c));
                    for (String need : Domains.NEEDS) {
                        String key = MatrixFunctions.matrixKey(t, s, c, need);
                        assertEquals(t + "." + s + "." + (c ? "C" : "S") + "." + need, key);
                        int code = MatrixFunctions.matrixKeyCode(Domains.code(Domains.VALUE_TIERS, t),
                                Domains.code(Domains.STICK_TIERS, s), c ? 1 : 0, Domains.code(Domains.NEEDS, need));
                        assertEquals(5 * (expectedCell - 1) + Domains.code(Domains.NEEDS, need), code);
                        assertEquals(key, Domains.MATRIX_KEYS.get(code));
                        keys.add(key);
                    }
                    expectedCell++;
                }
            }
        }
        assertEquals(120, keys.size());
        assertEquals(120, Domains.MATRIX_KEYS.size());
    }

    @Test
    void matrixErrorsAndNulls() {
        assertEquals("MATRIX_CELL: argument value_tier out of range: X", err(() -> MatrixFunctions.matrixCell("X", "HIGH", true)));
        assertEquals("MATRIX_CELL: argument stick_tier out of range: High",
                err(() -> MatrixFunctions.matrixCell("H", "High", true)));
        assertEquals("MATRIX_KEY: argument need out of range: TV", err(() -> MatrixFunctions.matrixKey("H", "HIGH", true, "TV")));
        assertEquals("MATRIX_KEY: argument value_tier out of range: h", err(() -> MatrixFunctions.matrixKey("h", "HIGH", true, "NONE")));
        assertEquals("MATRIX_CELL: argument churn_flag out of range: 2",
                err(() -> MatrixFunctions.matrixCellBatch(new int[1], new int[1], new long[] {2}, new long[1], 1)));
        assertEquals("MATRIX_KEY: argument stick_tier out of range: code 3",
                err(() -> MatrixFunctions.matrixKeyBatch(new int[1], new int[] {3}, new long[1], new int[1], new int[1], 1)));
        assertNull(MatrixFunctions.matrixCell(null, "HIGH", true));
        assertNull(MatrixFunctions.matrixCell("H", null, true));
        assertNull(MatrixFunctions.matrixCell("H", "HIGH", null));
        assertNull(MatrixFunctions.matrixKey("H", "HIGH", true, null));
        assertNull(MatrixFunctions.matrixKey(null, "HIGH", true, "NONE"));
    }

    @Test
    void mktPriorityWorkedExamplesOfB314() {
        assertEquals(1, MatrixFunctions.mktPriority("H", "MID", true));
        assertEquals(2, MatrixFunctions.mktPriority("MH", "NONE", false));
        assertEquals(4, MatrixFunctions.mktPriority("MH", "HIGH", false));
        assertEquals(5, MatrixFunctions.mktPriority("L", "HIGH", true));
    }

    @Test
    void mktPriorityEveryCombination() {
        for (String t : Domains.VALUE_TIERS) {
            for (String s : Domains.STICK_TIERS) {
                for (boolean c : new boolean[] {true, false}) {
                    boolean high = t.equals("H") || t.equals("MH");
                    int expected = t.equals("L") ? 5
                            : high && c ? 1
                            : high && !s.equals("HIGH") ? 2
                            : t.equals("M") && c ? 3 : 4;
                    assertEquals(expected, MatrixFunctions.mktPriority(t, s, c), t + " " + s + " " + c);
                }
            }
        }
        assertEquals(3, MatrixFunctions.mktPriority("M", "HIGH", true));
        assertEquals(4, MatrixFunctions.mktPriority("M", "NONE", false));
        assertEquals(2, MatrixFunctions.mktPriority("H", "MID", false));
    }

    @Test
    void mktPriorityErrorsAndNulls() {
        assertEquals("MKT_PRIORITY: argument value_tier out of range: Z", err(() -> MatrixFunctions.mktPriority("Z", "HIGH", true)));
        assertEquals("MKT_PRIORITY: argument stick_tier out of range: LOW", err(() -> MatrixFunctions.mktPriority("H", "LOW", true)));
        assertNull(MatrixFunctions.mktPriority("H", "HIGH", null));
        assertNull(MatrixFunctions.mktPriority(null, "HIGH", true));
        assertNull(MatrixFunctions.mktPriority("H", null, true));
    }

    @Test
    void programOrderWorkedExamplesOfB315() {
        assertEquals("RETAIN>TRAFFIC>NEWSVC", MatrixFunctions.programOrder("MH", false, 0, "TRAFFIC"));
        assertEquals("RETAIN>NEWSVC>TRAFFIC", MatrixFunctions.programOrder("H", false, 2, "MNEWS"));
        assertEquals("NEWSVC>TRAFFIC>RETAIN", MatrixFunctions.programOrder("M", false, 0, "MNEWS"));
        assertEquals("RETAIN>TRAFFIC>NEWSVC", MatrixFunctions.programOrder("L", true, 12, "NONE"));
        assertEquals("TRAFFIC>NEWSVC>RETAIN", MatrixFunctions.programOrder("M", false, 5, "NONE"));
    }

    @Test
    void programOrderBoundaries() {
        assertEquals("RETAIN>TRAFFIC>NEWSVC", MatrixFunctions.programOrder("H", false, 3, "NONE"));
        assertEquals("TRAFFIC>NEWSVC>RETAIN", MatrixFunctions.programOrder("H", false, 4, "NONE"));
        assertEquals("NEWSVC>TRAFFIC>RETAIN", MatrixFunctions.programOrder("MH", false, 4, "CRBT"));
        assertEquals("RETAIN>NEWSVC>TRAFFIC", MatrixFunctions.programOrder("MH", true, 24, "MINTERNET"));
        assertEquals("NEWSVC>TRAFFIC>RETAIN", MatrixFunctions.programOrder("L", false, 0, "MINTERNET"));
        assertEquals("TRAFFIC>NEWSVC>RETAIN", MatrixFunctions.programOrder("M", false, 0, "TRAFFIC"));
        assertEquals("PROGRAM_ORDER: argument bundle_months_left out of range: -1",
                err(() -> MatrixFunctions.programOrder("M", false, -1, "NONE")));
        assertEquals("PROGRAM_ORDER: argument need out of range: RETAIN",
                err(() -> MatrixFunctions.programOrder("M", false, 0, "RETAIN")));
        assertEquals("PROGRAM_ORDER: argument value_tier out of range: HIGH",
                err(() -> MatrixFunctions.programOrder("HIGH", false, 0, "NONE")));
        assertNull(MatrixFunctions.programOrder("M", false, null, "NONE"));
        assertNull(MatrixFunctions.programOrder("M", null, 0, "NONE"));
        assertNull(MatrixFunctions.programOrder(null, false, 0, "NONE"));
        assertNull(MatrixFunctions.programOrder("M", false, 0, null));
    }
}
