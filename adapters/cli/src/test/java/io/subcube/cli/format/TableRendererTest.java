package io.subcube.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private static String render(ListCursor cursor) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TableRenderer.read(cursor).print(out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void numbersRightTextLeftNullsShown() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("city_id", ColumnKind.NUMBER),
                Column.of("name", ColumnKind.TEXT), Column.of("revenue", ColumnKind.NUMBER),
                Column.of("active", ColumnKind.BOOLEAN)))
                .add(101, "Nanjing", new BigDecimal("12345.60"), true)
                .add(10503, null, null, false);
        assertEquals("""
                 city_id | name    |  revenue | active
                ---------+---------+----------+--------
                     101 | Nanjing | 12345.60 | true
                   10503 | NULL    |     NULL | false
                """, render(cursor));
    }

    @Test
    void chineseCharactersCountTwoColumns() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("city", ColumnKind.TEXT), Column.of("subs", ColumnKind.NUMBER)))
                .add("苏州", 14)
                .add("Suzhou", 7)
                .add("连云港市", 5);
        String text = render(cursor);
        assertEquals("""
                 city     | subs
                ----------+------
                 苏州     |   14
                 Suzhou   |    7
                 连云港市 |    5
                """, text);
        // Every line has the separator at the same display column.
        text.lines().filter(l -> l.contains("|"))
                .forEach(l -> assertEquals(10, DisplayWidth.of(l.substring(0, l.indexOf('|'))), l));
    }

    @Test
    void multiLineCellsKeepTheirLinesAndControlCharactersAreEscaped() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("plan", ColumnKind.TEXT), Column.of("n", ColumnKind.NUMBER)))
                .add("Scan\n  Filter", 1)
                .add("a\tb\u0007", 2);
        assertEquals("""
                 plan         | n
                --------------+---
                 Scan         | 1
                   Filter     |
                 a    b\\u0007 | 2
                """, render(cursor));
    }

    @Test
    void floatingPointColumnsShareTheirNumberOfDecimals() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("pct", ColumnKind.NUMBER), Column.of("n", ColumnKind.NUMBER)))
                .add(0.7, 1)
                .add(0.74, 22)
                .add(115.0, null)
                .add(null, 3)
                .add(1e-9, 4)
                .add(Double.NaN, 5)
                .add(0.0000123456789, 6);
        assertEquals("""
                          pct |    n
                --------------+------
                         0.70 |    1
                         0.74 |   22
                       115.00 | NULL
                         NULL |    3
                       1.0E-9 |    4
                          NaN |    5
                 0.0000123457 |    6
                """, render(cursor));
    }

    @Test
    void emptyResultStillHasHeader() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("x", ColumnKind.NUMBER)));
        assertEquals(" x\n---\n", render(cursor));
    }

    @Test
    void displayWidthOfMixedText() {
        assertEquals(0, DisplayWidth.of(""));
        assertEquals(5, DisplayWidth.of("abcde"));
        assertEquals(6, DisplayWidth.of("吴中区"));
        assertEquals(8, DisplayWidth.of("JS-苏州-"));
        assertEquals("苏州  ", DisplayWidth.pad("苏州", 6, false));
        assertEquals("  苏州", DisplayWidth.pad("苏州", 6, true));
    }
}
