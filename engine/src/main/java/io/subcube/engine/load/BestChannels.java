package io.subcube.engine.load;

import io.subcube.engine.storage.DerivedColumns;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.functions.ChannelFunctions;
import io.subcube.functions.Domains;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * DOMAIN.md §B2.10: {@code channel_fit.fit_score} = CHANNEL_FIT(cp, cc, pc), and each customer group's
 * best channel per need — for MINTERNET, MNEWS and CRBT (product classes DATA, INFO, MUSIC) the channel
 * with the highest fit_score, for TRAFFIC and NONE the highest cp_score; ties go to the smallest
 * channel_code.
 */
final class BestChannels {

    /** The product class of each need, in {@link Domains#NEEDS} order; null where cp_score decides. */
    private static final String[] NEED_CLASS = {"DATA", "INFO", "MUSIC", null, null};

    private final Table table;
    private final long[] fit;
    private final List<String> groups;
    private final List<String> channels;
    /** [group][need] → channel index. */
    private final int[][] best;

    private BestChannels(Table table, long[] fit, List<String> groups, List<String> channels, int[][] best) {
        this.table = table;
        this.fit = fit;
        this.groups = groups;
        this.channels = channels;
        this.best = best;
    }

    /** The best channels of a channel_fit table, or {@code null} when there is none. */
    static BestChannels of(Table fitTable) {
        if (fitTable == null || fitTable.partitions().size() != 1) {
            return null;
        }
        Partition p = fitTable.partitions().get(0);
        int n = p.rows();
        String[] group = strings(fitTable, p, "cust_group");
        String[] channel = strings(fitTable, p, "channel_code");
        String[] productClass = strings(fitTable, p, "product_class");
        long[] cp = DerivedColumns.decode((LongColumn) p.column(fitTable.indexOf("cp_score")));
        long[] fit = new long[n];
        ChannelFunctions.channelFitBatch(cp, DerivedColumns.decode((LongColumn) p.column(fitTable.indexOf("cc_score"))),
                DerivedColumns.decode((LongColumn) p.column(fitTable.indexOf("pc_score"))), fit, n);
        List<String> groups = new ArrayList<>(new TreeSet<>(List.of(group)));
        List<String> channels = new ArrayList<>(new TreeSet<>(List.of(channel)));
        int[][] best = new int[groups.size()][Domains.NEEDS.size()];
        long[][] bestScore = new long[groups.size()][Domains.NEEDS.size()];
        for (long[] row : bestScore) {
            java.util.Arrays.fill(row, Long.MIN_VALUE);
        }
        for (int r = 0; r < n; r++) {
            int g = groups.indexOf(group[r]);
            int c = channels.indexOf(channel[r]);
            for (int need = 0; need < NEED_CLASS.length; need++) {
                boolean byClass = NEED_CLASS[need] != null;
                if (byClass && !NEED_CLASS[need].equals(productClass[r])) {
                    continue;
                }
                long score = byClass ? fit[r] : cp[r];
                // Channels are visited in any order: a higher score wins, an equal one the smaller code.
                if (score > bestScore[g][need] || score == bestScore[g][need] && c < best[g][need]) {
                    bestScore[g][need] = score;
                    best[g][need] = c;
                }
            }
        }
        return new BestChannels(fitTable, fit, groups, channels, best);
    }

    private static String[] strings(Table t, Partition p, String column) {
        StringColumn c = (StringColumn) p.column(t.indexOf(column));
        String[] out = new String[p.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.get(r);
        }
        return out;
    }

    /** The customer groups, the domain of the codes {@link #best} takes. */
    List<String> groups() {
        return groups;
    }

    /** The channel codes, the domain of the codes {@link #best} returns. */
    List<String> channels() {
        return channels;
    }

    /** The best channel (as a {@link #channels()} code) of each row's group and need. */
    int[] best(int[] groupCodes, int[] need, int n) {
        int[] out = new int[n];
        for (int r = 0; r < n; r++) {
            out[r] = groupCodes[r] < 0 ? -1 : best[groupCodes[r]][need[r]];
        }
        return out;
    }

    /** channel_fit with its fit_score column. */
    Table withFitScore() {
        return DerivedColumns.extend(table, List.of(table.def().column("fit_score")),
                Map.of(0, List.of(DerivedColumns.longs(fit, fit.length))));
    }
}
