package io.subcube.engine.exec.kpi;

import io.subcube.functions.KpiFunctions;
import java.math.BigDecimal;

/** One {@code alert_rule} row (DOMAIN.md §B2.14) and its test on a kpi_month row. */
public record AlertRule(int id, String kpiCode, String level, Integer ownerCityId, String kind, BigDecimal threshold,
                        boolean enabled) {

    /** Whether the rule watches a region of this level and city (NULL owner = the whole province). */
    boolean watches(String regionLevel, Integer cityId) {
        return enabled && level.equals(regionLevel) && (ownerCityId == null || ownerCityId.equals(cityId));
    }

    /**
     * KPI_BREACH (§B3.26) on the row, with the reference §B5.1 step 2 gives the rule's kind: target for TARGET,
     * previous month for MOM, none for MIN and MAX. NULL when there is nothing to compare.
     */
    Boolean breaches(KpiValues v) {
        BigDecimal reference = switch (kind) {
            case "TARGET" -> v.target();
            case "MOM" -> v.prevActual();
            default -> null;
        };
        return KpiFunctions.kpiBreach(kind, KpiValues.d(v.actual()), KpiValues.d(reference), threshold.doubleValue());
    }
}
