package io.subcube.duckdb.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two results and describes the first differences: in sequence when the order is part of the
 * answer, otherwise as multisets of rows (values compared by {@link Values#same}).
 */
public final class ResultDiff {

    /** Rows of each side a mismatch message shows at most. */
    static final int SHOWN_ROWS = 5;
    /** Above this many row pairs, unordered results are compared only after sorting, without re-matching. */
    private static final long MATCH_LIMIT = 50_000_000L;

    private final String leftName;
    private final String rightName;

    public ResultDiff(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** Empty when the results agree, else a readable description of how they differ. */
    public Optional<String> compare(ResultTable left, ResultTable right, boolean ordered) {
        if (left.columnCount() != right.columnCount()) {
            return Optional.of("column counts differ: " + leftName + " " + left.columnCount() + " "
                    + left.labels() + ", " + rightName + " " + right.columnCount() + " " + right.labels());
        }
        return ordered ? compareInOrder(left, right) : compareUnordered(left, right);
    }

    private Optional<String> compareInOrder(ResultTable left, ResultTable right) {
        List<List<Object>> l = left.rows();
        List<List<Object>> r = right.rows();
        for (int i = 0; i < Math.min(l.size(), r.size()); i++) {
            if (!sameRow(l.get(i), r.get(i))) {
                return Optional.of(counts(left, right) + "first difference at row " + (i + 1) + " (in ORDER BY order)"
                        + section(leftName, l, i) + section(rightName, r, i));
            }
        }
        if (l.size() != r.size()) {
            int i = Math.min(l.size(), r.size());
            return Optional.of(counts(left, right) + "equal up to row " + i + ", then"
                    + section(leftName, l, i) + section(rightName, r, i));
        }
        return Optional.empty();
    }

    private Optional<String> compareUnordered(ResultTable left, ResultTable right) {
        List<List<Object>> l = left.sortedRows();
        List<List<Object>> r = right.sortedRows();
        if (l.size() == r.size() && allSame(l, r)) {
            return Optional.empty();
        }
        if ((long) l.size() * r.size() > MATCH_LIMIT) {
            return compareInOrder(new ResultTable(left.labels(), l), new ResultTable(right.labels(), r))
                    .map(m -> "(rows sorted, too many to match one by one) " + m);
        }
        // Sorting pairs rows exactly but near-equal doubles may sort apart; matching each row with tolerance
        // decides, and what stays unmatched is the real difference.
        List<List<Object>> onlyRight = new ArrayList<>(r);
        List<List<Object>> onlyLeft = new ArrayList<>();
        for (List<Object> row : l) {
            int j = indexOfSame(onlyRight, row);
            if (j < 0) {
                onlyLeft.add(row);
            } else {
                onlyRight.remove(j);
            }
        }
        if (onlyLeft.isEmpty() && onlyRight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(counts(left, right) + "rows compared ignoring order (no outer ORDER BY)"
                + section("only in " + leftName + " (" + onlyLeft.size() + " rows)", onlyLeft, 0)
                + section("only in " + rightName + " (" + onlyRight.size() + " rows)", onlyRight, 0));
    }

    private static boolean allSame(List<List<Object>> l, List<List<Object>> r) {
        for (int i = 0; i < l.size(); i++) {
            if (!sameRow(l.get(i), r.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfSame(List<List<Object>> rows, List<Object> row) {
        for (int j = 0; j < rows.size(); j++) {
            if (sameRow(rows.get(j), row)) {
                return j;
            }
        }
        return -1;
    }

    static boolean sameRow(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int c = 0; c < a.size(); c++) {
            if (!Values.same(a.get(c), b.get(c))) {
                return false;
            }
        }
        return true;
    }

    private String counts(ResultTable left, ResultTable right) {
        return "rows: " + leftName + " " + left.rows().size() + ", " + rightName + " " + right.rows().size()
                + "; columns " + leftName + " " + left.labels() + ", " + rightName + " " + right.labels() + "\n";
    }

    private static String section(String title, List<List<Object>> rows, int from) {
        StringBuilder b = new StringBuilder("\n  ").append(title).append(':');
        int to = Math.min(rows.size(), from + SHOWN_ROWS);
        if (from >= to) {
            b.append(" (no more rows)");
        }
        for (int i = from; i < to; i++) {
            b.append("\n    #").append(i + 1).append(' ').append(show(rows.get(i)));
        }
        if (rows.size() > to) {
            b.append("\n    … ").append(rows.size() - to).append(" more");
        }
        return b.toString();
    }

    private static String show(List<Object> row) {
        StringBuilder b = new StringBuilder("(");
        for (int c = 0; c < row.size(); c++) {
            b.append(c == 0 ? "" : ", ").append(Values.show(row.get(c)));
        }
        return b.append(')').toString();
    }
}
