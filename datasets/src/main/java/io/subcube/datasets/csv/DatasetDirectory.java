package io.subcube.datasets.csv;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A dataset directory written by {@link CsvDatasetWriter}, opened through its validated manifest: the
 * generator parameters, and per table its row count and partition files. Opening checks that the
 * directory and manifest exist, that the manifest is complete and well-formed, that it lists every
 * generated table and no other, and that every listed file exists; file contents are checked when read.
 */
public final class DatasetDirectory {

    /** The manifest file every data directory holds. */
    public static final String MANIFEST = CsvText.MANIFEST;

    /** One partition file: its table, month (0 for single-partition tables), path and manifest name. */
    public record PartitionFile(TableDef table, int monthId, Path path, String relativePath) {
    }

    private final Path dir;
    private final long subscribers;
    private final int months;
    private final long seed;
    private final int startMonth;
    private final Map<String, List<PartitionFile>> files;
    private final Map<String, Long> rows;

    private DatasetDirectory(Path dir, long subscribers, int months, long seed, int startMonth,
            Map<String, List<PartitionFile>> files, Map<String, Long> rows) {
        this.dir = dir;
        this.subscribers = subscribers;
        this.months = months;
        this.seed = seed;
        this.startMonth = startMonth;
        this.files = files;
        this.rows = rows;
    }

    /** Opens and validates {@code dir}; every problem is an IOException naming the path and the problem. */
    public static DatasetDirectory open(Path dir) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.exists(d)) {
            throw new DatasetFormatException("dataset directory " + d + " does not exist");
        }
        if (!Files.isDirectory(d)) {
            throw new DatasetFormatException("dataset directory " + d + " is not a directory");
        }
        Path manifest = d.resolve(CsvText.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new DatasetFormatException(d + " is not a Subcube dataset: it has no " + CsvText.MANIFEST);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(manifest + ": unreadable: " + e.getMessage());
        }
        String where = manifest.toString();
        String format = p.getProperty("format");
        if (format == null) {
            throw new DatasetFormatException(where + ": missing key 'format'");
        }
        if (!format.equals(CsvText.FORMAT)) {
            throw new DatasetFormatException(where + ": unsupported format '" + format + "' (expected csv)");
        }
        if (!"true".equals(p.getProperty("complete"))) {
            throw new DatasetFormatException(where + ": incomplete dataset (generation or writing did not finish)");
        }
        long subscribers = number(p, "subscribers", where);
        long months = number(p, "months", where);
        long seed = number(p, "seed", where);
        long startMonth = number(p, "start_month", where);
        try {
            new GeneratorConfig(subscribers, (int) months, seed, (int) startMonth, 1);
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(where + ": bad generator parameters: " + e.getMessage());
        }
        // tables: every generated table exactly once, and nothing else
        String tableList = p.getProperty("tables");
        if (tableList == null) {
            throw new DatasetFormatException(where + ": missing key 'tables'");
        }
        List<String> listed = new ArrayList<>();
        for (String t : tableList.split(",")) {
            String name = t.trim();
            if (!name.isEmpty()) {
                listed.add(name);
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("table.")) {
                String rest = key.substring("table.".length());
                int dot = rest.lastIndexOf('.');
                String name = dot < 0 ? rest : rest.substring(0, dot);
                if (!listed.contains(name)) {
                    listed.add(name);
                }
            }
        }
        Map<String, List<PartitionFile>> files = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String name : listed) {
            TableDef table = knownTable(name);
            if (table == null) {
                throw new DatasetFormatException(where + ": unknown table '" + name + "'");
            }
            if (table.origin() != TableDef.Origin.GENERATED) {
                throw new DatasetFormatException(where + ": table '" + name
                        + "' is derived at load and cannot come from files");
            }
        }
        for (TableDef table : SubcubeSchema.generatedTables()) {
            String name = table.name();
            if (!listed.contains(name)) {
                throw new DatasetFormatException(where + ": no entry for table '" + name + "'");
            }
            rows.put(name, number(p, "table." + name + ".rows", where));
            String fileList = p.getProperty("table." + name + ".files");
            if (fileList == null || fileList.isBlank()) {
                throw new DatasetFormatException(where + ": missing key 'table." + name + ".files'");
            }
            List<PartitionFile> list = new ArrayList<>();
            int previousMonth = 0;
            for (String f : fileList.split(",")) {
                String rel = f.trim();
                int month = 0;
                if (table.monthly()) {
                    String prefix = name + "/";
                    if (!rel.startsWith(prefix) || !rel.matches(java.util.regex.Pattern.quote(prefix) + "\\d{6}\\.csv")) {
                        throw new DatasetFormatException(where + ": table " + name + ": bad file name '" + rel
                                + "' (expected " + name + "/yyyymm.csv)");
                    }
                    month = Integer.parseInt(rel.substring(prefix.length(), prefix.length() + 6));
                    if (month % 100 < 1 || month % 100 > 12) {
                        throw new DatasetFormatException(where + ": table " + name + ": bad month in '" + rel + "'");
                    }
                    if (month <= previousMonth) {
                        throw new DatasetFormatException(where + ": table " + name + ": files not in month order at '"
                                + rel + "'");
                    }
                    previousMonth = month;
                } else if (!rel.equals(name + ".csv") || !list.isEmpty()) {
                    throw new DatasetFormatException(where + ": table " + name + ": bad file list '" + fileList
                            + "' (expected " + name + ".csv)");
                }
                Path path = d.resolve(rel);
                if (!Files.isRegularFile(path)) {
                    throw new DatasetFormatException(where + ": table " + name + ": missing file " + path);
                }
                list.add(new PartitionFile(table, month, path, rel));
            }
            files.put(name, Collections.unmodifiableList(list));
        }
        return new DatasetDirectory(d, subscribers, (int) months, seed, (int) startMonth, files, rows);
    }

    private static TableDef knownTable(String name) {
        for (TableDef t : SubcubeSchema.tables()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private static long number(Properties p, String key, String where) throws DatasetFormatException {
        String v = p.getProperty(key);
        if (v == null) {
            throw new DatasetFormatException(where + ": missing key '" + key + "'");
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(where + ": key '" + key + "' is not a number: '" + v + "'");
        }
    }

    public Path directory() {
        return dir;
    }

    public String format() {
        return CsvText.FORMAT;
    }

    public long subscribers() {
        return subscribers;
    }

    public int months() {
        return months;
    }

    public long seed() {
        return seed;
    }

    public int startMonth() {
        return startMonth;
    }

    /** The generator parameters the dataset was written with ({@code threads} = available processors). */
    public GeneratorConfig config() {
        return new GeneratorConfig(subscribers, months, seed, startMonth, Runtime.getRuntime().availableProcessors());
    }

    /** The tables of the dataset (every generated table), in schema order. */
    public List<TableDef> tables() {
        List<TableDef> out = new ArrayList<>();
        for (String name : files.keySet()) {
            out.add(SubcubeSchema.table(name));
        }
        return out;
    }

    /** The partition files of a table, months in order. */
    public List<PartitionFile> files(TableDef table) {
        return files(table.name());
    }

    public List<PartitionFile> files(String table) {
        List<PartitionFile> f = files.get(table);
        if (f == null) {
            throw new IllegalArgumentException("dataset " + dir + " has no table " + table);
        }
        return f;
    }

    /** The row count the manifest gives for a table. */
    public long rows(TableDef table) {
        Long r = rows.get(table.name());
        if (r == null) {
            throw new IllegalArgumentException("dataset " + dir + " has no table " + table.name());
        }
        return r;
    }

    /** Reads one partition file into a partition of {@code sink} (opened, filled and finished). */
    public long read(PartitionFile file, DatasetSink sink) throws IOException {
        DatasetSink.PartitionSink partition = sink.openPartition(file.table(), file.monthId());
        long n = new CsvPartitionReader(file.table(), file.path(), file.monthId(), file.relativePath()).read(partition);
        partition.finish();
        return n;
    }

    /** Reads every partition of one table; checks the total against the manifest. */
    public long read(TableDef table, DatasetSink sink) throws IOException {
        long n = 0;
        for (PartitionFile f : files(table)) {
            n += read(f, sink);
        }
        long expected = rows(table);
        if (n != expected) {
            throw new DatasetFormatException(dir.resolve(CsvText.MANIFEST) + ": table " + table.name() + " has "
                    + n + " rows in its files, the manifest says " + expected);
        }
        return n;
    }

    /** Reads every table of the dataset into {@code sink}, in schema order. */
    public void readAll(DatasetSink sink) throws IOException {
        for (TableDef t : tables()) {
            read(t, sink);
        }
    }
}
