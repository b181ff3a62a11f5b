package io.subcube.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultPrinterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ListCursor twoRows() {
        return new ListCursor(List.of(Column.of("n", ColumnKind.NUMBER))).add(1).add(2);
    }

    @Test
    void tableModeEndsWithRowCountAndTime() throws SQLException {
        ResultPrinter printer = new ResultPrinter(out, OutputFormat.TABLE, true);
        assertEquals(2, printer.print(twoRows(), System.nanoTime()));
        assertTrue(printed().matches("(?s) n\n---\n 1\n 2\n2 rows \\(\\d+ ms\\)\n"), printed());
    }

    @Test
    void timerOffDropsTheTimeAndSingularRow() throws SQLException {
        ResultPrinter printer = new ResultPrinter(out, OutputFormat.TABLE, false);
        printer.print(new ListCursor(List.of(Column.of("n", ColumnKind.NUMBER))).add(1), System.nanoTime());
        printer.print(new ListCursor(List.of(Column.of("n", ColumnKind.NUMBER))), System.nanoTime());
        assertEquals(" n\n---\n 1\n1 row\n\n n\n---\n0 rows\n", printed());
    }

    @Test
    void csvAndJsonHaveNoFooterAndNoSeparator() throws SQLException {
        ResultPrinter printer = new ResultPrinter(out, OutputFormat.CSV, true);
        printer.print(twoRows(), System.nanoTime());
        printer.format(OutputFormat.JSON);
        printer.print(twoRows(), System.nanoTime());
        printer.printUpdate(3, System.nanoTime());
        assertEquals("n\r\n1\r\n2\r\n[\n{\"n\":1},\n{\"n\":2}\n]\n", printed());
    }

    @Test
    void updatesReportAffectedRows() {
        ResultPrinter printer = new ResultPrinter(out, OutputFormat.TABLE, false);
        printer.printUpdate(3, System.nanoTime());
        printer.printUpdate(0, System.nanoTime());
        assertEquals("3 rows affected\n\nOK\n", printed());
    }

    @Test
    void jdbcTypesMapToKinds() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1::INTEGER AS i, 2::BIGINT AS b, 3.50::DECIMAL(12,2) AS d,"
                     + " 0.5::DOUBLE AS f, SUM(x) AS huge, 'a' AS s, true AS t, DATE '2008-09-01' AS day,"
                     + " NULL::INTEGER AS n FROM (VALUES (1), (2)) v(x)")) {
            ResultSetCursor cursor = new ResultSetCursor(rs);
            List<ColumnKind> kinds = cursor.columns().stream().map(Column::kind).toList();
            assertEquals(List.of(ColumnKind.NUMBER, ColumnKind.NUMBER, ColumnKind.NUMBER, ColumnKind.NUMBER,
                    ColumnKind.NUMBER, ColumnKind.TEXT, ColumnKind.BOOLEAN, ColumnKind.TEXT, ColumnKind.NUMBER),
                    kinds);
            new ResultPrinter(out, OutputFormat.JSON, false).print(cursor, System.nanoTime());
        }
        assertEquals("[\n{\"i\":1,\"b\":2,\"d\":3.50,\"f\":0.5,\"huge\":3,\"s\":\"a\",\"t\":true,"
                + "\"day\":\"2008-09-01\",\"n\":null}\n]\n", printed());
    }
}
