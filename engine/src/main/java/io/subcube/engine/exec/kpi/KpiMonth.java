package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The {@code kpi_month} rows of one month, by region and KPI. */
public final class KpiMonth {

    private record Key(int regionId, String kpiCode) {
    }

    private final int monthId;
    private final Map<Key, KpiValues> rows = new HashMap<>();

    private KpiMonth(int monthId) {
        this.monthId = monthId;
    }

    static KpiMonth read(Table table, Partition p) {
        KpiMonth m = new KpiMonth(p.monthId());
        TableReader r = new TableReader(table, p);
        Integer[] region = r.ints("region_id");
        String[] kpi = r.strings("kpi_code");
        BigDecimal[] actual = r.decimals("actual");
        BigDecimal[] target = r.decimals("target");
        BigDecimal[] num = r.decimals("num");
        BigDecimal[] den = r.decimals("den");
        BigDecimal[] prev = r.decimals("prev_actual");
        for (int i = 0; i < r.rows(); i++) {
            m.rows.put(new Key(region[i], kpi[i]), new KpiValues(actual[i], target[i], num[i], den[i], prev[i]));
        }
        return m;
    }

    public int monthId() {
        return monthId;
    }

    /** The row of a region and KPI, or {@code null} when there is none. */
    public KpiValues get(int regionId, String kpiCode) {
        return rows.get(new Key(regionId, kpiCode));
    }

    /** The row, or {@link KpiValues#MISSING}. */
    KpiValues getOrMissing(int regionId, String kpiCode) {
        return rows.getOrDefault(new Key(regionId, kpiCode), KpiValues.MISSING);
    }
}
