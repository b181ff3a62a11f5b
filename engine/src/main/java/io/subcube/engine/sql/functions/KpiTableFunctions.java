package io.subcube.engine.sql.functions;

import io.subcube.engine.exec.kpi.DrillStep;
import io.subcube.engine.exec.kpi.KpiDrill;
import io.subcube.engine.exec.kpi.RegionSplit;
import io.subcube.engine.exec.kpi.SplitRow;
import io.subcube.engine.storage.Store;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The §B5.4 drill-downs as SQL table functions over a store: {@code KPI_DRILL} (down the KPI tree) and
 * {@code KPI_REGION_SPLIT} (down the regions), each taking {@code (kpi_code, region_id, month_id [, reference
 * [, threshold]])}, e.g. {@code SELECT * FROM TABLE(KPI_DRILL('CRBT_REV', 105, 200809))}. See docs/kpi-drill.md.
 */
public final class KpiTableFunctions {

    private static final int MIN_ARITY = 3;
    private static final int MAX_ARITY = 5;

    private KpiTableFunctions() {
    }

    /** Adds both functions, in each of their arities, to {@code schema}, reading {@code store}. */
    public static void register(SchemaPlus schema, Store store) {
        int id = BoundStores.intern(store);
        for (int arity = MIN_ARITY; arity <= MAX_ARITY; arity++) {
            schema.add(KpiDrill.FUNCTION, new KpiTableFunction(arity, DrillStep.COLUMNS, entry("drill"), id));
            schema.add(RegionSplit.FUNCTION, new KpiTableFunction(arity, SplitRow.COLUMNS, entry("split"), id));
        }
    }

    private static Method entry(String name) {
        try {
            return KpiTableFunctions.class.getMethod(name, int.class, String.class, Integer.class, Integer.class,
                    String.class, Double.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** KPI_DRILL's rows; called by generated code. */
    public static Enumerable<Object[]> drill(int store, String kpiCode, Integer regionId, Integer monthId,
                                             String reference, Double threshold) {
        return lazy(() -> {
            List<Object[]> rows = new ArrayList<>();
            for (DrillStep s : KpiDrill.run(BoundStores.get(store), kpiCode, regionId, monthId, reference,
                    threshold)) {
                rows.add(s.values());
            }
            return rows;
        });
    }

    /** KPI_REGION_SPLIT's rows; called by generated code. */
    public static Enumerable<Object[]> split(int store, String kpiCode, Integer regionId, Integer monthId,
                                             String reference, Double threshold) {
        return lazy(() -> {
            List<Object[]> rows = new ArrayList<>();
            for (SplitRow r : RegionSplit.run(BoundStores.get(store), kpiCode, regionId, monthId, reference,
                    threshold)) {
                rows.add(r.values());
            }
            return rows;
        });
    }

    /**
     * Rows computed on the first {@code moveNext}, not when the plan is bound. A failure (a bad argument) is held
     * and thrown by {@code current()}: Calcite's JDBC layer reads the first row's existence while executing the
     * statement and wraps what fails there in "Error while executing SQL", whereas a failure while a row is read
     * reaches the caller as an SQLException with the function's own message.
     */
    private static Enumerable<Object[]> lazy(Supplier<List<Object[]>> rows) {
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                return new Enumerator<>() {
                    private Enumerator<Object[]> inner;
                    private RuntimeException failure;

                    @Override
                    public Object[] current() {
                        if (failure != null) {
                            throw failure;
                        }
                        return inner.current();
                    }

                    @Override
                    public boolean moveNext() {
                        if (failure != null) {
                            throw failure;
                        }
                        if (inner == null) {
                            try {
                                inner = Linq4j.enumerator(rows.get());
                            } catch (RuntimeException e) {
                                failure = e;
                                return true;
                            }
                        }
                        return inner.moveNext();
                    }

                    @Override
                    public void reset() {
                        inner = null;
                        failure = null;
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }
}
