package io.subcube.cli.shell;

import io.subcube.cli.ErrorReporter;
import io.subcube.cli.format.Column;
import io.subcube.cli.format.ColumnKind;
import io.subcube.cli.format.ListCursor;
import io.subcube.cli.format.OutputFormat;
import io.subcube.cli.format.ResultPrinter;
import io.subcube.cli.format.Sizes;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The shell's dot commands: .tables, .schema, .mode, .timer, .help, .quit. */
final class DotCommands {

    /** What the shell does after a dot command. */
    enum Outcome { CONTINUE, FAILED, QUIT }

    static final String HELP = """
            .tables              tables with rows, partitions and memory size
            .schema TABLE        columns of a table with type, nullability and encoding
            .mode [table|csv|json]  show or set the output mode
            .timer [on|off]      show or set the elapsed time after table results
            .help                this list
            .quit, .exit         leave the shell (Ctrl-D too)
            Statements end with ';' and may span lines; Ctrl-C cancels a running statement.""";

    // SELECT * and sorting here: ORDINAL is a reserved word in Calcite, and the rest need no quoting rules.
    private static final String TABLES_SQL = "SELECT * FROM sys.tables";
    private static final String COLUMNS_SQL = "SELECT * FROM sys.columns WHERE table_name = ?";

    private final Connection connection;
    private final ResultPrinter printer;
    private final PrintStream out;
    private final ErrorReporter errors;

    DotCommands(Connection connection, ResultPrinter printer, PrintStream out, ErrorReporter errors) {
        this.connection = connection;
        this.printer = printer;
        this.out = out;
        this.errors = errors;
    }

    /** Runs one dot command line (starting with '.'); reports its own errors. */
    Outcome execute(String line) {
        String text = line.strip();
        // A habitual ';' after a dot command is not part of its argument.
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        String[] words = text.split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        List<String> args = List.of(words).subList(1, words.length);
        try {
            return switch (name) {
                case ".tables" -> noArgs(name, args) ? tables() : Outcome.FAILED;
                case ".schema" -> schema(args);
                case ".mode" -> mode(args);
                case ".timer" -> timer(args);
                case ".help" -> {
                    out.println(HELP);
                    out.flush();
                    yield Outcome.CONTINUE;
                }
                case ".quit", ".exit" -> Outcome.QUIT;
                default -> fail("unknown command: " + words[0] + " (type .help for the list)");
            };
        } catch (SQLException | RuntimeException e) {
            errors.report(e);
            return Outcome.FAILED;
        }
    }

    private boolean noArgs(String name, List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        fail(name + " takes no argument");
        return false;
    }

    private Outcome tables() throws SQLException {
        long start = System.nanoTime();
        ListCursor rows = new ListCursor(List.of(Column.of("table", ColumnKind.TEXT),
                Column.of("rows", ColumnKind.NUMBER), Column.of("partitions", ColumnKind.NUMBER),
                new Column("size", ColumnKind.TEXT, true)));
        List<Object[]> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(TABLES_SQL)) {
            SysRow row = new SysRow(rs);
            while (rs.next()) {
                found.add(new Object[] {row.text("table_name"), row.value("row_count"), row.value("partitions"),
                        size(row.value("bytes"))});
            }
        } catch (SQLException noSysSchema) {
            return tablesFromMetadata(start, noSysSchema);
        }
        found.sort(Comparator.comparing(row -> String.valueOf(row[0])));
        found.forEach(rows::add);
        printer.print(rows, start);
        return Outcome.CONTINUE;
    }

    // Other JDBC sources (DuckDB in tests, a remote server) have no sys schema: list names only.
    private Outcome tablesFromMetadata(long start, SQLException original) throws SQLException {
        ListCursor rows = new ListCursor(List.of(Column.of("table", ColumnKind.TEXT), Column.of("type", ColumnKind.TEXT)));
        try (ResultSet rs = metadata().getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rs.next()) {
                rows.add(rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"));
            }
        } catch (SQLException | RuntimeException e) {
            throw original;
        }
        printer.print(rows, start);
        return Outcome.CONTINUE;
    }

    private Outcome schema(List<String> args) throws SQLException {
        if (args.size() != 1) {
            return fail("usage: .schema TABLE");
        }
        String table = args.get(0);
        long start = System.nanoTime();
        ListCursor rows = new ListCursor(List.of(Column.of("column", ColumnKind.TEXT), Column.of("type", ColumnKind.TEXT),
                Column.of("nullable", ColumnKind.BOOLEAN), Column.of("encoding", ColumnKind.TEXT),
                new Column("size", ColumnKind.TEXT, true)));
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS_SQL)) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                SysRow row = new SysRow(rs);
                while (rs.next()) {
                    found.add(new Object[] {row.text("column_name"), row.text("data_type"), row.value("nullable"),
                            row.value("encoding"), size(row.value("bytes")),
                            row.value("ordinal", "ordinal_position")});
                }
            }
        } catch (SQLException noSysSchema) {
            return schemaFromMetadata(table, start, noSysSchema);
        }
        // Without an ordinal column the rows keep the order the driver gave.
        found.sort(Comparator.comparingLong(row -> row[5] instanceof Number n ? n.longValue() : 0L));
        found.forEach(row -> rows.add(Arrays.copyOf(row, 5)));
        if (rows.size() == 0) {
            return fail("no such table: " + table);
        }
        printer.print(rows, start);
        return Outcome.CONTINUE;
    }

    private Outcome schemaFromMetadata(String table, long start, SQLException original) throws SQLException {
        ListCursor rows = new ListCursor(List.of(Column.of("column", ColumnKind.TEXT), Column.of("type", ColumnKind.TEXT),
                Column.of("nullable", ColumnKind.BOOLEAN)));
        try (ResultSet rs = metadata().getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                String nullable = rs.getString("IS_NULLABLE");
                rows.add(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                        nullable == null || nullable.isEmpty() ? null : nullable.equals("YES"));
            }
        } catch (SQLException | RuntimeException e) {
            throw original;
        }
        if (rows.size() == 0) {
            return fail("no such table: " + table);
        }
        printer.print(rows, start);
        return Outcome.CONTINUE;
    }

    private Outcome mode(List<String> args) {
        if (args.isEmpty()) {
            out.println("mode: " + printer.format().label());
            out.flush();
            return Outcome.CONTINUE;
        }
        if (args.size() > 1) {
            return fail("usage: .mode table|csv|json");
        }
        return OutputFormat.parse(args.get(0))
                .map(format -> {
                    printer.format(format);
                    return Outcome.CONTINUE;
                })
                .orElseGet(() -> fail("unknown mode: " + args.get(0) + " (use " + OutputFormat.choices() + ")"));
    }

    private Outcome timer(List<String> args) {
        if (args.isEmpty()) {
            out.println("timer: " + (printer.timer() ? "on" : "off"));
            out.flush();
            return Outcome.CONTINUE;
        }
        String value = args.get(0).toLowerCase(Locale.ROOT);
        if (args.size() > 1 || !(value.equals("on") || value.equals("off"))) {
            return fail("usage: .timer on|off");
        }
        printer.timer(value.equals("on"));
        return Outcome.CONTINUE;
    }

    private static String size(Object bytes) {
        return bytes instanceof Number n ? Sizes.format(n.longValue()) : null;
    }

    private DatabaseMetaData metadata() throws SQLException {
        return connection.getMetaData();
    }

    private Outcome fail(String message) {
        errors.report(message);
        return Outcome.FAILED;
    }
}
