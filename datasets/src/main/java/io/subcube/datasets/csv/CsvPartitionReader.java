package io.subcube.datasets.csv;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one CSV partition file of a table (the dialect of {@link CsvDatasetWriter}) into
 * {@link ColumnBatch}es over the table's stored columns, strictly:
 * <ul>
 *   <li>the header must name every stored column once, in any order; derived columns of the table are
 *       allowed and ignored (DOMAIN.md G7); any other name is an error;</li>
 *   <li>every record has as many fields as the header; each field parses as its column's type (DECIMAL with
 *       at most {@code scale} decimals and within its precision, DATE {@code yyyy-MM-dd}, BOOLEAN
 *       {@code true}/{@code false}); an empty field is NULL, an error in a NOT NULL column; for VARCHAR a
 *       quoted empty field {@code ""} is the empty string;</li>
 *   <li>for a monthly table every row's {@code month_id} equals the partition's month.</li>
 * </ul>
 * Errors are {@link DatasetFormatException}s naming {@code file:line}, the column and the value, e.g.
 * {@code subscriber_month/200809.csv:1234: column arpu: not a DECIMAL(12,2): 'abc'}. Lines count from 1
 * (the header); a record's line is the line it starts on. LF and CRLF line ends are accepted.
 */
public final class CsvPartitionReader {

    public static final int DEFAULT_BATCH_ROWS = 4096;
    private static final int BUFFER = 1 << 20;

    private final TableDef table;
    private final Path file;
    private final int monthId;
    private final String name;

    /**
     * @param table       the table the file holds
     * @param file        the file
     * @param monthId     the partition's month for a monthly table (every row's month_id must equal it), else 0
     * @param displayName how messages name the file, e.g. {@code subscriber_month/200809.csv}
     */
    public CsvPartitionReader(TableDef table, Path file, int monthId, String displayName) {
        if (table.origin() != TableDef.Origin.GENERATED) {
            throw new IllegalArgumentException("table " + table.name() + " is derived at load and has no files");
        }
        this.table = table;
        this.file = file;
        this.monthId = monthId;
        this.name = displayName;
    }

    /** A reader that names the file as {@code <table>/<file name>} (monthly) or by its file name. */
    public CsvPartitionReader(TableDef table, Path file, int monthId) {
        this(table, file, monthId, table.monthly() ? table.name() + "/" + file.getFileName() : file.getFileName().toString());
    }

    /** Reads the whole file, appending batches of {@value #DEFAULT_BATCH_ROWS} rows; does not call finish. */
    public long read(DatasetSink.PartitionSink sink) throws IOException {
        return read(sink, DEFAULT_BATCH_ROWS);
    }

    /** Reads the whole file, appending batches of up to {@code batchRows} rows; returns the row count. */
    public long read(DatasetSink.PartitionSink sink, int batchRows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Parser(in).run(sink, Math.max(1, batchRows), false);
        }
    }

    /** Reads the whole file and returns its rows as batches of up to {@code batchRows} rows (fresh batches). */
    public List<ColumnBatch> readBatches(int batchRows) throws IOException {
        List<ColumnBatch> out = new java.util.ArrayList<>();
        DatasetSink.PartitionSink collect = new DatasetSink.PartitionSink() {
            @Override
            public void append(ColumnBatch batch) {
                out.add(batch);
            }

            @Override
            public void finish() {
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            new Parser(in).run(collect, Math.max(1, batchRows), true);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------

    /** One pass over the file: splits records into fields in a reused buffer and parses them into batches. */
    private final class Parser {
        private final InputStream in;
        private byte[] buf = new byte[BUFFER];
        private int limit;
        private boolean eof;
        private int pos;
        private long line = 1;
        private long recordLine;
        // fields of the current record
        private int nf;
        private int[] fStart = new int[64];
        private int[] fEnd = new int[64];
        private boolean[] fQuoted = new boolean[64];
        private boolean[] fEscaped = new boolean[64];
        private byte[] scratch = new byte[256];

        private List<ColumnDef> stored;
        private int[] target;           // header position -> stored column index, -1 = ignored
        private ColumnType.Kind[] kinds;
        private StringCache[] caches;
        private int monthColumn = -1;
        private final int[] ymd = new int[3];

        Parser(InputStream in) {
            this.in = in;
        }

        long run(DatasetSink.PartitionSink sink, int batchRows, boolean freshBatches) throws IOException {
            fill();
            if (!nextRecord()) {
                throw new DatasetFormatException(name + ": empty file, expected a header row");
            }
            header();
            ColumnBatch batch = new ColumnBatch(table, batchRows);
            long rows = 0;
            while (nextRecord()) {
                if (nf != target.length) {
                    throw new DatasetFormatException(name + ":" + recordLine + ": expected " + target.length
                            + " fields, found " + nf);
                }
                if (batch.isFull()) {
                    sink.append(batch);
                    if (freshBatches) {
                        batch = new ColumnBatch(table, batchRows);
                    } else {
                        batch.clear();
                    }
                }
                int r = batch.size();
                for (int f = 0; f < nf; f++) {
                    int c = target[f];
                    if (c >= 0) {
                        value(batch, c, r, f);
                    }
                }
                batch.setSize(r + 1);
                rows++;
            }
            if (batch.size() > 0) {
                sink.append(batch);
            }
            return rows;
        }

        private void header() throws IOException {
            stored = table.storedColumns();
            Map<String, Integer> index = new HashMap<>();
            for (int c = 0; c < stored.size(); c++) {
                index.put(stored.get(c).name(), c);
            }
            target = new int[nf];
            boolean[] seen = new boolean[stored.size()];
            for (int f = 0; f < nf; f++) {
                String col = new String(fieldBytes(f), fieldOffset(f), fieldLength(f), StandardCharsets.UTF_8).trim();
                Integer c = index.get(col);
                if (c == null) {
                    if (table.hasColumn(col) && table.column(col).source() == ColumnDef.Source.DERIVED) {
                        target[f] = -1; // derived columns are recomputed at load (G7)
                        continue;
                    }
                    throw new DatasetFormatException(name + ": header: unexpected column '" + col + "' (table "
                            + table.name() + " has no such stored column)");
                }
                if (seen[c]) {
                    throw new DatasetFormatException(name + ": header: duplicate column '" + col + "'");
                }
                seen[c] = true;
                target[f] = c;
            }
            for (int c = 0; c < stored.size(); c++) {
                if (!seen[c]) {
                    throw new DatasetFormatException(name + ": header: missing column '" + stored.get(c).name() + "'");
                }
            }
            kinds = new ColumnType.Kind[stored.size()];
            caches = new StringCache[stored.size()];
            for (int c = 0; c < stored.size(); c++) {
                kinds[c] = stored.get(c).type().kind();
                if (kinds[c] == ColumnType.Kind.VARCHAR) {
                    caches[c] = new StringCache();
                }
            }
            if (table.monthly()) {
                monthColumn = index.get("month_id");
            }
        }

        // ---- records ------------------------------------------------------------------------------------

        /** Splits the next record into fields; false at end of input. */
        private boolean nextRecord() throws IOException {
            while (true) {
                if (pos >= limit && eof) {
                    return false;
                }
                int r = scan();
                if (r >= 0) {
                    return true;
                }
                // the record runs past the buffer: keep it and read more
                if (eof) {
                    throw new DatasetFormatException(name + ":" + recordLine + ": unterminated quoted field");
                }
                compactAndFill();
            }
        }

        /** Scans one record from pos; returns 1 when complete, -1 when more input is needed. */
        private int scan() throws IOException {
            byte[] b = buf;
            int i = pos;
            long ln = line;
            recordLine = line;
            nf = 0;
            while (true) {
                if (nf == fStart.length) {
                    growFields();
                }
                if (i < limit && b[i] == '"') {
                    int s = ++i;
                    boolean esc = false;
                    while (true) {
                        if (i >= limit) {
                            return -1;
                        }
                        byte ch = b[i];
                        if (ch == '"') {
                            if (i + 1 >= limit && !eof) {
                                return -1;
                            }
                            if (i + 1 < limit && b[i + 1] == '"') {
                                esc = true;
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        if (ch == '\n') {
                            ln++;
                        }
                        i++;
                    }
                    fStart[nf] = s;
                    fEnd[nf] = i;
                    fQuoted[nf] = true;
                    fEscaped[nf] = esc;
                    nf++;
                    i++; // closing quote
                    if (i < limit && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                        throw new DatasetFormatException(name + ":" + ln + ": unexpected character after a closing quote");
                    }
                } else {
                    int s = i;
                    while (i < limit) {
                        byte ch = b[i];
                        if (ch == ',' || ch == '\n' || ch == '\r') {
                            break;
                        }
                        if (ch == '"') {
                            throw new DatasetFormatException(name + ":" + ln + ": quote inside an unquoted field");
                        }
                        i++;
                    }
                    if (i >= limit && !eof) {
                        return -1;
                    }
                    fStart[nf] = s;
                    fEnd[nf] = i;
                    fQuoted[nf] = false;
                    fEscaped[nf] = false;
                    nf++;
                }
                if (i >= limit) {
                    if (!eof) {
                        return -1;
                    }
                    pos = i; // end of input ends the record
                    line = ln;
                    return 1;
                }
                byte ch = b[i];
                if (ch == ',') {
                    i++;
                    continue;
                }
                if (ch == '\r') {
                    if (i + 1 >= limit && !eof) {
                        return -1;
                    }
                    if (i + 1 < limit && b[i + 1] == '\n') {
                        i++;
                    } else {
                        throw new DatasetFormatException(name + ":" + ln + ": carriage return without line feed");
                    }
                }
                pos = i + 1;
                line = ln + 1;
                return 1;
            }
        }

        private void growFields() {
            int n = fStart.length * 2;
            fStart = Arrays.copyOf(fStart, n);
            fEnd = Arrays.copyOf(fEnd, n);
            fQuoted = Arrays.copyOf(fQuoted, n);
            fEscaped = Arrays.copyOf(fEscaped, n);
        }

        private void fill() throws IOException {
            while (limit < buf.length) {
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                    return;
                }
                limit += n;
            }
        }

        private void compactAndFill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            } else {
                buf = Arrays.copyOf(buf, buf.length * 2); // one record larger than the buffer
            }
            fill();
        }

        // ---- values -------------------------------------------------------------------------------------

        private byte[] fieldBytes(int f) {
            if (!fEscaped[f]) {
                return buf;
            }
            unescape(f);
            return scratch;
        }

        private int fieldOffset(int f) {
            return fEscaped[f] ? 0 : fStart[f];
        }

        private int fieldLength(int f) {
            if (fEscaped[f]) {
                return unescapedLength;
            }
            return fEnd[f] - fStart[f];
        }

        private int unescapedLength;

        private void unescape(int f) {
            int len = fEnd[f] - fStart[f];
            if (scratch.length < len) {
                scratch = new byte[Math.max(len, scratch.length * 2)];
            }
            int o = 0;
            for (int i = fStart[f]; i < fEnd[f]; i++) {
                byte ch = buf[i];
                scratch[o++] = ch;
                if (ch == '"') {
                    i++; // skip the doubled quote
                }
            }
            unescapedLength = o;
        }

        private void value(ColumnBatch batch, int c, int r, int f) throws IOException {
            byte[] b = fieldBytes(f);
            int off = fieldOffset(f);
            int len = fieldLength(f);
            ColumnDef def = stored.get(c);
            ColumnType.Kind kind = kinds[c];
            boolean[] mask = batch.nulls(c);
            if (len == 0 && !(kind == ColumnType.Kind.VARCHAR && fQuoted[f])) {
                if (mask == null) {
                    throw error(def, "NULL (empty field) in a NOT NULL column");
                }
                mask[r] = true;
                if (kind == ColumnType.Kind.VARCHAR) {
                    batch.strings(c)[r] = null;
                }
                return;
            }
            if (mask != null) {
                mask[r] = false;
            }
            switch (kind) {
                case INTEGER -> {
                    long v = parseLong(b, off, len, def);
                    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                        throw bad(def, b, off, len, "out of range");
                    }
                    batch.longs(c)[r] = v;
                    if (c == monthColumn && v != monthId) {
                        throw error(def, v + " differs from the partition's month " + monthId);
                    }
                }
                case BIGINT -> batch.longs(c)[r] = parseLong(b, off, len, def);
                case DECIMAL -> batch.longs(c)[r] = parseDecimal(b, off, len, def);
                case BOOLEAN -> batch.longs(c)[r] = parseBoolean(b, off, len, def);
                case DATE -> batch.longs(c)[r] = parseDate(b, off, len, def);
                case DOUBLE -> batch.doubles(c)[r] = parseDouble(b, off, len, def);
                case VARCHAR -> batch.strings(c)[r] = caches[c].get(b, off, len);
                default -> throw new IllegalStateException(kind.name());
            }
        }

        private long parseLong(byte[] b, int off, int len, ColumnDef def) throws DatasetFormatException {
            int end = off + len;
            boolean neg = b[off] == '-';
            int i = afterSign(b, off);
            if (i == end) {
                throw bad(def, b, off, len, null);
            }
            long v = 0; // accumulated negatively to reach Long.MIN_VALUE
            for (; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    throw bad(def, b, off, len, null);
                }
                if (v < (Long.MIN_VALUE + d) / 10) {
                    throw bad(def, b, off, len, "out of range");
                }
                v = v * 10 - d;
            }
            if (!neg) {
                if (v == Long.MIN_VALUE) {
                    throw bad(def, b, off, len, "out of range");
                }
                v = -v;
            }
            return v;
        }

        private long parseDecimal(byte[] b, int off, int len, ColumnDef def) throws DatasetFormatException {
            int scale = def.type().scale();
            int precision = def.type().precision();
            int end = off + len;
            boolean neg = b[off] == '-';
            int i = afterSign(b, off);
            long v = 0;
            int intDigits = 0;
            int fracDigits = 0;
            boolean anyDigit = false;
            boolean dot = false;
            for (; i < end; i++) {
                byte ch = b[i];
                if (ch == '.' && !dot) {
                    dot = true;
                    continue;
                }
                int d = ch - '0';
                if (d < 0 || d > 9) {
                    throw bad(def, b, off, len, null);
                }
                anyDigit = true;
                if (dot) {
                    if (++fracDigits > scale) {
                        throw bad(def, b, off, len, "more than " + scale + " decimals");
                    }
                } else if (intDigits > 0 || d != 0) {
                    if (++intDigits > precision - scale) {
                        throw bad(def, b, off, len, "too big");
                    }
                }
                v = v * 10 + d;
            }
            if (!anyDigit) {
                throw bad(def, b, off, len, null);
            }
            for (int k = fracDigits; k < scale; k++) {
                v *= 10;
            }
            return neg ? -v : v;
        }

        private long parseBoolean(byte[] b, int off, int len, ColumnDef def) throws DatasetFormatException {
            if (len == 4 && lower(b[off]) == 't' && lower(b[off + 1]) == 'r' && lower(b[off + 2]) == 'u'
                    && lower(b[off + 3]) == 'e') {
                return 1;
            }
            if (len == 5 && lower(b[off]) == 'f' && lower(b[off + 1]) == 'a' && lower(b[off + 2]) == 'l'
                    && lower(b[off + 3]) == 's' && lower(b[off + 4]) == 'e') {
                return 0;
            }
            throw bad(def, b, off, len, null);
        }

        private long parseDate(byte[] b, int off, int len, ColumnDef def) throws DatasetFormatException {
            if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
                throw bad(def, b, off, len, "expected yyyy-MM-dd");
            }
            int y = digits(b, off, 4);
            int m = digits(b, off + 5, 2);
            int d = digits(b, off + 8, 2);
            if (y < 0 || m < 1 || m > 12 || d < 1 || d > CsvText.daysInMonth(y, m)) {
                throw bad(def, b, off, len, "expected yyyy-MM-dd");
            }
            return CsvText.epochDay(y, m, d);
        }

        private int digits(byte[] b, int off, int n) {
            int v = 0;
            for (int i = off; i < off + n; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        private double parseDouble(byte[] b, int off, int len, ColumnDef def) throws DatasetFormatException {
            String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
            boolean ok = !s.isEmpty();
            for (int i = 0; i < s.length() && ok; i++) {
                char ch = s.charAt(i);
                ok = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E';
            }
            if (!ok && !s.equals("NaN") && !s.equals("Infinity") && !s.equals("-Infinity")) {
                throw bad(def, b, off, len, null);
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw bad(def, b, off, len, null);
            }
        }

        private DatasetFormatException bad(ColumnDef def, byte[] b, int off, int len, String why) {
            String v = new String(b, off, Math.min(len, 64), StandardCharsets.UTF_8) + (len > 64 ? "..." : "");
            return error(def, "not a" + (def.type().kind() == ColumnType.Kind.INTEGER ? "n " : " ")
                    + def.type().sqlName() + ": '" + v + "'" + (why == null ? "" : " (" + why + ")"));
        }

        private DatasetFormatException error(ColumnDef def, String problem) {
            return new DatasetFormatException(name + ":" + recordLine + ": column " + def.name() + ": " + problem);
        }
    }

    /** Where the digits start: after a leading '-' or '+'. */
    private static int afterSign(byte[] b, int off) {
        return b[off] == '-' || b[off] == '+' ? off + 1 : off;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    /** Interns the strings of a low-cardinality column; gives up on columns with many distinct values. */
    private static final class StringCache {
        private static final int SLOTS = 4096;
        private static final int MAX_ENTRIES = 1024;
        private final byte[][] keys = new byte[SLOTS][];
        private final String[] values = new String[SLOTS];
        private int entries;
        private int misses;
        private boolean disabled;

        String get(byte[] b, int off, int len) {
            if (disabled) {
                return decode(b, off, len);
            }
            int h = 0x811C9DC5;
            for (int i = off; i < off + len; i++) {
                h = (h ^ b[i]) * 0x01000193;
            }
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            while (true) {
                byte[] k = keys[slot];
                if (k == null) {
                    break;
                }
                if (k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
                    return values[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            String s = decode(b, off, len);
            if (entries < MAX_ENTRIES) {
                keys[slot] = Arrays.copyOfRange(b, off, off + len);
                values[slot] = s;
                entries++;
            } else if (++misses > 10_000) {
                disabled = true;
            }
            return s;
        }

        private static String decode(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] < 0) {
                    return new String(b, off, len, StandardCharsets.UTF_8);
                }
            }
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
    }
}
