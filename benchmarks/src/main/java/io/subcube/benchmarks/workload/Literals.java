package io.subcube.benchmarks.workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed lists the workload's literals rotate through: DOMAIN.md §B4's defaults first (month 200809, city
 * 105 Suzhou, county 10503, city 109 Yancheng, tier H, service MMS, …), then other values of the fixed §B2.4
 * geography and the §B3 code lists. Months come from the dataset: those with two earlier months in it (Q6b and
 * Q8 look back two months), starting at 200809 when the data has it.
 */
final class Literals {

    /** Parameter sets per query: longer than any warm-up plus timed run count we use, so calls rarely repeat. */
    static final int ROTATION = 16;

    static final List<Integer> CITIES = List.of(105, 109, 101, 103, 106, 112, 104, 107, 102, 108, 110, 111, 113);
    static final List<Integer> COUNTIES = List.of(10503, 10904, 10101, 10302, 10605, 11201, 10402, 10703);
    /** Regions of service_indicator: the province (1) and cities. */
    static final List<Integer> SCORECARD_REGIONS = List.of(1, 105, 109, 101, 103, 106, 112);
    static final List<String> VALUE_TIERS = List.of("H", "MH", "M", "L");
    static final List<String> STICK_TIERS = List.of("NONE", "MID", "HIGH");
    static final List<Boolean> CHURN_FLAGS = List.of(true, false);
    static final List<String> SERVICES = List.of("MMS", "CRBT", "MNEWS", "MINTERNET", "FETION", "MAIL139", "PIM",
            "NONGXIN", "XXT", "PLAY");
    static final List<Integer> POLICY_GROUPS = List.of(6, 5, 4, 3, 7, 2, 8, 9, 1);
    static final List<String> CLUSTER_GROUPS = List.of("LD_IN_MID", "LD_IN_LOW", "LD_OUT_MID", "LOCAL_MID",
            "ROAM_MID", "VPMN_MID", "LOCAL_HIGH", "LD_OUT_HIGH");
    static final List<BigDecimal> LD_PRICES = List.of(new BigDecimal("0.25"), new BigDecimal("0.20"),
            new BigDecimal("0.30"));

    private static final int DEFAULT_MONTH = 200809;

    private Literals() {
    }

    /** Element {@code k mod size} of a list. */
    static <T> T pick(List<T> list, int k) {
        return list.get(k % list.size());
    }

    /**
     * The months to rotate through for data holding {@code months} months from {@code startMonth}: every month
     * with two earlier ones in the data (all months when there are fewer than three), from 200809 on if present.
     */
    static List<Integer> months(int startMonth, int months) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            all.add(monthAdd(startMonth, i));
        }
        List<Integer> eligible = months >= 3 ? all.subList(2, all.size()) : all;
        int first = Math.max(0, eligible.indexOf(DEFAULT_MONTH));
        List<Integer> rotated = new ArrayList<>(eligible.subList(first, eligible.size()));
        rotated.addAll(eligible.subList(0, first));
        return List.copyOf(rotated);
    }

    /** yyyymm plus {@code k} months (DOMAIN.md §B3.28 MONTH_ADD). */
    static int monthAdd(int yyyymm, int k) {
        int ordinal = (yyyymm / 100) * 12 + yyyymm % 100 - 1 + k;
        return (ordinal / 12) * 100 + ordinal % 12 + 1;
    }
}
