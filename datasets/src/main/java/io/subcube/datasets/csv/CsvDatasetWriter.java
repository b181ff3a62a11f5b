package io.subcube.datasets.csv;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a dataset as CSV files: {@code dir/<table>.csv} for single-partition tables and
 * {@code dir/<table>/<yyyymm>.csv} for monthly ones, plus {@code dir/manifest.properties}
 * ({@link #writeManifest}). Dialect: a header row with the column names; comma separator; LF line ends;
 * RFC 4180 quoting only where needed (a field with a comma, quote, CR or LF; an empty string is written
 * {@code ""}); NULL is an empty field; DECIMAL with exactly its scale's digits; DATE {@code yyyy-MM-dd};
 * BOOLEAN {@code true}/{@code false}; DOUBLE as {@link Double#toString(double)}. UTF-8.
 *
 * <p>The directory must be empty, absent, or a previous Subcube CSV output (which is replaced). Until
 * {@link #writeManifest} the manifest says {@code complete=false}, so an interrupted run is recognised as
 * incomplete. Partitions are independent: different partitions may be written from different threads.
 */
public final class CsvDatasetWriter implements DatasetSink {

    private static final int BUFFER = 1 << 20;
    private static final int FLUSH_AT = BUFFER - (64 << 10);

    private final Path dir;
    private final Map<String, TreeMap<Integer, String>> files = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private int open;

    /** Prepares {@code dir}: creates it, or clears a previous Subcube CSV output; refuses anything else. */
    public CsvDatasetWriter(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        prepare();
        writeManifestFile(null);
    }

    /**
     * Generates the dataset of {@code config} into {@code dir} as CSV with its manifest (the
     * {@code subcube generate --format csv} job) and returns the opened directory.
     */
    public static DatasetDirectory generate(GeneratorConfig config, Path dir, Progress progress) throws IOException {
        CsvDatasetWriter writer = new CsvDatasetWriter(dir);
        DatasetGenerator.generate(config, writer, progress);
        writer.writeManifest(config);
        return DatasetDirectory.open(dir);
    }

    public Path directory() {
        return dir;
    }

    private void prepare() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DatasetFormatException("cannot write a dataset to " + dir + ": it is a file, not a directory");
        }
        if (!Files.exists(dir)) {
            Files.createDirectories(dir);
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        }
        if (entries.isEmpty()) {
            return;
        }
        Path manifest = dir.resolve(CsvText.MANIFEST);
        Set<String> tableNames = SubcubeSchema.generatedTables().stream().map(TableDef::name)
                .collect(Collectors.toSet());
        boolean ours = Files.isRegularFile(manifest) && isCsvManifest(manifest);
        List<Path> foreign = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            boolean known = name.equals(CsvText.MANIFEST) || name.equals(CsvText.MANIFEST + ".tmp")
                    || (Files.isRegularFile(p) && name.endsWith(".csv")
                        && tableNames.contains(name.substring(0, name.length() - 4)))
                    || (Files.isDirectory(p) && tableNames.contains(name) && onlyMonthFiles(p));
            if (!known) {
                foreign.add(p);
            }
        }
        if (!ours || !foreign.isEmpty()) {
            String why = !ours ? "it has no Subcube manifest" : "it holds " + foreign.get(0).getFileName()
                    + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more entries" : "")
                    + " that are not Subcube dataset files";
            throw new DatasetFormatException("refusing to write a dataset into non-empty directory " + dir
                    + ": " + why + "; choose an empty or new directory");
        }
        // a previous Subcube output: remove its files, the manifest last
        for (Path p : entries) {
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path f : ds) {
                        Files.delete(f);
                    }
                }
                Files.delete(p);
            } else if (!p.equals(manifest)) {
                Files.delete(p);
            }
        }
        Files.delete(manifest);
    }

    private static boolean isCsvManifest(Path manifest) {
        try {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return CsvText.FORMAT.equals(p.getProperty("format")) && p.getProperty("complete") != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean onlyMonthFiles(Path tableDir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tableDir)) {
            for (Path f : ds) {
                if (!Files.isRegularFile(f) || !f.getFileName().toString().matches("\\d{6}\\.csv")) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public PartitionSink openPartition(TableDef table, int monthId) throws IOException {
        if (table.origin() != TableDef.Origin.GENERATED) {
            throw new IllegalArgumentException("table " + table.name() + " is derived at load and has no files");
        }
        if (table.monthly() ? monthId % 100 < 1 || monthId % 100 > 12 || monthId < 100 : monthId != 0) {
            throw new IllegalArgumentException("bad month " + monthId + " for table " + table.name());
        }
        String rel = CsvText.relativePath(table.name(), table.monthly(), monthId);
        synchronized (this) {
            TreeMap<Integer, String> t = files.computeIfAbsent(table.name(), k -> new TreeMap<>());
            if (t.containsKey(monthId)) {
                throw new IllegalStateException("partition written twice: " + rel);
            }
            t.put(monthId, rel);
            rows.putIfAbsent(table.name(), 0L);
            open++;
        }
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        return new Writer(table, file);
    }

    private synchronized void finished(TableDef table, long n) {
        rows.merge(table.name(), n, Long::sum);
        open--;
    }

    /** Rows written so far per table. */
    public synchronized Map<String, Long> rowCounts() {
        return new LinkedHashMap<>(rows);
    }

    /**
     * Writes {@code manifest.properties} with {@code complete=true}: format, the generator parameters and,
     * per table, its row count and files (months in order). Call after every partition is finished.
     */
    public synchronized void writeManifest(GeneratorConfig config) throws IOException {
        if (open != 0) {
            throw new IllegalStateException(open + " partitions are still open");
        }
        writeManifestFile(config);
    }

    private void writeManifestFile(GeneratorConfig config) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Subcube dataset\n");
        sb.append("format=").append(CsvText.FORMAT).append('\n');
        sb.append("complete=").append(config != null).append('\n');
        if (config != null) {
            sb.append("subscribers=").append(config.subscribers()).append('\n');
            sb.append("months=").append(config.months()).append('\n');
            sb.append("seed=").append(config.seed()).append('\n');
            sb.append("start_month=").append(config.startMonth()).append('\n');
            List<String> names = new ArrayList<>();
            for (TableDef t : SubcubeSchema.tables()) {
                if (files.containsKey(t.name())) {
                    names.add(t.name());
                }
            }
            sb.append("tables=").append(String.join(",", names)).append('\n');
            for (String name : names) {
                sb.append("table.").append(name).append(".rows=").append(rows.get(name)).append('\n');
                sb.append("table.").append(name).append(".files=")
                        .append(String.join(",", files.get(name).values())).append('\n');
            }
        }
        Path tmp = dir.resolve(CsvText.MANIFEST + ".tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(CsvText.MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes one partition file. */
    private final class Writer implements PartitionSink {
        private final TableDef table;
        private final List<ColumnDef> columns;
        private final ColumnType.Kind[] kinds;
        private final int[] scales;
        private final OutputStream out;
        private byte[] buf = new byte[BUFFER];
        private int pos;
        private long count;
        private boolean done;
        private final int[] ymd = new int[3];

        Writer(TableDef table, Path file) throws IOException {
            this.table = table;
            this.columns = table.storedColumns();
            kinds = new ColumnType.Kind[columns.size()];
            scales = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                kinds[c] = columns.get(c).type().kind();
                scales[c] = columns.get(c).type().scale();
            }
            out = Files.newOutputStream(file);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    buf[pos++] = ',';
                }
                writeString(columns.get(c).name());
            }
            buf[pos++] = '\n';
        }

        @Override
        public void append(ColumnBatch batch) throws IOException {
            if (done) {
                throw new IllegalStateException("append after finish: " + table.name());
            }
            if (batch.table() != table && !batch.columns().equals(columns)) {
                throw new IllegalArgumentException("batch of " + batch.table().name() + " appended to "
                        + table.name());
            }
            int n = batch.size();
            int cols = columns.size();
            long[][] longs = new long[cols][];
            double[][] doubles = new double[cols][];
            String[][] strings = new String[cols][];
            boolean[][] nulls = new boolean[cols][];
            for (int c = 0; c < cols; c++) {
                switch (kinds[c]) {
                    case DOUBLE -> doubles[c] = batch.doubles(c);
                    case VARCHAR -> strings[c] = batch.strings(c);
                    default -> longs[c] = batch.longs(c);
                }
                nulls[c] = batch.nulls(c);
            }
            for (int r = 0; r < n; r++) {
                if (pos > FLUSH_AT) {
                    flush();
                }
                for (int c = 0; c < cols; c++) {
                    if (c > 0) {
                        buf[pos++] = ',';
                    }
                    if (nulls[c] != null && nulls[c][r]) {
                        continue;
                    }
                    switch (kinds[c]) {
                        case INTEGER, BIGINT -> writeLong(longs[c][r]);
                        case DECIMAL -> writeDecimal(longs[c][r], scales[c]);
                        case BOOLEAN -> writeBoolean(longs[c][r]);
                        case DATE -> writeDate(longs[c][r]);
                        case DOUBLE -> writeAscii(Double.toString(doubles[c][r]));
                        case VARCHAR -> {
                            String s = strings[c][r];
                            if (s != null) {
                                writeString(s);
                            }
                        }
                        default -> throw new IllegalStateException(kinds[c].name());
                    }
                }
                buf[pos++] = '\n';
            }
            count += n;
        }

        @Override
        public void finish() throws IOException {
            if (done) {
                throw new IllegalStateException("finished twice: " + table.name());
            }
            done = true;
            flush();
            out.close();
            finished(table, count);
        }

        private void flush() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        /** Room for n bytes plus slack for the fixed-width values that may follow in the row. */
        private void ensure(int n) throws IOException {
            int need = n + 8192;
            if (pos + need > buf.length) {
                flush();
                if (need > buf.length) {
                    buf = new byte[need];
                }
            }
        }

        private void writeLong(long v) {
            if (v < 0) {
                if (v == Long.MIN_VALUE) {
                    writeAsciiUnchecked("-9223372036854775808");
                    return;
                }
                buf[pos++] = '-';
                v = -v;
            }
            writeDigits(v, 1);
        }

        /** Writes v ≥ 0 with at least {@code minDigits} digits (zero-padded). */
        private void writeDigits(long v, int minDigits) {
            int len = 1;
            for (long t = v; t >= 10; t /= 10) {
                len++;
            }
            if (len < minDigits) {
                for (int i = len; i < minDigits; i++) {
                    buf[pos++] = '0';
                }
            }
            int end = pos + len;
            for (int i = end - 1; i >= pos; i--) {
                buf[i] = (byte) ('0' + (v % 10));
                v /= 10;
            }
            pos = end;
        }

        private void writeDecimal(long unscaled, int scale) {
            if (scale == 0) {
                writeLong(unscaled);
                return;
            }
            if (unscaled < 0) {
                buf[pos++] = '-';
                unscaled = -unscaled; // precision ≤ 18 so no overflow
            }
            long p = POW10[scale];
            writeDigits(unscaled / p, 1);
            buf[pos++] = '.';
            writeDigits(unscaled % p, scale);
        }

        private void writeBoolean(long v) {
            if (v != 0) {
                buf[pos++] = 't';
                buf[pos++] = 'r';
                buf[pos++] = 'u';
                buf[pos++] = 'e';
            } else {
                buf[pos++] = 'f';
                buf[pos++] = 'a';
                buf[pos++] = 'l';
                buf[pos++] = 's';
                buf[pos++] = 'e';
            }
        }

        private void writeDate(long epochDay) {
            CsvText.civil(epochDay, ymd);
            if (ymd[0] < 0 || ymd[0] > 9999) {
                throw new IllegalArgumentException("date out of range in " + table.name() + ": epoch day " + epochDay);
            }
            writeDigits(ymd[0], 4);
            buf[pos++] = '-';
            writeDigits(ymd[1], 2);
            buf[pos++] = '-';
            writeDigits(ymd[2], 2);
        }

        private void writeAscii(String s) throws IOException {
            ensure(s.length());
            writeAsciiUnchecked(s);
        }

        private void writeAsciiUnchecked(String s) {
            for (int i = 0; i < s.length(); i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        }

        private void writeString(String s) throws IOException {
            int len = s.length();
            boolean ascii = true;
            boolean quote = len == 0;
            for (int i = 0; i < len; i++) {
                char ch = s.charAt(i);
                if (ch >= 0x80) {
                    ascii = false;
                } else if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                    quote = true;
                }
            }
            if (ascii && !quote) {
                ensure(len);
                for (int i = 0; i < len; i++) {
                    buf[pos++] = (byte) s.charAt(i);
                }
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            ensure(2 * bytes.length + 2);
            if (quote) {
                buf[pos++] = '"';
            }
            for (byte b : bytes) {
                if (b == '"') {
                    buf[pos++] = '"';
                }
                buf[pos++] = b;
            }
            if (quote) {
                buf[pos++] = '"';
            }
        }
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }
}
