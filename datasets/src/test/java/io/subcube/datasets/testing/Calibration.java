package io.subcube.datasets.testing;

import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.batch.Progress;
import io.subcube.functions.ValueFunctions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Calibration check: evaluates the §B3.2/B3.3/B3.4/B3.5/B3.7/B3.10/B3.12 formulas (profile A) and
 * the §B3.17–B3.20 segment rules over generated rows with {@link StandInFormulas}, and reports
 * the shares that DOMAIN.md §B2.15 targets. Not the real functions (a later issue derives the columns).
 */
public final class Calibration {

    public final Map<String, Double> figures = new LinkedHashMap<>();
    public final Set<String> clusterGroups = new HashSet<>();

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        MemorySink sink = new MemorySink();
        long t0 = System.nanoTime();
        DatasetGenerator.generate(GeneratorConfig.defaults().withSubscribers(n).withMonths(months), sink, Progress.NONE);
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Calibration c = new Calibration(sink);
        c.figures.forEach((k, v) -> System.out.printf("%-40s %12.4f%n", k, v));
        System.out.println("cluster groups: " + c.clusterGroups.size() + " " + new java.util.TreeSet<>(c.clusterGroups));
    }

    public Calibration(MemorySink sink) {
        MemorySink.Part region = sink.part("region", 0);
        Map<Long, String> marketType = new HashMap<>();
        long[] rid = region.longs("region_id");
        String[] mt = region.strings("market_type");
        for (int i = 0; i < region.size(); i++) {
            if (mt[i] != null) {
                marketType.put(rid[i], mt[i]);
            }
        }
        MemorySink.Part subs = sink.part("subscriber", 0);
        Map<Long, Integer> groupOf = new HashMap<>();
        Map<Long, Boolean> nearCampus = new HashMap<>();
        for (int i = 0; i < subs.size(); i++) {
            groupOf.put(subs.longs("subscriber_id")[i], i);
            nearCampus.put(subs.longs("subscriber_id")[i], subs.longs("join_near_campus")[i] == 1);
        }
        long rows = 0;
        long active = 0;
        long[] status = new long[3];
        Map<String, long[]> counts = new TreeMap<>();
        long stickHigh = 0;
        long stickMid = 0;
        long stickHighB = 0;
        long stickMidB = 0;
        long flagActiveB = 0;
        long flagActive = 0;
        long handset = 0;
        Map<String, Long> cls = new TreeMap<>();
        double[] tierTenureSum = new double[4];
        long[] tierCount = new long[4];
        long[] tierFlag = new long[4];
        long[] tierActive = new long[4];
        long mmsPos = 0;
        long dataCap = 0;
        long vpmn = 0;
        long bundle = 0;
        long restRural = 0;
        long family = 0;
        long school = 0;
        long migrant = 0;
        long[] ruralSeg = new long[4];
        long flaggedNextChurn = 0;
        long flaggedWithNext = 0;
        long unflaggedNextChurn = 0;
        long unflaggedWithNext = 0;
        Map<Long, Boolean> prevFlag = new HashMap<>();
        Map<String, long[]> vasUsers = new TreeMap<>();
        long vasRows = 0;
        for (MemorySink.Part sm : sink.parts("subscriber_month")) {
            int size = sm.size();
            long[] id = sm.longs("subscriber_id");
            long[] city = sm.longs("city_id");
            String[] brand = sm.strings("brand");
            String[] st = sm.strings("status");
            long[] tenure = sm.longs("tenure_months");
            long[] arpu = sm.longs("arpu");
            long[] cost = sm.longs("marketing_cost");
            long[] arpuAvg3 = sm.longs("arpu_avg3");
            long[] rrAvg3 = sm.longs("return_rate_avg3");
            long[] mou = sm.longs("mou_total");
            long[] mouAvg3 = sm.longs("mou_avg3");
            long[] sms = sm.longs("sms_mo_cnt");
            long[] mms = sm.longs("mms_mo_cnt");
            long[] circle = sm.longs("circle_size");
            long[] circleAvg3 = sm.longs("circle_size_avg3");
            long[] vas = sm.longs("vas_active_cnt");
            long[] sticky = sm.longs("sticky_svc_cnt");
            long[] bundleLeft = sm.longs("bundle_months_left");
            long[] vp = sm.longs("vpmn_flag");
            long[] onnet = sm.longs("onnet_share");
            long[] comp = sm.longs("competitor_share");
            long[] data = sm.longs("data_capable");
            long[] ldOut = sm.longs("mou_ld_out");
            long[] ldIn = sm.longs("mou_ld_in");
            long[] roam = sm.longs("mou_roam");
            long[] vpm = sm.longs("mou_vpmn");
            long[] intl = sm.longs("mou_intl");
            long[] cvs = new long[size];
            boolean[] flag = new boolean[size];
            Map<Long, Boolean> flagNow = new HashMap<>();
            for (int r = 0; r < size; r++) {
                rows++;
                long rr = ValueFunctions.returnRateHundredths(arpu[r], cost[r]);
                long infl = StandInFormulas.influenceScore(circle[r], sms[r], mms[r], vas[r]);
                cvs[r] = StandInFormulas.valueScore(arpu[r], rr, arpuAvg3[r], rrAvg3[r], tenure[r], infl);
                long stickH = StandInFormulas.stickScore(tenure[r], bundleLeft[r], vp[r] == 1, sticky[r], circle[r],
                        onnet[r]);
                if (stickH >= 9000) {
                    stickHigh++;
                } else if (stickH >= 7000) {
                    stickMid++;
                }
                if (stickH >= 9600) {
                    stickHighB++;
                } else if (stickH >= 8500) {
                    stickMidB++;
                }
                long churn = StandInFormulas.churnScore(mou[r], mouAvg3[r], arpu[r], arpuAvg3[r], circle[r],
                        circleAvg3[r], comp[r], bundleLeft[r]);
                flag[r] = churn >= 3200;
                boolean flagB = churn >= 1600;
                flagNow.put(id[r], flag[r]);
                int s = st[r].equals("ACTIVE") ? 0 : st[r].equals("SUSPENDED") ? 1 : 2;
                status[s]++;
                if (s == 0) {
                    active++;
                    if (flag[r]) {
                        flagActive++;
                    }
                    if (flagB) {
                        flagActiveB++;
                    }
                }
                Boolean pf = prevFlag.get(id[r]);
                if (pf != null) {
                    if (pf) {
                        flaggedWithNext++;
                        if (s == 2) {
                            flaggedNextChurn++;
                        }
                    } else {
                        unflaggedWithNext++;
                        if (s == 2) {
                            unflaggedNextChurn++;
                        }
                    }
                }
                if (data[r] == 0) {
                    handset++;
                } else {
                    dataCap++;
                }
                if (mms[r] > 0) {
                    mmsPos++;
                }
                if (vp[r] == 1) {
                    vpmn++;
                }
                if (bundleLeft[r] > 0) {
                    bundle++;
                }
                String c = StandInFormulas.clusterClass(mou[r], ldOut[r], ldIn[r], roam[r], vpm[r], intl[r]);
                cls.merge(c, 1L, Long::sum);
                clusterGroups.add(StandInFormulas.clusterGroup(c, arpu[r]));
                counts.computeIfAbsent("brand." + brand[r], k -> new long[1])[0]++;
                counts.computeIfAbsent("group." + sm.strings("cust_group")[r], k -> new long[1])[0]++;
                counts.computeIfAbsent("plan." + sm.strings("plan_code")[r], k -> new long[1])[0]++;
            }
            // value tiers per city
            Map<Long, long[]> byCity = new HashMap<>();
            for (int r = 0; r < size; r++) {
                byCity.computeIfAbsent(city[r], k -> new long[0]);
            }
            for (long c : byCity.keySet()) {
                int cnt = 0;
                for (int r = 0; r < size; r++) {
                    if (city[r] == c) {
                        cnt++;
                    }
                }
                long[] scores = new long[cnt];
                int i = 0;
                for (int r = 0; r < size; r++) {
                    if (city[r] == c) {
                        scores[i++] = cvs[r];
                    }
                }
                Arrays.sort(scores);
                for (int r = 0; r < size; r++) {
                    if (city[r] != c) {
                        continue;
                    }
                    // rank_above = number of strictly higher scores
                    int pos = upperBound(scores, cvs[r]);
                    long above = cnt - pos;
                    int tier = StandInFormulas.valueTier(above, cnt);
                    tierTenureSum[tier] += tenure[r];
                    tierCount[tier]++;
                    if (st[r].equals("ACTIVE")) {
                        tierActive[tier]++;
                        if (flag[r]) {
                            tierFlag[tier]++;
                        }
                    }
                }
            }
            // arpu / mou medians by brand
            for (String b : new String[] {"GOTONE", "MZONE", "SZX"}) {
                long[] a = new long[size];
                long[] m = new long[size];
                int k = 0;
                for (int r = 0; r < size; r++) {
                    if (brand[r].equals(b)) {
                        a[k] = arpu[r];
                        m[k] = mou[r];
                        k++;
                    }
                }
                a = Arrays.copyOf(a, k);
                m = Arrays.copyOf(m, k);
                Arrays.sort(a);
                Arrays.sort(m);
                figures.merge("median.arpu." + b, a[k / 2] / 100.0 / sink.parts("subscriber_month").size(), Double::sum);
                figures.merge("median.mou." + b, (double) m[k / 2] / sink.parts("subscriber_month").size(), Double::sum);
            }
            prevFlag = flagNow;
            // locations
            MemorySink.Part lm = sink.part("location_month", sm.monthId);
            long[] rest = lm.longs("rest_grid_id");
            long[] work = lm.longs("work_grid_id");
            long[] restDays = lm.longs("rest_days");
            long[] roamDays = lm.longs("roam_out_days");
            String[] scope = lm.strings("roam_scope");
            long[] ruralShare = lm.longs("rural_contact_share");
            long[] campus = lm.longs("campus_call_share");
            long[] peers = lm.longs("campus_peers_10plus");
            long[] lid = lm.longs("subscriber_id");
            for (int r = 0; r < lm.size(); r++) {
                String restType = lm.isNull("rest_grid_id", r) ? null : marketType.get(rest[r]);
                if ("RURAL".equals(restType)) {
                    restRural++;
                    if (!lm.isNull("work_grid_id", r)) {
                        ruralSeg[StandInFormulas.ruralSegment(work[r], rest[r])]++;
                    }
                }
                if (StandInFormulas.family(restType, restDays[r])) {
                    family++;
                }
                if (StandInFormulas.migrant(roamDays[r], scope[r], ruralShare[r])) {
                    migrant++;
                }
                long t = tenure[r];
                if (lid[r] != id[r]) {
                    throw new IllegalStateException("location row order differs");
                }
                if (StandInFormulas.school(t, sms[r], campus[r], peers[r], nearCampus.get(lid[r]))) {
                    school++;
                }
            }
            MemorySink.Part vu = sink.part("vas_usage", sm.monthId);
            vasRows += vu.size();
            String[] svc = vu.strings("service_code");
            long[] use = vu.longs("usage_cnt");
            long[] sub = vu.longs("subscribed");
            for (int r = 0; r < vu.size(); r++) {
                long[] v = vasUsers.computeIfAbsent(svc[r], k -> new long[3]);
                v[0]++;
                if (use[r] > 0) {
                    v[1]++;
                }
                if (sub[r] == 1) {
                    v[2]++;
                }
            }
        }
        figures.put("rows.subscriber_month", (double) rows);
        figures.put("rows.vas_usage", (double) vasRows);
        figures.put("rows.subscriber", (double) subs.size());
        figures.put("status.ACTIVE", status[0] / (double) rows);
        figures.put("status.SUSPENDED", status[1] / (double) rows);
        figures.put("status.CHURNED", status[2] / (double) rows);
        final double total = rows;
        counts.forEach((k, v) -> figures.put(k, v[0] / total));
        figures.put("mms_mo_cnt>0", mmsPos / (double) rows);
        figures.put("data_capable", dataCap / (double) rows);
        figures.put("vpmn", vpmn / (double) rows);
        figures.put("bundle>0", bundle / (double) rows);
        figures.put("stick.HIGH", stickHigh / (double) rows);
        figures.put("stick.MID", stickMid / (double) rows);
        figures.put("churn_flag|ACTIVE", flagActive / (double) active);
        figures.put("profileB.stick.HIGH", stickHighB / (double) rows);
        figures.put("profileB.stick.MID", stickMidB / (double) rows);
        figures.put("profileB.churn_flag|ACTIVE", flagActiveB / (double) active);
        figures.put("P(churn next|flag)", flaggedNextChurn / (double) flaggedWithNext);
        figures.put("P(churn next|no flag)", unflaggedNextChurn / (double) unflaggedWithNext);
        figures.put("esc.HANDSET", handset / (double) rows);
        cls.forEach((k, v) -> figures.put("cluster." + k, v / total));
        String[] tiers = {"H", "MH", "M", "L"};
        for (int t = 0; t < 4; t++) {
            figures.put("tier." + tiers[t] + ".share", tierCount[t] / (double) rows);
            figures.put("tier." + tiers[t] + ".meanTenure", tierTenureSum[t] / tierCount[t]);
            figures.put("tier." + tiers[t] + ".flagRate", tierFlag[t] / (double) tierActive[t]);
        }
        figures.put("restGrid.RURAL", restRural / (double) rows);
        figures.put("family_flag", family / (double) rows);
        figures.put("school_type", school / (double) rows);
        figures.put("migrant_type", migrant / (double) rows);
        long segTotal = ruralSeg[0] + ruralSeg[1] + ruralSeg[2] + ruralSeg[3];
        figures.put("rural.LEFT_BEHIND", ruralSeg[0] / (double) segTotal);
        figures.put("rural.IN_COUNTY", ruralSeg[1] / (double) segTotal);
        figures.put("rural.OUT_COUNTY", ruralSeg[2] / (double) segTotal);
        vasUsers.forEach((k, v) -> {
            figures.put("vas." + k + ".rows", v[0] / total);
            figures.put("vas." + k + ".users", v[1] / total);
            figures.put("vas." + k + ".subscribed", v[2] / total);
        });
    }

    private static int upperBound(long[] sorted, long v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
