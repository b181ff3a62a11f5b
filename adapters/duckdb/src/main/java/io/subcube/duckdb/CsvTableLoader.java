package io.subcube.duckdb;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads one generated table from a CSV directory written by the generator ({@code dir/<table>.csv}, or
 * {@code dir/<table>/<yyyymm>.csv} for a monthly table) with a single {@code INSERT … SELECT FROM read_csv}
 * over all its files, with the column names and types given explicitly rather than sniffed.
 */
final class CsvTableLoader {

    private static final Pattern MONTH_FILE = Pattern.compile("\\d{6}\\.csv");

    private CsvTableLoader() {
    }

    static void load(Connection connection, Path dir, TableDef table) throws IOException, SQLException {
        List<Path> files = files(dir, table);
        for (Path f : files) {
            checkHeader(f, table);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO " + PeerSchema.qualified(table) + " SELECT * FROM " + readCsv(table, files));
        } catch (SQLException e) {
            throw new SQLException("loading table " + table.name() + " from " + describe(dir, table, files) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The table's files, months in order; an error names what is missing. */
    static List<Path> files(Path dir, TableDef table) throws IOException {
        if (!table.monthly()) {
            Path f = dir.resolve(table.name() + ".csv");
            if (!Files.isRegularFile(f)) {
                throw new IOException("table " + table.name() + ": file " + f + " not found");
            }
            return List.of(f);
        }
        Path sub = dir.resolve(table.name());
        if (!Files.isDirectory(sub)) {
            throw new IOException("table " + table.name() + ": directory " + sub + " not found");
        }
        try (Stream<Path> s = Files.list(sub)) {
            List<Path> months = s.filter(p -> MONTH_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
            if (months.isEmpty()) {
                throw new IOException("table " + table.name() + ": no <yyyymm>.csv files in " + sub);
            }
            return months;
        }
    }

    /** DuckDB ignores header names when columns are given, so a file with other columns would load silently. */
    static void checkHeader(Path file, TableDef table) throws IOException {
        String expected = String.join(",", table.storedColumns().stream().map(ColumnDef::name).toList());
        String header;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = r.readLine();
        }
        if (header == null) {
            throw new IOException("table " + table.name() + ": file " + file + " is empty (no header)");
        }
        String actual = header.replace("\uFEFF", "").replace("\"", "").strip();
        if (!actual.equals(expected)) {
            throw new IOException("table " + table.name() + ": file " + file + " has header\n  " + actual
                    + "\nexpected\n  " + expected);
        }
    }

    /**
     * The {@code read_csv} call: an empty unquoted field is NULL, a quoted empty string stays a string,
     * dates are ISO, booleans true/false.
     */
    static String readCsv(TableDef table, List<Path> files) {
        StringJoiner paths = new StringJoiner(", ", "[", "]");
        files.forEach(f -> paths.add(literal(f.toAbsolutePath().toString())));
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (ColumnDef c : table.storedColumns()) {
            columns.add(literal(c.name()) + ": " + literal(c.type().sqlName()));
        }
        return "read_csv(" + paths + ", header = true, auto_detect = false, columns = " + columns
                + ", delim = ',', quote = '\"', escape = '\"', nullstr = '', allow_quoted_nulls = false"
                + ", dateformat = '%Y-%m-%d')";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String describe(Path dir, TableDef table, List<Path> files) {
        return files.size() == 1 ? files.get(0).toString()
                : files.size() + " files in " + dir.resolve(table.name());
    }
}
