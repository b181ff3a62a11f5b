package io.subcube.engine.load.kpi;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.DerivedTableBuilder;
import io.subcube.functions.MonthFunctions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes kpi_month a month at a time, in month order (DOMAIN.md §B2.13, §B5.2): FACT KPIs at min_level,
 * SYNTH KPIs at min_level, roll-up of actuals, targets, then prev_actual (same region and KPI in
 * MONTH_ADD(month_id, −1)), attainment = actual/target and mom_ratio = actual/prev_actual (NULL when the
 * divisor is NULL or 0); one row per month, KPI and region from the KPI's min_level up.
 */
final class KpiMonthDeriver {

    private final KpiTree tree;
    private final Regions regions;
    private final CrbtSplit crbt;
    private final RollUp rollUp;
    private final KpiTargets targets;
    private final long seed;
    /** The last three months, newest last. */
    private final Deque<KpiValues> window = new ArrayDeque<>();

    KpiMonthDeriver(long seed, KpiTree tree, Regions regions) {
        this.seed = seed;
        this.tree = tree;
        this.regions = regions;
        Set<String> known = new HashSet<>(FactKpis.CODES);
        known.addAll(SynthKpis.CODES);
        known.addAll(CrbtSplit.CODES);
        List<String> unknown = new ArrayList<>();
        for (int k = 0; k < tree.size; k++) {
            boolean cityLevel = tree.code[k].startsWith("CRBT_");
            if (!known.contains(tree.code[k])) {
                unknown.add(tree.code[k]);
            } else if (tree.minLevel[k] != (cityLevel ? Regions.CITY : Regions.GRID)) {
                throw new IllegalArgumentException("kpi_tree: min_level of " + tree.code[k] + " must be "
                        + (cityLevel ? "CITY" : "GRID") + " (the level at which load computes it)");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("kpi_tree: no rule computes KPI(s) " + unknown + " (DOMAIN.md §B5.2)");
        }
        for (String code : known) {
            tree.require(code);
        }
        this.crbt = new CrbtSplit(seed, tree);
        this.rollUp = new RollUp(tree, regions);
        this.targets = new KpiTargets(seed, tree, regions, rollUp);
    }

    /** The next month's values; months must come in increasing order. */
    KpiValues next(FactAggregates facts) {
        KpiValues last = window.peekLast();
        if (last != null && last.monthId >= facts.monthId) {
            throw new IllegalStateException("kpi_month months out of order: " + facts.monthId + " after " + last.monthId);
        }
        KpiValues prev = last != null && last.monthId == MonthFunctions.monthAdd(facts.monthId, -1) ? last : null;
        KpiValues v = new KpiValues(facts.monthId, tree.size, regions.size);
        FactKpis.place(facts, tree, regions, v);
        SynthKpis.generate(seed, tree, regions, v);
        for (int r : regions.atLevel(Regions.CITY)) {
            crbt.split(regions, r, v, prev);
        }
        checkRollupKinds(v);
        rollUp.actuals(v);
        targets.set(v, List.copyOf(window));
        if (prev != null) {
            for (int k = 0; k < tree.size; k++) {
                System.arraycopy(prev.actual[k], 0, v.prevActual[k], 0, regions.size);
            }
        }
        window.addLast(v);
        if (window.size() > 3) {
            window.removeFirst();
        }
        return v;
    }

    /** A RATIO KPI has num and den at min_level, the others neither. */
    private void checkRollupKinds(KpiValues v) {
        for (int k = 0; k < tree.size; k++) {
            boolean ratio = tree.rollup[k].equals("RATIO");
            for (int r : regions.atLevel(tree.minLevel[k])) {
                if ((v.den[k][r] != Dec4.NULL) != ratio) {
                    throw new IllegalArgumentException("kpi_tree: rollup of " + tree.code[k] + " is " + tree.rollup[k]
                            + ", but load computes it " + (ratio ? "without" : "as") + " a num/den ratio");
                }
            }
        }
    }

    /** Encodes a month's rows: KPIs in tree order, each with its regions by id. */
    void write(KpiValues v, DerivedTableBuilder out) {
        List<ColumnBatch> batches = new ArrayList<>();
        ColumnBatch b = null;
        Columns c = null;
        for (int k : tree.preOrder()) {
            for (int level = Regions.PROVINCE; level >= tree.minLevel[k]; level--) {
                for (int r : regions.atLevel(level)) {
                    if (b == null || b.isFull()) {
                        b = out.newBatch(4096);
                        c = new Columns(b);
                        batches.add(b);
                    }
                    int i = b.size();
                    b.longs(c.month)[i] = v.monthId;
                    b.longs(c.region)[i] = regions.id[r];
                    b.strings(c.level)[i] = Regions.LEVELS.get(level);
                    b.strings(c.kpi)[i] = tree.code[k];
                    decimal(b, c.actual, i, v.actual[k][r]);
                    decimal(b, c.target, i, v.target[k][r]);
                    decimal(b, c.num, i, v.num[k][r]);
                    decimal(b, c.den, i, v.den[k][r]);
                    decimal(b, c.prev, i, v.prevActual[k][r]);
                    quotient(b, c.attainment, i, v.actual[k][r], v.target[k][r]);
                    quotient(b, c.mom, i, v.actual[k][r], v.prevActual[k][r]);
                    b.setSize(i + 1);
                }
            }
        }
        out.add(v.monthId, batches);
    }

    private static void decimal(ColumnBatch b, int column, int row, long value) {
        if (value == Dec4.NULL) {
            b.setNull(column, row);
        } else {
            b.longs(column)[row] = value;
        }
    }

    private static void quotient(ColumnBatch b, int column, int row, long dividend, long divisor) {
        if (dividend == Dec4.NULL || divisor == Dec4.NULL || divisor == 0) {
            b.setNull(column, row);
        } else {
            b.doubles(column)[row] = (double) dividend / divisor;
        }
    }

    /** Positions of kpi_month's columns in a batch. */
    private static final class Columns {
        final int month, region, level, kpi, actual, target, num, den, prev, attainment, mom;

        Columns(ColumnBatch b) {
            List<String> names = new ArrayList<>();
            for (ColumnDef d : b.columns()) {
                names.add(d.name());
            }
            month = names.indexOf("month_id");
            region = names.indexOf("region_id");
            level = names.indexOf("region_level");
            kpi = names.indexOf("kpi_code");
            actual = names.indexOf("actual");
            target = names.indexOf("target");
            num = names.indexOf("num");
            den = names.indexOf("den");
            prev = names.indexOf("prev_actual");
            attainment = names.indexOf("attainment");
            mom = names.indexOf("mom_ratio");
        }
    }
}
