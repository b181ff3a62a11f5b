package io.subcube.engine.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StringColumnTest {

    /** A column over {@code dict} (sorted, distinct) whose row r holds code r mod size, NULL every 7th row. */
    private static StringColumn column(String[] dict, int rows) {
        LongColumnBuilder codes = new LongColumnBuilder();
        for (int r = 0; r < rows; r++) {
            codes.append(r % 7 == 3 ? 0 : r % dict.length, r % 7 == 3);
        }
        return new StringColumn(dict, codes.build());
    }

    private static String[] msisdns(int n) {
        SplittableRandom rnd = new SplittableRandom(5);
        TreeSet<String> set = new TreeSet<>();
        while (set.size() < n) {
            set.add("13" + rnd.nextInt(10) + "****" + String.format("%04d", rnd.nextInt(10_000)));
        }
        return set.toArray(new String[0]);
    }

    private static void assertSameAsStrings(String[] dict, StringColumn c, int rows) {
        assertEquals(dict.length, c.dictionarySize());
        assertArrayEquals(dict, c.dictionary());
        for (int code = 0; code < dict.length; code++) {
            assertEquals(dict[code], c.value(code));
            assertEquals(code, c.lookup(dict[code]));
        }
        for (int r = 0; r < rows; r++) {
            assertEquals(r % 7 == 3 ? null : dict[r % dict.length], c.get(r));
        }
        // Absent values: the insertion point, as Arrays.binarySearch on the strings.
        for (String probe : new String[] {"", "0", "1", "13", "135****", "135****00000", "2", "~", "\u00ff",
                "\u4e2d", dict[0] + "x", dict[dict.length / 2] + "\u0000", dict[dict.length - 1] + "a"}) {
            assertEquals(Arrays.binarySearch(dict, probe), c.lookup(probe), probe);
        }
    }

    @Test
    void largeDictionaryOfOneLengthIsPackedFixedWidth() {
        String[] dict = msisdns(5_000);
        StringColumn c = column(dict, 12_000);
        assertTrue(c.encoding().startsWith("dictionary(5000, packed 11B)"), c.encoding());
        assertSameAsStrings(dict, c, 12_000);
        // 11 bytes an entry rather than a String object each.
        assertTrue(c.bytes() < 5_000 * 13 + c.codes().bytes(), "bytes " + c.bytes());
    }

    @Test
    void largeDictionaryOfMixedLengthsIsPackedWithOffsets() {
        TreeSet<String> set = new TreeSet<>(Arrays.asList(msisdns(1_000)));
        set.add("");
        set.add("a");
        set.add("\u00e9t\u00e9"); // Latin-1 beyond ASCII
        set.add("135****0001 long tail");
        String[] dict = set.toArray(new String[0]);
        StringColumn c = column(dict, 3_000);
        assertTrue(c.encoding().startsWith("dictionary(1004, packed)"), c.encoding());
        assertSameAsStrings(dict, c, 3_000);
    }

    @Test
    void smallOrNonLatin1DictionariesStayStrings() {
        String[] small = {"GOTONE", "MZONE", "SZX"};
        StringColumn c = column(small, 10);
        assertSame(c.dictionary(), c.dictionary());
        assertSameAsStrings(small, c, 10);
        TreeSet<String> set = new TreeSet<>(Arrays.asList(msisdns(400)));
        set.add("\u4e2d\u56fd");
        String[] wide = set.toArray(new String[0]);
        StringColumn w = column(wide, 1_000);
        assertTrue(w.encoding().startsWith("dictionary(401) "), w.encoding());
        assertSameAsStrings(wide, w, 1_000);
    }

    @Test
    void emptyAndSingleRowColumns() {
        StringColumn empty = new StringColumn(new String[0], new LongColumnBuilder().build());
        assertEquals(0, empty.rows());
        assertEquals(0, empty.dictionarySize());
        assertEquals(-1, empty.lookup("x"));
        LongColumnBuilder one = new LongColumnBuilder();
        one.append(0, true);
        StringColumn nullOnly = new StringColumn(new String[0], one.build());
        assertNull(nullOnly.get(0));
        String[] dict = msisdns(300);
        LongColumnBuilder single = new LongColumnBuilder();
        single.append(299, false);
        StringColumn s = new StringColumn(dict, single.build());
        assertEquals(dict[299], s.get(0));
        assertEquals(299, s.codes().min());
        assertEquals(299, s.codes().max());
    }
}
