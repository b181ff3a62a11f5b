package io.subcube.engine.load.kpi;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The grid-level SYNTH KPIs of DOMAIN.md §B5.2, each drawn from its own stream seeded from (dataset seed,
 * month, grid, KPI) and built on the grid's FACT values of the same month [I]:
 * <ul>
 * <li>COMP_NEW_ADDS = NEW_ADDS·(1/share − 1), share ~ N(0.80, 0.07) clipped to [0.30, 0.98] (§B2.13), to 4
 *     decimals (a competitor's adds are an estimate, so fractions stay); NEW_SHARE_2P = NEW_ADDS / (NEW_ADDS +
 *     COMP_NEW_ADDS) is then the drawn share, and NULL where the grid had no new adds;</li>
 * <li>COMMISSION (CNY, to the fen) = NEW_ADDS × U(30, 60) per add + REV_TOTAL × U(1%, 2%) agents' share of
 *     bill payments;</li>
 * <li>REPEAT_JOIN_RATIO = repeat joiners / NEW_ADDS, each new add a repeat joiner with probability
 *     p ~ N(0.04, 0.015) clipped to [0, 0.15].</li>
 * </ul>
 */
final class SynthKpis {

    static final List<String> CODES = List.of("NEW_SHARE_2P", "COMP_NEW_ADDS", "COMMISSION", "REPEAT_JOIN_RATIO");

    private SynthKpis() {
    }

    /** Sets the grid SYNTH KPIs of {@code v}, whose grid FACT KPIs are set. */
    static void generate(long seed, KpiTree tree, Regions regions, KpiValues v) {
        int newAdds = tree.require("NEW_ADDS"), revTotal = tree.require("REV_TOTAL"),
                share2p = tree.require("NEW_SHARE_2P"), comp = tree.require("COMP_NEW_ADDS"),
                commission = tree.require("COMMISSION"), repeat = tree.require("REPEAT_JOIN_RATIO");
        int month = v.monthId;
        for (int r : regions.atLevel(Regions.GRID)) {
            int grid = regions.id[r];
            long adds = v.actual[newAdds][r];
            long joiners = adds / Dec4.ONE;

            SplittableRandom s = KpiSeeds.synth(seed, month, grid, "COMP_NEW_ADDS");
            double share = KpiSeeds.normal(s, 0.80, 0.07, 0.30, 0.98);
            long competitor = Dec4.round(adds * (1 / share - 1));
            v.actual[comp][r] = competitor;
            v.ratio(share2p, r, adds, adds + competitor);

            s = KpiSeeds.synth(seed, month, grid, "COMMISSION");
            double perAdd = KpiSeeds.uniform(s, 30, 60);
            double revenueShare = KpiSeeds.uniform(s, 0.01, 0.02);
            double cny = joiners * perAdd + Dec4.toDouble(v.actual[revTotal][r]) * revenueShare;
            v.actual[commission][r] = Dec4.round(cny * 100) * 100;

            s = KpiSeeds.synth(seed, month, grid, "REPEAT_JOIN_RATIO");
            double p = KpiSeeds.normal(s, 0.04, 0.015, 0, 0.15);
            long repeats = 0;
            for (long i = 0; i < joiners; i++) {
                if (s.nextDouble() < p) {
                    repeats++;
                }
            }
            v.ratio(repeat, r, Dec4.of(repeats, 0), adds);
        }
    }
}
