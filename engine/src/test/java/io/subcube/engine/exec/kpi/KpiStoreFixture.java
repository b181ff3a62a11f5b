package io.subcube.engine.exec.kpi;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.DerivedTableBuilder;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.Table;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small hand-built stores for the drill-down: region, kpi_tree and alert_rule rows through {@link StoreBuilder},
 * kpi_month (a DERIVED table) through {@link DerivedTableBuilder}. Values are written as decimal strings.
 */
public final class KpiStoreFixture {

    private final List<Object[]> regions = new ArrayList<>();
    private final List<Object[]> kpis = new ArrayList<>();
    private final List<Object[]> rules = new ArrayList<>();
    private final Map<Integer, List<Object[]>> facts = new TreeMap<>();
    private boolean withRules = true;

    /** A region; the city id is derived from the id's digits as in §B2.4. */
    public KpiStoreFixture region(int id, String name, String level, Integer parent) {
        Integer city = switch (level) {
            case "CITY" -> id;
            case "COUNTY" -> id / 100;
            case "GRID" -> id / 10000;
            default -> null;
        };
        regions.add(new Object[] {id, name, name, level, parent, 1, city, null, null, null, null, null, null, null,
            null, null, null, null});
        return this;
    }

    /** The province, city 105, county 10503 and grids 1050301 (A) and 1050302 (B). */
    public KpiStoreFixture suzhouCounty() {
        return region(1, "JS", "PROVINCE", null).region(105, "Suzhou", "CITY", 1)
                .region(10503, "SZ-03", "COUNTY", 105)
                .region(1050301, "grid A", "GRID", 10503).region(1050302, "grid B", "GRID", 10503);
    }

    public KpiStoreFixture kpi(String code, String parent, String kind, int sign, String weight, String direction,
                               String rollup, String rootCause, String minLevel) {
        kpis.add(new Object[] {code, parent, code, code, kind, sign, new BigDecimal(weight), direction, "CNY", rollup,
            rootCause, "SYNTH", minLevel});
        return this;
    }

    public KpiStoreFixture rule(int id, String kpi, String level, String kind, String threshold) {
        rules.add(new Object[] {id, kpi, level, null, kind, new BigDecimal(threshold), 7, 30, "{kpi}", true});
        return this;
    }

    /** Leaves alert_rule out of the store altogether. */
    public KpiStoreFixture withoutRuleTable() {
        withRules = false;
        return this;
    }

    /** A kpi_month row with actual and target (either may be null). */
    public KpiStoreFixture fact(int month, int region, String level, String kpi, String actual, String target) {
        return fact(month, region, level, kpi, actual, target, null, null, null);
    }

    /** A kpi_month row with every stored measure. */
    public KpiStoreFixture fact(int month, int region, String level, String kpi, String actual, String target,
                                String num, String den, String prev) {
        facts.computeIfAbsent(month, k -> new ArrayList<>()).add(new Object[] {month, region, level, kpi, dec(actual),
            dec(target), dec(num), dec(den), dec(prev)});
        return this;
    }

    /** A RATIO row: actual = num/den at 4 places (NULL when den = 0). */
    public KpiStoreFixture ratio(int month, int region, String level, String kpi, String num, String den,
                                 String target) {
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        String actual = d.signum() == 0 ? null : n.divide(d, 4, java.math.RoundingMode.HALF_UP).toPlainString();
        return fact(month, region, level, kpi, actual, target, num, den, null);
    }

    private static BigDecimal dec(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    public Store build() {
        return build(ScoringParameters.DEFAULTS);
    }

    public Store build(ScoringParameters parameters) {
        StoreBuilder b = new StoreBuilder();
        Fixtures.add(b, SubcubeSchema.REGION, 0, regions);
        Fixtures.add(b, SubcubeSchema.KPI_TREE, 0, kpis);
        if (withRules) {
            Fixtures.add(b, SubcubeSchema.ALERT_RULE, 0, rules);
        }
        Store stored = b.build("kpi fixture");
        List<Table> tables = new ArrayList<>(stored.tables().values());
        tables.add(kpiMonth());
        return new Store("kpi fixture", parameters, tables);
    }

    private Table kpiMonth() {
        TableDef def = SubcubeSchema.KPI_MONTH;
        DerivedTableBuilder t = new DerivedTableBuilder(def);
        for (Map.Entry<Integer, List<Object[]>> e : facts.entrySet()) {
            List<Object[]> rows = e.getValue();
            ColumnBatch batch = t.newBatch(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                batch.longs(0)[r] = (Integer) row[0];
                batch.longs(1)[r] = (Integer) row[1];
                batch.strings(2)[r] = (String) row[2];
                batch.strings(3)[r] = (String) row[3];
                for (int c = 4; c <= 8; c++) {
                    BigDecimal v = (BigDecimal) row[c];
                    if (v == null) {
                        batch.setNull(c, r);
                    } else {
                        batch.longs(c)[r] = v.setScale(4).unscaledValue().longValueExact();
                    }
                }
                BigDecimal actual = (BigDecimal) row[4];
                BigDecimal target = (BigDecimal) row[5];
                BigDecimal prev = (BigDecimal) row[8];
                ratio(batch, 9, r, actual, target);
                ratio(batch, 10, r, actual, prev);
            }
            batch.setSize(rows.size());
            t.add(e.getKey(), List.of(batch));
        }
        return t.build();
    }

    private static void ratio(ColumnBatch batch, int column, int row, BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            batch.setNull(column, row);
        } else {
            batch.doubles(column)[row] = a.doubleValue() / b.doubleValue();
        }
    }
}
