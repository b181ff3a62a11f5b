package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch forms give, row by row, what the SQL forms give on the same values (random inputs covering every
 * branch; storage units converted as the SQL forms convert them), under profile A, profile B and overrides.
 */
class BatchAgreementTest {

    private static final int N = 20_000;
    private static final List<ScoringParameters> PARAMS = List.of(ScoringParameters.DEFAULTS,
            ScoringParameters.forProfile("B"),
            ScoringParameters.DEFAULTS.with(Map.of("cvs.weight.arpu", "0.3", "cvs.weight.influence", "0.15",
                    "stick.base", "50", "churn.competitor_cap", "0.4", "value_tier.p1", "5", "esc.min_streak", "2",
                    "need.voice_ratio", "0.9", "cluster.roam_share", "0.25", "cluster.arpu_mid", "40")),
            ScoringParameters.DEFAULTS.with(Map.of("migrant.roam_days", "10", "migrant.rural_share", "0.45",
                    "family.rest_days", "20", "mms.high_arpu", "150", "mms.low_traffic", "120")));

    private final SplittableRandom r = new SplittableRandom(42);

    private static BigDecimal dec(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    private long[] longs(long lo, long hiInclusive) {
        long[] a = new long[N];
        for (int i = 0; i < N; i++) {
            // a third of the rows at the ends of the range, where the cuts and caps are
            int k = r.nextInt(6);
            a[i] = k == 0 ? lo : k == 1 ? hiInclusive : r.nextLong(lo, hiInclusive + 1);
        }
        return a;
    }

    private int[] codes(int size) {
        int[] a = new int[N];
        for (int i = 0; i < N; i++) {
            a[i] = r.nextInt(size);
        }
        return a;
    }

    @Test
    void scoresAgree() {
        for (ScoringParameters p : PARAMS) {
            long[] out = new long[N];
            long[] g = longs(0, 300_000), c = longs(0, 50_000);
            ValueFunctions.returnRateBatch(g, c, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ValueFunctions.returnRate(dec(g[i], 2), dec(c[i], 2)), dec(out[i], 2));
            }
            long[] circle = longs(0, 200), sms = longs(0, 400), mms = longs(0, 50), vas = longs(0, 8);
            ValueFunctions.influenceScoreBatch(p, circle, sms, mms, vas, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ValueFunctions.influenceScore(p, (int) circle[i], (int) sms[i], (int) mms[i], (int) vas[i]),
                        dec(out[i], 2));
            }
            long[] arpu = longs(0, 40_000), rr = longs(0, 10_000), arpu3 = longs(0, 40_000), rr3 = longs(0, 10_000),
                    tenure = longs(0, 180), infl = longs(0, 10_000);
            ValueFunctions.cvsBatch(p, arpu, rr, arpu3, rr3, tenure, infl, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ValueFunctions.cvs(p, dec(arpu[i], 2), dec(rr[i], 2), dec(arpu3[i], 2), dec(rr3[i], 2),
                        (int) tenure[i], dec(infl[i], 2)), dec(out[i], 2));
            }
            long[] bundle = longs(0, 24), vpmn = longs(0, 1), sticky = longs(0, 4), onnet = longs(0, 10_000);
            StickinessFunctions.stickScoreBatch(p, tenure, bundle, vpmn, sticky, circle, onnet, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(StickinessFunctions.stickScore(p, (int) tenure[i], (int) bundle[i], vpmn[i] == 1,
                        (int) sticky[i], (int) circle[i], dec(onnet[i], 4)), dec(out[i], 2));
            }
            long[] mou = longs(0, 600), mou3 = longs(0, 600), c3 = longs(0, 200), comp = longs(0, 10_000);
            AnomalyFunctions.churnScoreBatch(p, mou, mou3, arpu, arpu3, circle, c3, comp, bundle, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(AnomalyFunctions.churnScore(p, (int) mou[i], (int) mou3[i], dec(arpu[i], 2),
                        dec(arpu3[i], 2), (int) circle[i], (int) c3[i], dec(comp[i], 4), (int) bundle[i]),
                        dec(out[i], 2));
            }
        }
    }

    @Test
    void tiersFlagsAndClassesAgree() {
        for (ScoringParameters p : PARAMS) {
            int[] codes = new int[N];
            long[] out = new long[N];
            long[] n = longs(1, 3000);
            long[] rank = new long[N];
            for (int i = 0; i < N; i++) {
                rank[i] = r.nextLong(n[i]);
            }
            ValueFunctions.valueTierBatch(p, rank, n, codes, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ValueFunctions.valueTier(p, rank[i], n[i]), Domains.VALUE_TIERS.get(codes[i]));
            }
            long[] score = longs(0, 10_000);
            StickinessFunctions.stickTierBatch(p, score, codes, N);
            for (int i = 0; i < N; i++) {
                assertEquals(StickinessFunctions.stickTier(p, dec(score[i], 2)), Domains.STICK_TIERS.get(codes[i]));
            }
            AnomalyFunctions.churnFlagBatch(p, score, out, N);
            for (int i = 0; i < N; i++) {
                assertEquals(AnomalyFunctions.churnFlag(p, dec(score[i], 2)), out[i] == 1);
            }
            long[] dc = longs(0, 1), ever = longs(0, 12), streak = longs(0, 6), active = longs(0, 5);
            VasFunctions.escStageBatch(p, dc, ever, streak, active, codes, N);
            for (int i = 0; i < N; i++) {
                assertEquals(VasFunctions.escStage(p, dc[i] == 1, (int) ever[i], (int) streak[i], (int) active[i]),
                        Domains.ESC_STAGES.get(codes[i]));
            }
            int[] actions = new int[N];
            VasFunctions.escActionBatch(codes, actions, N);
            for (int i = 0; i < N; i++) {
                assertEquals(VasFunctions.escAction(Domains.ESC_STAGES.get(codes[i])), Domains.ESC_ACTIONS.get(actions[i]));
            }
            int[] mi = codes(5), mn = codes(5), cr = codes(5);
            long[] mou = longs(0, 400), mou3 = longs(0, 400);
            VasFunctions.needBatch(p, dc, mi, mn, cr, mou, mou3, codes, N);
            for (int i = 0; i < N; i++) {
                assertEquals(VasFunctions.need(p, dc[i] == 1, Domains.USER_CLASSES.get(mi[i]),
                        Domains.USER_CLASSES.get(mn[i]), Domains.USER_CLASSES.get(cr[i]), (int) mou[i], (int) mou3[i]),
                        Domains.NEEDS.get(codes[i]));
            }
            long[] t = longs(0, 1000);
            long[][] parts = new long[5][N];
            for (int i = 0; i < N; i++) {
                long left = t[i];
                for (int k = 0; k < 5; k++) {
                    parts[k][i] = r.nextInt(3) == 0 ? 0 : r.nextLong(left + 1) / (r.nextInt(3) + 1);
                    left -= parts[k][i];
                }
            }
            ClusterFunctions.clusterClassBatch(p, t, parts[0], parts[1], parts[2], parts[3], parts[4], codes, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ClusterFunctions.clusterClass(p, (int) t[i], (int) parts[0][i], (int) parts[1][i],
                        (int) parts[2][i], (int) parts[3][i], (int) parts[4][i]), Domains.CLUSTER_CLASSES.get(codes[i]));
            }
            int[] cls = codes(7), groups = new int[N];
            long[] arpu = longs(0, 20_000);
            ClusterFunctions.clusterGroupBatch(p, cls, arpu, groups, N);
            for (int i = 0; i < N; i++) {
                assertEquals(ClusterFunctions.clusterGroup(p, Domains.CLUSTER_CLASSES.get(cls[i]), dec(arpu[i], 2)),
                        Domains.CLUSTER_GROUPS.get(groups[i]));
            }
        }
    }

    @Test
    void userClassesAgree() {
        long[] sub = longs(0, 1), first = new long[N], month = new long[N], usage = new long[N], streak = new long[N],
                loyal = longs(0, 20);
        boolean[] never = new boolean[N];
        for (int i = 0; i < N; i++) {
            month[i] = MonthFunctions.monthAdd(200803, r.nextInt(10));
            never[i] = r.nextInt(4) == 0;
            if (never[i]) {
                first[i] = r.nextInt(2) == 0 ? 0 : 200801;   // ignored when never used
            } else {
                int back = r.nextInt(30);
                first[i] = MonthFunctions.monthAdd((int) month[i], -back);
                usage[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(1, 30);
                streak[i] = usage[i] == 0 ? 0 : r.nextInt(0, Math.min(back + 1, 8) + 1);
            }
        }
        int[] codes = new int[N];
        VasFunctions.vasUserClassBatch(sub, first, never, month, usage, streak, loyal, codes, N);
        int[] seen = new int[5];
        for (int i = 0; i < N; i++) {
            assertEquals(VasFunctions.vasUserClass(sub[i] == 1, never[i] ? null : (int) first[i], (int) month[i],
                    usage[i], (int) streak[i], loyal[i]), Domains.USER_CLASSES.get(codes[i]));
            seen[codes[i]]++;
        }
        for (int s : seen) {
            assertEquals(true, s > 100);
        }
    }

    @Test
    void matrixAndPolicyAgree() {
        int[] tier = codes(4), stick = codes(3), need = codes(5), codes = new int[N];
        long[] churn = longs(0, 1), bundle = longs(0, 24), out = new long[N];
        MatrixFunctions.matrixCellBatch(tier, stick, churn, out, N);
        for (int i = 0; i < N; i++) {
            assertEquals(MatrixFunctions.matrixCell(Domains.VALUE_TIERS.get(tier[i]), Domains.STICK_TIERS.get(stick[i]),
                    churn[i] == 1), (int) out[i]);
        }
        MatrixFunctions.matrixKeyBatch(tier, stick, churn, need, codes, N);
        for (int i = 0; i < N; i++) {
            assertEquals(MatrixFunctions.matrixKey(Domains.VALUE_TIERS.get(tier[i]), Domains.STICK_TIERS.get(stick[i]),
                    churn[i] == 1, Domains.NEEDS.get(need[i])), Domains.MATRIX_KEYS.get(codes[i]));
        }
        MatrixFunctions.mktPriorityBatch(tier, stick, churn, out, N);
        for (int i = 0; i < N; i++) {
            assertEquals(MatrixFunctions.mktPriority(Domains.VALUE_TIERS.get(tier[i]),
                    Domains.STICK_TIERS.get(stick[i]), churn[i] == 1), (int) out[i]);
        }
        MatrixFunctions.programOrderBatch(tier, churn, bundle, need, codes, N);
        for (int i = 0; i < N; i++) {
            assertEquals(MatrixFunctions.programOrder(Domains.VALUE_TIERS.get(tier[i]), churn[i] == 1, (int) bundle[i],
                    Domains.NEEDS.get(need[i])), Domains.PROGRAM_ORDERS.get(codes[i]));
        }
        long[] tenure = longs(0, 40), rr = longs(8000, 10_000), arpu = longs(0, 30_000);
        PolicyFunctions.policyGroupBatch(tenure, rr, arpu, out, N);
        for (int i = 0; i < N; i++) {
            assertEquals(PolicyFunctions.policyGroup((int) tenure[i], dec(rr[i], 2), dec(arpu[i], 2)), (int) out[i]);
        }
    }

    private boolean[] nulls(int oneIn) {
        boolean[] a = new boolean[N];
        for (int i = 0; i < N; i++) {
            a[i] = r.nextInt(oneIn) == 0;
        }
        return a;
    }

    private static Integer orNull(boolean isNull, long v) {
        return isNull ? null : (int) v;
    }

    private static <T> T orNull(boolean isNull, T v) {
        return isNull ? null : v;
    }

    @Test
    void hotspotFunctionsAgree() {
        for (ScoringParameters p : PARAMS) {
            int[] codes = new int[N];
            long[] out = new long[N];
            // §B3.17: consistent ids (grid in county in city), work and rest grids often shared
            int[] market = codes(7);
            long[][] work = new long[3][N], rest = new long[3][N];
            for (int i = 0; i < N; i++) {
                long[] w = place(), h = r.nextInt(3) == 0 ? w : place();
                for (int k = 0; k < 3; k++) {
                    work[k][i] = w[k];
                    rest[k][i] = h[k];
                }
                market[i] = r.nextInt(2) == 0 ? Domains.MKT_RURAL : market[i];
            }
            boolean[] workNull = nulls(10), restNull = nulls(10);
            HotspotFunctions.ruralSegmentBatch(market, work[0], rest[0], work[1], rest[1], work[2], rest[2], workNull,
                    restNull, codes, N);
            int[] seen = new int[4];
            for (int i = 0; i < N; i++) {
                boolean wn = workNull[i], rn = restNull[i];
                assertEquals(HotspotFunctions.ruralSegment(orNull(rn, Domains.MARKET_TYPES.get(market[i])),
                        orNull(wn, work[0][i]), orNull(rn, rest[0][i]), orNull(wn, work[1][i]), orNull(rn, rest[1][i]),
                        orNull(wn, work[2][i]), orNull(rn, rest[2][i])), name(Domains.RURAL_SEGMENTS, codes[i]));
                seen[codes[i] + 1]++;
            }
            assertAllSeen(seen);
            // §B3.18
            long[] days = longs(0, 31), share = longs(0, 10_000);
            int[] scope = codes(3);
            HotspotFunctions.migrantTypeBatch(p, days, scope, share, codes, N);
            seen = new int[3];
            for (int i = 0; i < N; i++) {
                assertEquals(HotspotFunctions.migrantType(p, (int) days[i], Domains.ROAM_SCOPES.get(scope[i]),
                        dec(share[i], 4)), name(Domains.MIGRANT_TYPES, codes[i]));
                seen[codes[i] + 1]++;
            }
            assertAllSeen(seen);
            // §B3.19: FAMILY_FLAG's output (NULL included) feeds FAMILY_PKG_TARGET
            long[] restDays = longs(0, 31), family = new long[N];
            HotspotFunctions.familyFlagBatch(p, market, restDays, restNull, family, N);
            seen = new int[3];
            for (int i = 0; i < N; i++) {
                Boolean expected = HotspotFunctions.familyFlag(p,
                        orNull(restNull[i], Domains.MARKET_TYPES.get(market[i])), (int) restDays[i]);
                assertEquals(expected, flag(family[i]));
                seen[(int) family[i] + 1]++;
            }
            assertAllSeen(seen);
            long[] group = longs(0, 1), vpmn = longs(0, 1), joined = longs(0, 120);
            int[] status = codes(3);
            for (int i = 0; i < N; i++) {
                group[i] = r.nextInt(5) == 0 ? 1 : 0;   // most rows pass the filters, so TRUE is common
                vpmn[i] = r.nextInt(5) == 0 ? 1 : 0;
                status[i] = r.nextInt(5) == 0 ? status[i] : Domains.STATUS_ACTIVE;
            }
            HotspotFunctions.familyPkgTargetBatch(group, vpmn, status, joined, family, out, N);
            seen = new int[3];
            for (int i = 0; i < N; i++) {
                assertEquals(HotspotFunctions.familyPkgTarget(group[i] == 1, vpmn[i] == 1,
                        Domains.STATUSES.get(status[i]), (int) joined[i], flag(family[i])), flag(out[i]));
                seen[(int) out[i] + 1]++;
            }
            assertAllSeen(seen);
            // §B3.20
            long[] tenure = longs(0, 3), sms = longs(0, 100), campus = longs(0, 10_000), peers = longs(0, 4),
                    near = longs(0, 1);
            HotspotFunctions.schoolTypeBatch(tenure, sms, campus, peers, near, codes, N);
            seen = new int[3];
            for (int i = 0; i < N; i++) {
                assertEquals(HotspotFunctions.schoolType((int) tenure[i], (int) sms[i], dec(campus[i], 4),
                        (int) peers[i], near[i] == 1), name(Domains.SCHOOL_TYPES, codes[i]));
                seen[codes[i] + 1]++;
            }
            assertAllSeen(seen);
            // §B3.21: market types, brands and ages drawn near the segments' so that all five occur
            int[] brand = codes(3), gender = codes(2), wm = codes(7);
            long[] age = longs(10, 50), arpu = longs(0, 40_000), mo = longs(0, 8), mt = longs(0, 3), news = longs(0, 1),
                    mou = longs(0, 200);
            HotspotFunctions.mmsSegmentBatch(p, wm, brand, age, gender, arpu, mo, mt, news, mou, workNull, out, N);
            seen = new int[6];
            for (int i = 0; i < N; i++) {
                Integer expected = HotspotFunctions.mmsSegment(p, orNull(workNull[i], Domains.MARKET_TYPES.get(wm[i])),
                        Domains.BRANDS.get(brand[i]), (int) age[i], Domains.GENDERS.get(gender[i]), dec(arpu[i], 2),
                        (int) mo[i], (int) mt[i], news[i] == 1, (int) mou[i]);
                assertEquals(expected == null ? -1L : (long) expected, out[i]);
                seen[out[i] == HotspotFunctions.NULL ? 0 : (int) out[i]]++;
            }
            assertAllSeen(seen);
        }
    }

    /** A grid of the default geography as {grid, county, city}: a few cities, counties and grids so that they repeat. */
    private long[] place() {
        long city = 101 + r.nextInt(3);
        long county = city * 100 + 1 + r.nextInt(3);
        long grid = county * 100 + 1 + r.nextInt(3);
        return new long[] {grid, county, city};
    }

    private static String name(List<String> domain, int code) {
        return code == HotspotFunctions.NULL ? null : domain.get(code);
    }

    private static Boolean flag(long v) {
        return v == HotspotFunctions.NULL ? null : v == 1;
    }

    private static void assertAllSeen(int[] seen) {
        for (int k = 0; k < seen.length; k++) {
            assertEquals(true, seen[k] > 0, "outcome #" + k + " (0 = NULL) never occurred");
        }
    }
}
