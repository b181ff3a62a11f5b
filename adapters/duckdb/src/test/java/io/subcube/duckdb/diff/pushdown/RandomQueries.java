package io.subcube.duckdb.diff.pushdown;

import io.subcube.duckdb.diff.pushdown.PredicateGenerator.Predicate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns a seed into random queries: for each tree, a table drawn by weight, a WHERE tree of depth 1–4 (deep ones rarer) from
 * {@link PredicateGenerator}, and the tree run as {@code COUNT(*)} plus three of four other shapes — plain
 * aggregates, GROUP BY one to three columns (sometimes with HAVING, sometimes top-N), rows in a total order
 * with LIMIT (0 included) and OFFSET, COUNT(DISTINCT …). One tree in three also runs its COUNT(*) and its
 * first other shape as a PreparedStatement with the literals as parameters.
 */
final class RandomQueries {

    /**
     * One generated query.
     *
     * @param tree     index of its tree
     * @param treeSeed the seed of its tree's random stream
     * @param table    the table queried
     * @param shape    what kind of query, e.g. {@code grouped}
     * @param sql      the statement, literals in slots
     * @param prepared whether Subcube runs it as a PreparedStatement with parameters
     */
    record Query(int tree, long treeSeed, String table, String shape, Sql sql, boolean prepared) {

        String name() {
            return String.format("tree %03d %s %s%s", tree, table, shape, prepared ? " (prepared)" : "");
        }
    }

    /** Tree depths, deep ones rarer: Calcite's planning time grows with the tree. */
    private static final List<Integer> DEPTHS = List.of(1, 1, 2, 2, 2, 3, 3, 3, 4);
    private static final List<String> SHAPES = List.of("aggregates", "grouped", "rows", "distinct");

    private final List<SampledTable> tables;
    /** What the leaves and shapes exercised, with counts: the evidence the coverage test checks. */
    private final TreeMap<String, Integer> coverage = new TreeMap<>();

    RandomQueries(List<SampledTable> tables) {
        this.tables = tables;
    }

    /** The queries of {@code trees} trees drawn from {@code seed}; the same seed gives the same queries. */
    List<Query> generate(long seed, int trees) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Query> out = new ArrayList<>();
        for (int t = 0; t < trees; t++) {
            long treeSeed = seeds.nextLong();
            out.addAll(tree(t, treeSeed));
        }
        return out;
    }

    TreeMap<String, Integer> coverage() {
        return coverage;
    }

    private List<Query> tree(int index, long treeSeed) {
        SplittableRandom rnd = new SplittableRandom(treeSeed);
        SampledTable table = pick(rnd);
        Consumer<String> notes = what -> coverage.merge(what, 1, Integer::sum);
        Predicate where = new PredicateGenerator(table, rnd, notes).tree(DEPTHS.get(rnd.nextInt(DEPTHS.size())));
        Shapes shapes = new Shapes(table, rnd, where.sql());
        List<String> others = new ArrayList<>(SHAPES);
        Collections.shuffle(others, new Random(rnd.nextLong()));
        others = others.subList(0, 3);
        List<Query> out = new ArrayList<>();
        Sql count = shapes.count();
        out.add(new Query(index, treeSeed, table.name(), "count", count, false));
        Sql first = null;
        for (String shape : others) {
            Sql sql = shapes.build(shape);
            first = first == null ? sql : first;
            out.add(new Query(index, treeSeed, table.name(), shape, sql, false));
        }
        if (rnd.nextInt(3) == 0 && !count.parameters().isEmpty()) {
            notes.accept("prepared");
            out.add(new Query(index, treeSeed, table.name(), "count", count, true));
            out.add(new Query(index, treeSeed, table.name(), others.get(0), first, true));
        }
        return out;
    }

    private SampledTable pick(SplittableRandom rnd) {
        int r = rnd.nextInt(tables.stream().mapToInt(SampledTable::weight).sum());
        for (SampledTable t : tables) {
            r -= t.weight();
            if (r < 0) {
                return t;
            }
        }
        throw new IllegalStateException();
    }

    /** The query shapes of one tree. */
    private record Shapes(SampledTable table, SplittableRandom rnd, Sql where) {

        Sql build(String shape) {
            return switch (shape) {
                case "aggregates" -> aggregates();
                case "grouped" -> grouped();
                case "rows" -> rows();
                case "distinct" -> distinct();
                default -> throw new IllegalArgumentException(shape);
            };
        }

        Sql count() {
            return select("COUNT(*) AS n", "");
        }

        /**
         * COUNT, SUM of the measure and of another column, MIN and MAX of any column, AVG of the score and of
         * another column, COUNT of a column. AVG, like SUM, only over columns whose sum fits the column's type.
         */
        Sql aggregates() {
            String x = any().name();
            return select("COUNT(*) AS n, SUM(" + table.measure() + ") AS m, SUM(" + summable() + ") AS s, MIN(" + x
                    + ") AS lo, MAX(" + x + ") AS hi, AVG(" + table.score() + ") AS a, AVG(" + summable() + ") AS b, COUNT("
                    + any().name() + ") AS c", "");
        }

        /** GROUP BY one to three columns; a HAVING one time in three; a top-N by count one time in three. */
        Sql grouped() {
            List<String> groups = new ArrayList<>(table.groupBy());
            Collections.shuffle(groups, new Random(rnd.nextLong()));
            int n = List.of(1, 2, 2, 2, 3).get(rnd.nextInt(5));
            String keys = String.join(", ", groups.subList(0, Math.min(groups.size(), n)));
            String tail = " GROUP BY " + keys;
            int r = rnd.nextInt(3);
            if (r == 0) {
                tail += " HAVING COUNT(*) > " + List.of(0, 1, 3, 10, 50).get(rnd.nextInt(5));
            } else if (r == 1) {
                tail += " ORDER BY n DESC, " + keys + " LIMIT " + (1 + rnd.nextInt(10));
            }
            return select(keys + ", COUNT(*) AS n, SUM(" + summable() + ") AS s, MIN(" + any().name() + ") AS lo", tail);
        }

        /** Rows in a total order (the key breaks ties), LIMIT 0, 1, 5 or 20, sometimes with OFFSET. */
        Sql rows() {
            List<ColumnValues> others = new ArrayList<>(table.orderable().stream()
                    .filter(c -> !table.key().contains(c.name())).toList());
            Collections.shuffle(others, new Random(rnd.nextLong()));
            String by = others.get(0).name();
            String key = String.join(", ", table.key());
            String tail = " ORDER BY " + by + (rnd.nextBoolean() ? " DESC" : "") + ", " + key + " LIMIT "
                    + List.of(0, 1, 5, 20).get(rnd.nextInt(4)) + (rnd.nextInt(4) == 0 ? " OFFSET " + rnd.nextInt(10) : "");
            return select(key + ", " + by + ", " + others.get(1).name(), tail);
        }

        /** COUNT(DISTINCT …), alone or per group. */
        Sql distinct() {
            String d = "COUNT(DISTINCT " + table.distinct() + ") AS d";
            if (rnd.nextBoolean()) {
                return select(d, "");
            }
            String g = table.groupBy().get(rnd.nextInt(table.groupBy().size()));
            return select(g + ", " + d + ", COUNT(*) AS n", " GROUP BY " + g);
        }

        private Sql select(String items, String tail) {
            return Sql.of("SELECT " + items + " FROM " + table.name() + " WHERE ", where, tail);
        }

        private ColumnValues any() {
            return table.columns().get(rnd.nextInt(table.columns().size()));
        }

        private String summable() {
            List<ColumnValues> s = table.summable();
            return s.get(rnd.nextInt(s.size())).name();
        }

    }
}
