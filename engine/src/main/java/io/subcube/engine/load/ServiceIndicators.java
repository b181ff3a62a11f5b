package io.subcube.engine.load;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.DerivedColumns;
import io.subcube.engine.storage.DerivedTableBuilder;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.functions.HealthFunctions;
import io.subcube.functions.HealthFunctions.Indicator;
import io.subcube.functions.IndicatorValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md §B2.9: {@code service_indicator} from {@code service_month} — per month, region (province and
 * cities) and service, the nine indicators its lifecycle scores (§B3.24), each with its ind_value, the best
 * value among the province's cities, and VAS_IND_SCORE of the two, unrounded.
 */
final class ServiceIndicators {

    private static final TableDef DEF = SubcubeSchema.SERVICE_INDICATOR;

    private ServiceIndicators() {
    }

    /** The service_indicator table; {@code null} when the store has no service_month or service table. */
    static Table derive(Table serviceMonth, Table service) {
        if (serviceMonth == null || service == null) {
            return null;
        }
        Map<String, String> lifecycle = lifecycles(service);
        DerivedTableBuilder out = new DerivedTableBuilder(DEF);
        for (Partition p : serviceMonth.partitions()) {
            out.add(p.monthId(), List.of(month(serviceMonth, p, lifecycle)));
        }
        return out.build();
    }

    private static ColumnBatch month(Table t, Partition p, Map<String, String> lifecycle) {
        int n = p.rows();
        long[] region = longs(t, p, "region_id");
        StringColumn serviceCol = (StringColumn) p.column(t.indexOf("service_code"));
        IndicatorValues.Figures[] figures = new IndicatorValues.Figures[n];
        for (int r = 0; r < n; r++) {
            figures[r] = figures(t, p, r);
        }
        // best = max over CITY rows of the same service (one province per dataset: region ids 100 < id < 1000)
        Map<String, double[]> best = new HashMap<>();
        for (int r = 0; r < n; r++) {
            if (!isCity(region[r])) {
                continue;
            }
            double[] b = best.computeIfAbsent(serviceCol.get(r), k -> filled(Indicator.values().length));
            for (Indicator ind : Indicator.values()) {
                double v = IndicatorValues.value(ind, figures[r]);
                if (!Double.isNaN(v) && (Double.isNaN(b[ind.ordinal()]) || v > b[ind.ordinal()])) {
                    b[ind.ordinal()] = v;
                }
            }
        }
        ColumnBatch batch = newBatch(n * 9);
        Cols c = new Cols();
        int row = 0;
        for (int r = 0; r < n; r++) {
            String code = serviceCol.get(r);
            String stage = lifecycle.get(code);
            if (stage == null) {
                throw new IllegalArgumentException("service_month: service_code '" + code + "' is not in table service");
            }
            double[] b = best.getOrDefault(code, filled(Indicator.values().length));
            for (Indicator ind : Indicator.scored(stage)) {
                double v = IndicatorValues.value(ind, figures[r]);
                double bestValue = b[ind.ordinal()];
                batch.longs(c.month)[row] = p.monthId();
                batch.longs(c.region)[row] = region[r];
                batch.strings(c.service)[row] = code;
                batch.strings(c.indicator)[row] = ind.code();
                batch.strings(c.dimension)[row] = ind.dimension();
                batch.longs(c.fullMarks)[row] = 100L * ind.fullMarks();
                setDouble(batch, c.value, row, v);
                setDouble(batch, c.best, row, bestValue);
                setDouble(batch, c.score, row, Double.isNaN(v) ? Double.NaN
                        : HealthFunctions.vasIndScore(ind.ordinal(), v, bestValue));
                row++;
            }
        }
        batch.setSize(row);
        return batch;
    }

    private static boolean isCity(long regionId) {
        return regionId > 100 && regionId < 1000;
    }

    private static double[] filled(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private static void setDouble(ColumnBatch b, int column, int row, double v) {
        if (Double.isNaN(v)) {
            b.setNull(column, row);
        } else {
            b.doubles(column)[row] = v;
        }
    }

    private static ColumnBatch newBatch(int capacity) {
        return new ColumnBatch(DEF, DEF.columns(), capacity);
    }

    private static IndicatorValues.Figures figures(Table t, Partition p, int r) {
        return new IndicatorValues.Figures(p.monthId(), decimal(t, p, "revenue_ytd", r),
                decimal(t, p, "revenue_plan_ytd", r), decimal(t, p, "service_revenue", r),
                decimal(t, p, "pkg_overcharge_rev", r), count(t, p, "using_users", r), count(t, p, "paying_base", r),
                count(t, p, "paying_users", r), count(t, p, "usage_volume", r), count(t, p, "complaints", r),
                dbl(t, p, "avg_paying_users_ytd", r), dbl(t, p, "growth_contrib", r), dbl(t, p, "cagr3", r),
                decimal(t, p, "satisfaction", r));
    }

    private static double decimal(Table t, Partition p, String column, int r) {
        ColumnDef def = t.columns().get(t.indexOf(column));
        return ((LongColumn) p.column(t.indexOf(column))).get(r) / Math.pow(10, def.type().scale());
    }

    private static double count(Table t, Partition p, String column, int r) {
        return ((LongColumn) p.column(t.indexOf(column))).get(r);
    }

    private static double dbl(Table t, Partition p, String column, int r) {
        return ((DoubleColumn) p.column(t.indexOf(column))).get(r);
    }

    private static long[] longs(Table t, Partition p, String column) {
        return DerivedColumns.decode((LongColumn) p.column(t.indexOf(column)));
    }

    private static Map<String, String> lifecycles(Table service) {
        Map<String, String> out = new HashMap<>();
        for (Partition p : service.partitions()) {
            StringColumn code = (StringColumn) p.column(service.indexOf("service_code"));
            StringColumn stage = (StringColumn) p.column(service.indexOf("lifecycle"));
            for (int r = 0; r < p.rows(); r++) {
                out.put(code.get(r), stage.get(r));
            }
        }
        return out;
    }

    /** Column positions of service_indicator. */
    private static final class Cols {
        final int month = DEF.indexOf("month_id");
        final int region = DEF.indexOf("region_id");
        final int service = DEF.indexOf("service_code");
        final int indicator = DEF.indexOf("indicator_code");
        final int dimension = DEF.indexOf("dimension");
        final int value = DEF.indexOf("ind_value");
        final int best = DEF.indexOf("best_value");
        final int fullMarks = DEF.indexOf("full_marks");
        final int score = DEF.indexOf("score");
    }
}
