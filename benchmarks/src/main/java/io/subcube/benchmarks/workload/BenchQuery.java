package io.subcube.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * One query of the workload: its name, the SQL with {@code ?} placeholders, the tables it reads, and the fixed
 * parameter sets its calls rotate through (call {@code k} uses set {@code k mod size}), so that neither engine
 * answers a repeated call from a cache and both engines see the same sequence.
 *
 * @param name          short name shown in tables and files, e.g. {@code Q1_matrix_cell}
 * @param sql           the query text; its placeholders line up with every parameter set
 * @param tables        tables it reads (a query whose tables the store lacks is skipped, not failed)
 * @param parameterSets the rotation; one empty set for a query without parameters
 */
public record BenchQuery(String name, String sql, List<String> tables, List<List<Object>> parameterSets) {

    public BenchQuery {
        tables = List.copyOf(tables);
        if (parameterSets.isEmpty()) {
            throw new IllegalArgumentException(name + ": at least one parameter set (empty when none)");
        }
        int n = SqlText.placeholders(sql);
        List<List<Object>> copies = new ArrayList<>();
        for (List<Object> set : parameterSets) {
            if (set.size() != n) {
                throw new IllegalArgumentException(name + ": " + set.size() + " parameters for " + n + " placeholders");
            }
            copies.add(List.copyOf(set));
        }
        parameterSets = List.copyOf(copies);
    }

    /** The parameters of call {@code call} (0, 1, 2, …). */
    public List<Object> parameters(long call) {
        return parameterSets.get((int) Math.floorMod(call, (long) parameterSets.size()));
    }

    /** The SQL text of call {@code call} in {@link Form#AD_HOC} form: the parameters inlined as literals. */
    public String adHocSql(long call) {
        return SqlText.inline(sql, parameters(call));
    }

    /** Whether the row order is part of the answer (the outermost level has ORDER BY). */
    public boolean ordered() {
        return SqlText.hasOuterOrderBy(sql);
    }
}
