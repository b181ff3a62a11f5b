package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random filter trees over a table's columns for property tests: AND, OR, NOT, truth tests and constants
 * inside; IS NULL, IN (empty lists too), LIKE on VARCHAR and all six comparisons as leaves.
 */
final class RandomFilters {

    /** A literal for a column position, in the column's storage domain. */
    interface Literals {
        Object of(int column, SplittableRandom rnd);
    }

    private final List<ColumnDef> columns;
    private final Literals literals;
    private final String[] patterns;

    RandomFilters(List<ColumnDef> columns, Literals literals, String[] likePatterns) {
        this.columns = columns;
        this.literals = literals;
        this.patterns = likePatterns;
    }

    /** A tree up to {@code depth} levels of inner nodes deep. */
    Filter next(SplittableRandom rnd, int depth) {
        int kind = depth == 0 ? 10 + rnd.nextInt(10) : rnd.nextInt(20);
        if (kind < 3) {
            List<Filter> children = new ArrayList<>();
            for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
                children.add(next(rnd, depth - 1));
            }
            return kind == 0 ? new Filter.And(children) : new Filter.Or(children);
        }
        if (kind == 3 || kind == 4) {
            return new Filter.Not(next(rnd, depth - 1));
        }
        if (kind == 5) {
            return new Filter.Truth(next(rnd, depth - 1), Filter.TruthTest.values()[rnd.nextInt(4)]);
        }
        if (kind == 6) {
            return new Filter.Constant(rnd.nextInt(3) == 0 ? null : rnd.nextBoolean());
        }
        int c = rnd.nextInt(columns.size());
        int leaf = rnd.nextInt(10);
        if (leaf == 0) {
            return new Filter.IsNull(c);
        }
        if (leaf <= 2) {
            List<Object> values = new ArrayList<>();
            for (int i = 0, n = rnd.nextInt(5); i < n; i++) {
                values.add(literals.of(c, rnd));
            }
            return new Filter.In(c, values);
        }
        if (leaf == 3 && columns.get(c).type().kind() == ColumnType.Kind.VARCHAR) {
            return new Filter.Like(c, patterns[rnd.nextInt(patterns.length)], rnd.nextBoolean() ? "\\" : null);
        }
        return new Filter.Compare(c, Filter.Op.values()[rnd.nextInt(6)], literals.of(c, rnd));
    }
}
