package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Store;

/**
 * The checked arguments shared by the KPI drill-down functions: the store's KPI tables, the KPI, the region and
 * the reference to compare with.
 */
record KpiCall(KpiSources sources, KpiNode kpi, RegionNode region, Reference reference) {

    /**
     * Checks a call of {@code function}: the reference first, then, unless the KPI, region or month is NULL (no
     * rows: {@code null}), the KPI and region and that the KPI is kept at the region's level.
     *
     * @throws KpiArgumentException naming the bad argument
     */
    static KpiCall check(Store store, String function, String kpiCode, Integer regionId, Integer monthId,
                         String referenceKind, Double threshold) {
        Reference ref = Reference.parse(function, referenceKind, threshold);
        if (kpiCode == null || regionId == null || monthId == null) {
            return null;
        }
        KpiSources sources = KpiSources.open(store, function);
        KpiNode kpi = sources.kpi(kpiCode);
        RegionNode region = sources.region(regionId);
        sources.checkLevel(kpi, region);
        return new KpiCall(sources, kpi, region, ref);
    }
}
