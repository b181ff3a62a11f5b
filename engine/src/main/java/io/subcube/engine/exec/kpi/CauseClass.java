package io.subcube.engine.exec.kpi;

import java.util.Set;

/** The two families of root cause of DOMAIN.md §B5.3. */
public enum CauseClass {
    /** 可控因素: PRODUCT, PROMOTION, PRICING, CHANNEL. */
    CONTROLLABLE,
    /** 不確定因素: MARKET, CUSTOMER, COMPETITION. */
    UNCERTAIN;

    private static final Set<String> CONTROLLABLE_CAUSES = Set.of("PRODUCT", "PROMOTION", "PRICING", "CHANNEL");
    private static final Set<String> UNCERTAIN_CAUSES = Set.of("MARKET", "CUSTOMER", "COMPETITION");

    /** The class of a kpi_tree.root_cause, or {@code null} when it has none (or an unknown one). */
    public static CauseClass of(String rootCause) {
        if (rootCause == null) {
            return null;
        }
        if (CONTROLLABLE_CAUSES.contains(rootCause)) {
            return CONTROLLABLE;
        }
        return UNCERTAIN_CAUSES.contains(rootCause) ? UNCERTAIN : null;
    }
}
