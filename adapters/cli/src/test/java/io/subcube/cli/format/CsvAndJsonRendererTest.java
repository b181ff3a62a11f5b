package io.subcube.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAndJsonRendererTest {

    private static ListCursor sample() {
        return new ListCursor(List.of(Column.of("id", ColumnKind.NUMBER), Column.of("name", ColumnKind.TEXT),
                Column.of("arpu", ColumnKind.NUMBER), Column.of("ratio", ColumnKind.NUMBER),
                Column.of("vip", ColumnKind.BOOLEAN)))
                .add(1, "Wu, \"Jr\"", new BigDecimal("150.00"), 0.25, true)
                .add(2, "line1\nline2", null, Double.NaN, null)
                .add(3, "", new BigDecimal("-1.50"), 1.0E7, false)
                .add(4, "苏州 \\ \u2028 \u0001", BigDecimal.ZERO, null, false);
    }

    private interface Renderer {
        long render(RowCursor cursor, PrintStream out) throws SQLException;
    }

    private static String render(Renderer renderer, RowCursor cursor) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        renderer.render(cursor, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesOnlyWhereNeededAndKeepsNullApartFromEmpty() throws SQLException {
        String csv = render(CsvRenderer::render, sample());
        assertEquals("id,name,arpu,ratio,vip\r\n"
                + "1,\"Wu, \"\"Jr\"\"\",150.00,0.25,true\r\n"
                + "2,\"line1\nline2\",,NaN,\r\n"
                + "3,\"\",-1.50,10000000,false\r\n"
                + "4,苏州 \\ \u2028 \u0001,0,,false\r\n", csv);
    }

    @Test
    void csvQuotesHeadersToo() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("a,b", ColumnKind.TEXT)));
        assertEquals("\"a,b\"\r\n", render(CsvRenderer::render, cursor));
    }

    @Test
    void jsonIsOneArrayWithTypedValuesAndEscapes() throws SQLException {
        String json = render(JsonRenderer::render, sample());
        assertEquals("[\n"
                + "{\"id\":1,\"name\":\"Wu, \\\"Jr\\\"\",\"arpu\":150.00,\"ratio\":0.25,\"vip\":true},\n"
                + "{\"id\":2,\"name\":\"line1\\nline2\",\"arpu\":null,\"ratio\":null,\"vip\":null},\n"
                + "{\"id\":3,\"name\":\"\",\"arpu\":-1.50,\"ratio\":10000000,\"vip\":false},\n"
                + "{\"id\":4,\"name\":\"苏州 \\\\ \\u2028 \\u0001\",\"arpu\":0,\"ratio\":null,\"vip\":false}\n"
                + "]\n", json);
    }

    @Test
    void jsonOfNoRowsIsAnEmptyArray() throws SQLException {
        ListCursor cursor = new ListCursor(List.of(Column.of("x", ColumnKind.NUMBER)));
        assertEquals("[]\n", render(JsonRenderer::render, cursor));
    }

    @Test
    void jsonQuotesNumbersThatAreNotNumbers() throws SQLException {
        // A NUMBER column whose driver returned text still yields valid JSON.
        ListCursor cursor = new ListCursor(List.of(Column.of("x", ColumnKind.NUMBER))).add("12abc");
        assertEquals("[\n{\"x\":\"12abc\"}\n]\n", render(JsonRenderer::render, cursor));
    }
}
