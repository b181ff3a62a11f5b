package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.money;
import static io.subcube.functions.Units.score;

import java.math.BigDecimal;

/** Policy-group function of DOMAIN.md §B3.16 (the groups of the policy_catalog, §B2.11). */
public final class PolicyFunctions {

    private PolicyFunctions() {
    }

    /** §B3.16 POLICY_GROUP core: months, rate in hundredths, ARPU in cents; 1–9. */
    public static long policyGroup(long tenureMonths, long returnRateAvg3Hundredths, long arpuCents) {
        final String f = "POLICY_GROUP";
        count(tenureMonths, f, "tenure_months");
        score(returnRateAvg3Hundredths, f, "return_rate_avg3");
        money(arpuCents, f, "arpu");
        if (returnRateAvg3Hundredths <= 8_600) {
            return 9;
        }
        long band = arpuCents < 3_000 ? 1 : arpuCents < 10_000 ? 2 : arpuCents < 15_000 ? 3 : 4;
        return 2 * (band - 1) + (tenureMonths <= 12 ? 1 : 2);
    }

    /** §B3.16 POLICY_GROUP(tenure_months INTEGER, return_rate_avg3 DECIMAL(5,2), arpu DECIMAL(12,2)) → INTEGER. */
    @SqlFunction(name = "POLICY_GROUP", section = "B3.16", returns = "INTEGER")
    public static Integer policyGroup(@Param(name = "tenure_months", type = "INTEGER") Integer tenureMonths,
                                      @Param(name = "return_rate_avg3", type = "DECIMAL(5,2)") BigDecimal returnRateAvg3,
                                      @Param(name = "arpu", type = "DECIMAL(12,2)") BigDecimal arpu) {
        if (tenureMonths == null || returnRateAvg3 == null || arpu == null) {
            return null;
        }
        return (int) policyGroup(tenureMonths, Units.hundredths(returnRateAvg3, "POLICY_GROUP", "return_rate_avg3"),
                Units.cents(arpu, "POLICY_GROUP", "arpu"));
    }

    /** §B3.16 POLICY_GROUP over arrays (months, hundredths, cents), groups out. */
    public static void policyGroupBatch(long[] tenureMonths, long[] returnRateAvg3, long[] arpu, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = policyGroup(tenureMonths[i], returnRateAvg3[i], arpu[i]);
        }
    }
}
