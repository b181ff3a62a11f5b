package io.subcube.benchmarks.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the results of two engines and describes how they differ: row by row when the order is part of the
 * answer, otherwise as multisets of rows (values compared by {@link Values#same}).
 */
public final class ResultComparison {

    /** Rows of each side a description shows at most. */
    static final int SHOWN_ROWS = 5;

    private final String leftName;
    private final String rightName;

    public ResultComparison(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** Empty when the results agree, else a readable description of the first differences. */
    public Optional<String> differences(Result left, Result right, boolean ordered) {
        if (left.labels().size() != right.labels().size()) {
            return Optional.of("column counts differ: " + leftName + " " + left.labels() + ", " + rightName + " "
                    + right.labels());
        }
        if (ordered) {
            return inOrder(left, right);
        }
        return unordered(left, right);
    }

    private Optional<String> inOrder(Result left, Result right) {
        List<List<Object>> l = left.rows();
        List<List<Object>> r = right.rows();
        int common = Math.min(l.size(), r.size());
        for (int i = 0; i < common; i++) {
            if (!sameRow(l.get(i), r.get(i))) {
                return Optional.of(counts(left, right) + "first difference at row " + (i + 1) + " (ORDER BY order)"
                        + section(leftName, l, i) + section(rightName, r, i));
            }
        }
        if (l.size() != r.size()) {
            return Optional.of(counts(left, right) + "equal up to row " + common + ", then"
                    + section(leftName, l, common) + section(rightName, r, common));
        }
        return Optional.empty();
    }

    private Optional<String> unordered(Result left, Result right) {
        List<List<Object>> onlyRight = sorted(right.rows());
        List<List<Object>> onlyLeft = new ArrayList<>();
        // Sorting pairs most rows, but doubles a hair apart may sort apart: match each row with tolerance.
        for (List<Object> row : sorted(left.rows())) {
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

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> {
            for (int c = 0; c < Math.min(a.size(), b.size()); c++) {
                int cmp = Values.ORDER.compare(a.get(c), b.get(c));
                if (cmp != 0) {
                    return cmp;
                }
            }
            return Integer.compare(a.size(), b.size());
        });
        return copy;
    }

    /** The first row equal to {@code row}; looks at the front first, where sorting usually put it. */
    private static int indexOfSame(List<List<Object>> rows, List<Object> row) {
        for (int j = 0; j < rows.size(); j++) {
            if (sameRow(rows.get(j), row)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean sameRow(List<Object> a, List<Object> b) {
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

    private String counts(Result left, Result right) {
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
            b.append("\n    #").append(i + 1).append(" (");
            List<Object> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                b.append(c == 0 ? "" : ", ").append(Values.show(row.get(c)));
            }
            b.append(')');
        }
        if (rows.size() > to) {
            b.append("\n    … ").append(rows.size() - to).append(" more");
        }
        return b.toString();
    }
}
