package io.subcube.functions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every [P] parameter of DOMAIN.md §B3 and §B5.4 in force for a dataset: the profile and its cut points (G5),
 * the weights, caps and points of the scores, the thresholds of the ESC ladder, NEED, the clusters, the hotspot
 * markets (§B3.18–B3.21) and VAS_WEAK (§B3.25), and the drill-down cuts of §B5.4.
 * Immutable; equal when all values are equal. Keys are lower-case and dotted ({@link #entries()} lists them
 * with their sections); the cores read the values from final fields, never from a map.
 */
public final class ScoringParameters {

    /** One parameter as {@code sys.parameters} shows it. */
    public record Entry(String key, String value, String section, String description) {
    }

    /**
     * One parameter's definition: DECIMAL with at most {@code maxScale} places (0 = integer) in
     * [{@code min}, {@code max}] ({@code min} exclusive when {@code minOpen}); {@code defaultA}/{@code defaultB}
     * per profile (equal except for the G5 cut points).
     */
    private record Def(String key, String section, String description, int maxScale, int showScale,
                       BigDecimal min, boolean minOpen, BigDecimal max, BigDecimal defaultA, BigDecimal defaultB) {

        String range() {
            return (minOpen ? "(" : "[") + min.toPlainString() + ", " + max.toPlainString() + "]"
                    + (maxScale == 0 ? ", an integer" : ", at most " + maxScale + " decimals");
        }

        String show(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            return (s.scale() < showScale ? s.setScale(showScale) : s).toPlainString();
        }
    }

    private static final String PROFILE = "profile";
    private static final List<Def> DEFS = new ArrayList<>();
    private static final Map<String, Integer> INDEX = new LinkedHashMap<>();

    // Indexes into DEFS (and into values[]), in the order entries() lists them.
    private static final int INFL_W_CIRCLE = def("influence.weight.circle", "B3.2", "weight of the calling circle", w("0.40"));
    private static final int INFL_W_MESSAGES = def("influence.weight.messages", "B3.2", "weight of SMS + MMS sent", w("0.30"));
    private static final int INFL_W_VAS = def("influence.weight.vas", "B3.2", "weight of active services", w("0.30"));
    private static final int INFL_CAP_CIRCLE = def("influence.cap.circle", "B3.2", "circle size that scores in full", cap("100"));
    private static final int INFL_CAP_MESSAGES = def("influence.cap.messages", "B3.2", "messages that score in full", cap("300"));
    private static final int INFL_CAP_VAS = def("influence.cap.vas", "B3.2", "active services that score in full", cap("5"));
    private static final int CVS_W_ARPU = def("cvs.weight.arpu", "B3.3", "weight of current ARPU", w("0.25"));
    private static final int CVS_W_RETURN_RATE = def("cvs.weight.return_rate", "B3.3", "weight of current return rate", w("0.15"));
    private static final int CVS_W_ARPU_AVG3 = def("cvs.weight.arpu_avg3", "B3.3", "weight of historical ARPU", w("0.15"));
    private static final int CVS_W_RETURN_RATE_AVG3 = def("cvs.weight.return_rate_avg3", "B3.3", "weight of historical return rate", w("0.10"));
    private static final int CVS_W_TENURE = def("cvs.weight.tenure", "B3.3", "weight of loyalty (tenure)", w("0.15"));
    private static final int CVS_W_INFLUENCE = def("cvs.weight.influence", "B3.3", "weight of influence (indirect value)", w("0.20"));
    private static final int CVS_CAP_ARPU = def("cvs.cap.arpu", "B3.3", "ARPU that scores in full", money("200.00"));
    private static final int CVS_CAP_ARPU_AVG3 = def("cvs.cap.arpu_avg3", "B3.3", "3-month average ARPU that scores in full", money("200.00"));
    private static final int CVS_CAP_TENURE = def("cvs.cap.tenure", "B3.3", "tenure months that score in full", cap("60"));
    private static final int VT_P1 = def("value_tier.p1", "B3.4", "percent of a partition ranked H", pct("10"));
    private static final int VT_P2 = def("value_tier.p2", "B3.4", "percent ranked H or MH", pct("30"));
    private static final int VT_P3 = def("value_tier.p3", "B3.4", "percent ranked H, MH or M", pct("90"));
    private static final int ST_BASE = def("stick.base", "B3.5", "base points", pts("45"));
    private static final int ST_TENURE = def("stick.tenure", "B3.5", "points for tenure", pts("20"));
    private static final int ST_TENURE_CAP = def("stick.tenure_cap", "B3.5", "tenure months that score in full", cap("36"));
    private static final int ST_BUNDLE_LONG = def("stick.bundle_long", "B3.5", "points for a bundle with > 3 months left", pts("12"));
    private static final int ST_BUNDLE_SHORT = def("stick.bundle_short", "B3.5", "points for a bundle with 1-3 months left", pts("6"));
    private static final int ST_VPMN = def("stick.vpmn", "B3.5", "points for VPMN / family network", pts("10"));
    private static final int ST_STICKY_EACH = def("stick.sticky_each", "B3.5", "points per sticky service", pts("3"));
    private static final int ST_STICKY_MAX = def("stick.sticky_max", "B3.5", "most points for sticky services", pts("6"));
    private static final int ST_CIRCLE = def("stick.circle", "B3.5", "points for the calling circle", pts("4"));
    private static final int ST_CIRCLE_CAP = def("stick.circle_cap", "B3.5", "circle size that scores in full", cap("50"));
    private static final int ST_ONNET = def("stick.onnet", "B3.5", "points times the on-net share", pts("3"));
    private static final int ST_HIGH_CUT = def("stick.high_cut", "B3.6", "HIGH if stick_score >= this (profile A 90, B 96)", cut("90.00", "96.00"));
    private static final int ST_MID_CUT = def("stick.mid_cut", "B3.6", "MID if stick_score >= this (profile A 70, B 85)", cut("70.00", "85.00"));
    private static final int CH_MOU = def("churn.mou", "B3.7", "points for the drop of minutes", pts("30"));
    private static final int CH_ARPU = def("churn.arpu", "B3.7", "points for the drop of ARPU", pts("20"));
    private static final int CH_CIRCLE = def("churn.circle", "B3.7", "points for the drop of the calling circle", pts("20"));
    private static final int CH_COMPETITOR = def("churn.competitor", "B3.7", "points for the competitor share", pts("20"));
    private static final int CH_COMPETITOR_CAP = def("churn.competitor_cap", "B3.7", "competitor share that scores in full", share("0.5", true));
    private static final int CH_EXPIRY_SOON = def("churn.expiry.soon", "B3.7", "points for a bundle with 1-3 months left", pts("10"));
    private static final int CH_EXPIRY_NONE = def("churn.expiry.none", "B3.7", "points for no bundle", pts("5"));
    private static final int CH_EXPIRY_LATER = def("churn.expiry.later", "B3.7", "points for a bundle with > 3 months left", pts("0"));
    private static final int CH_CUT = def("churn.cut", "B3.8", "churn_flag if churn_score >= this (profile A 32, B 16)", cut("32.00", "16.00"));
    private static final int ESC_MIN_STREAK = def("esc.min_streak", "B3.10", "TRIAL while vas_streak_months < this", count("3"));
    private static final int ESC_HEAVY_CNT = def("esc.heavy_cnt", "B3.10", "HEAVY if vas_active_cnt >= this", count("3"));
    private static final int NEED_VOICE_RATIO = def("need.voice_ratio", "B3.11", "TRAFFIC if mou_total < this * mou_avg3", share("0.80", true));
    private static final int CL_LOW_MINUTES = def("cluster.low_minutes", "B3.12", "LOW if mou_total < this", count("60"));
    private static final int CL_INTL = def("cluster.intl_share", "B3.12", "INTL if mou_intl >= this share of mou_total", share("0.10", false));
    private static final int CL_ROAM = def("cluster.roam_share", "B3.12", "ROAM if mou_roam >= this share", share("0.30", false));
    private static final int CL_VPMN = def("cluster.vpmn_share", "B3.12", "VPMN if mou_vpmn >= this share", share("0.40", false));
    private static final int CL_LD_IN = def("cluster.ld_in_share", "B3.12", "LD_IN if mou_ld_in >= this share (and > mou_ld_out)", share("0.30", false));
    private static final int CL_LD_OUT = def("cluster.ld_out_share", "B3.12", "LD_OUT if mou_ld_out >= this share", share("0.30", false));
    private static final int CL_ARPU_HIGH = def("cluster.arpu_high", "B3.12", "ARPU band HIGH if arpu >= this", money("100.00"));
    private static final int CL_ARPU_MID = def("cluster.arpu_mid", "B3.12", "ARPU band MID if arpu >= this", money("30.00"));
    private static final int MIG_ROAM_DAYS = def("migrant.roam_days", "B3.18", "migrant if roam_out_days >= this (and the rural share)", count("15"));
    private static final int MIG_RURAL_SHARE = def("migrant.rural_share", "B3.18", "migrant if rural_contact_share >= this (and the roaming days)", share("0.30", false));
    private static final int FAM_REST_DAYS = def("family.rest_days", "B3.19", "family_flag if rest_days >= this in a RESIDENTIAL grid", count("15"));
    private static final int MMS_HIGH_ARPU = def("mms.high_arpu", "B3.21", "high ARPU (segment 3) if arpu >= this", money("200.00"));
    private static final int MMS_LOW_TRAFFIC = def("mms.low_traffic", "B3.21", "low traffic (segment 4) if mou_total < this", count("100"));
    private static final int VAS_WEAK_RATIO = def("vas_weak.ratio", "B3.25", "weak point if score / full_marks < this", share("0.80", false));
    private static final int DRILL_CONTRIB = def("drill.contrib_share", "B5.4", "descend into a child whose contribution is at least this share of the gap", share("0.20", false));
    private static final int DRILL_SEVERITY = def("drill.severity", "B5.4", "descend into a DRIVERS child whose severity exceeds this", share("0.05", false));

    /** Profile A with every default. */
    public static final ScoringParameters DEFAULTS = new ScoringParameters("A", defaults("A"));
    private static final ScoringParameters PROFILE_B = new ScoringParameters("B", defaults("B"));

    // ---- values read by the cores (package-private, final)
    final double inflWCircle, inflWMessages, inflWVas, inflCapCircle, inflCapMessages, inflCapVas;
    final double cvsWArpu, cvsWReturnRate, cvsWArpuAvg3, cvsWReturnRateAvg3, cvsWTenure, cvsWInfluence;
    final double cvsCapArpu, cvsCapArpuAvg3, cvsCapTenure;
    final long valueP1, valueP2, valueP3;
    final double stickBase, stickTenure, stickTenureCap, stickBundleLong, stickBundleShort, stickVpmn;
    final double stickStickyEach, stickStickyMax, stickCircle, stickCircleCap, stickOnnet;
    /** Cut points in hundredths. */
    final long stickHighCut, stickMidCut, churnCut;
    final double churnMou, churnArpu, churnCircle, churnCompetitor, churnCompetitorCap;
    final double churnExpirySoon, churnExpiryNone, churnExpiryLater;
    final long escMinStreak, escHeavyCnt;
    /** Ten-thousandths. */
    final long needVoiceRatio, clusterIntl, clusterRoam, clusterVpmn, clusterLdIn, clusterLdOut;
    final long clusterLowMinutes;
    /** Cents. */
    final long clusterArpuHigh, clusterArpuMid;
    final long migrantRoamDays, familyRestDays, mmsLowTraffic;
    /** Ten-thousandths. */
    final long migrantRuralShare;
    /** Cents. */
    final long mmsHighArpu;
    final double vasWeakRatio;
    private final double drillContribShare, drillSeverity;

    private final String profile;
    private final BigDecimal[] values;

    private ScoringParameters(String profile, BigDecimal[] values) {
        this.profile = profile;
        this.values = values;
        inflWCircle = d(INFL_W_CIRCLE);
        inflWMessages = d(INFL_W_MESSAGES);
        inflWVas = d(INFL_W_VAS);
        inflCapCircle = d(INFL_CAP_CIRCLE);
        inflCapMessages = d(INFL_CAP_MESSAGES);
        inflCapVas = d(INFL_CAP_VAS);
        cvsWArpu = d(CVS_W_ARPU);
        cvsWReturnRate = d(CVS_W_RETURN_RATE);
        cvsWArpuAvg3 = d(CVS_W_ARPU_AVG3);
        cvsWReturnRateAvg3 = d(CVS_W_RETURN_RATE_AVG3);
        cvsWTenure = d(CVS_W_TENURE);
        cvsWInfluence = d(CVS_W_INFLUENCE);
        cvsCapArpu = d(CVS_CAP_ARPU);
        cvsCapArpuAvg3 = d(CVS_CAP_ARPU_AVG3);
        cvsCapTenure = d(CVS_CAP_TENURE);
        valueP1 = u(VT_P1, 0);
        valueP2 = u(VT_P2, 0);
        valueP3 = u(VT_P3, 0);
        stickBase = d(ST_BASE);
        stickTenure = d(ST_TENURE);
        stickTenureCap = d(ST_TENURE_CAP);
        stickBundleLong = d(ST_BUNDLE_LONG);
        stickBundleShort = d(ST_BUNDLE_SHORT);
        stickVpmn = d(ST_VPMN);
        stickStickyEach = d(ST_STICKY_EACH);
        stickStickyMax = d(ST_STICKY_MAX);
        stickCircle = d(ST_CIRCLE);
        stickCircleCap = d(ST_CIRCLE_CAP);
        stickOnnet = d(ST_ONNET);
        stickHighCut = u(ST_HIGH_CUT, 2);
        stickMidCut = u(ST_MID_CUT, 2);
        churnMou = d(CH_MOU);
        churnArpu = d(CH_ARPU);
        churnCircle = d(CH_CIRCLE);
        churnCompetitor = d(CH_COMPETITOR);
        churnCompetitorCap = d(CH_COMPETITOR_CAP);
        churnExpirySoon = d(CH_EXPIRY_SOON);
        churnExpiryNone = d(CH_EXPIRY_NONE);
        churnExpiryLater = d(CH_EXPIRY_LATER);
        churnCut = u(CH_CUT, 2);
        escMinStreak = u(ESC_MIN_STREAK, 0);
        escHeavyCnt = u(ESC_HEAVY_CNT, 0);
        needVoiceRatio = u(NEED_VOICE_RATIO, 4);
        clusterLowMinutes = u(CL_LOW_MINUTES, 0);
        clusterIntl = u(CL_INTL, 4);
        clusterRoam = u(CL_ROAM, 4);
        clusterVpmn = u(CL_VPMN, 4);
        clusterLdIn = u(CL_LD_IN, 4);
        clusterLdOut = u(CL_LD_OUT, 4);
        clusterArpuHigh = u(CL_ARPU_HIGH, 2);
        clusterArpuMid = u(CL_ARPU_MID, 2);
        migrantRoamDays = u(MIG_ROAM_DAYS, 0);
        migrantRuralShare = u(MIG_RURAL_SHARE, 4);
        familyRestDays = u(FAM_REST_DAYS, 0);
        mmsHighArpu = u(MMS_HIGH_ARPU, 2);
        mmsLowTraffic = u(MMS_LOW_TRAFFIC, 0);
        vasWeakRatio = d(VAS_WEAK_RATIO);
        drillContribShare = d(DRILL_CONTRIB);
        drillSeverity = d(DRILL_SEVERITY);
        validate();
    }

    /** Profile {@code "A"} or {@code "B"} (any case) with every other default; else IllegalArgumentException. */
    public static ScoringParameters forProfile(String profile) {
        String p = profile == null ? null : profile.toUpperCase(Locale.ROOT);
        if ("A".equals(p)) {
            return DEFAULTS;
        }
        if ("B".equals(p)) {
            return PROFILE_B;
        }
        throw new IllegalArgumentException("unknown scoring profile: " + profile + " (valid: A, B)");
    }

    /**
     * §B5.4 drill.contrib_share: the drill-down descends into a SUM or PRODUCT child whose contribution has the
     * gap's sign and |contribution| ≥ this share of |gap|.
     */
    public double drillContribShare() {
        return drillContribShare;
    }

    /** §B5.4 drill.severity: the drill-down descends into a DRIVERS child whose severity is above this. */
    public double drillSeverity() {
        return drillSeverity;
    }

    /** The G5 profile, {@code "A"} or {@code "B"}. */
    public String profile() {
        return profile;
    }

    /**
     * These parameters with {@code overrides} (key → value, keys as {@link #entries()} lists them) applied:
     * {@code profile} first (it sets the profile's cut points), then every other key. An unknown key, an
     * unparsable or out-of-range value, or a result that breaks a constraint between parameters is an
     * IllegalArgumentException naming the key(s) and value(s).
     */
    public ScoringParameters with(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        String newProfile = profile;
        BigDecimal[] v = values.clone();
        String p = overrides.get(PROFILE);
        if (p != null || overrides.containsKey(PROFILE)) {
            String up = p == null ? null : p.trim().toUpperCase(Locale.ROOT);
            if (!"A".equals(up) && !"B".equals(up)) {
                throw new IllegalArgumentException("scoring parameter profile: unknown value " + p
                        + " (valid: A, B)");
            }
            newProfile = up;
            for (int i = 0; i < DEFS.size(); i++) {
                Def d = DEFS.get(i);
                if (d.defaultA.compareTo(d.defaultB) != 0) {
                    v[i] = up.equals("A") ? d.defaultA : d.defaultB;
                }
            }
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (e.getKey().equals(PROFILE)) {
                continue;
            }
            Integer i = INDEX.get(e.getKey());
            if (i == null) {
                throw new IllegalArgumentException("unknown scoring parameter: " + e.getKey() + "=" + e.getValue()
                        + " (valid keys: " + String.join(", ", keys()) + ")");
            }
            v[i] = parse(DEFS.get(i), e.getValue());
        }
        ScoringParameters out = new ScoringParameters(newProfile, v);
        return out.equals(this) ? this : out;
    }

    /** Every parameter, {@code profile} first, with its current value. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(DEFS.size() + 1);
        out.add(new Entry(PROFILE, profile, "G5", "cut-point profile: A (001 s21) or B (001 s26)"));
        for (int i = 0; i < DEFS.size(); i++) {
            Def d = DEFS.get(i);
            out.add(new Entry(d.key, d.show(values[i]), d.section, d.description));
        }
        return List.copyOf(out);
    }

    /** All keys {@link #with} accepts, in {@link #entries()} order. */
    public static List<String> keys() {
        List<String> out = new ArrayList<>(DEFS.size() + 1);
        out.add(PROFILE);
        out.addAll(INDEX.keySet());
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScoringParameters other) || !profile.equals(other.profile)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].compareTo(other.values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = profile.hashCode();
        for (BigDecimal v : values) {
            h = 31 * h + v.stripTrailingZeros().hashCode();
        }
        return h;
    }

    /** The profile and the values that differ from its defaults: {@code ScoringParameters[profile=B, churn.cut=20]}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "ScoringParameters[", "]");
        j.add("profile=" + profile);
        for (int i = 0; i < DEFS.size(); i++) {
            Def d = DEFS.get(i);
            BigDecimal def = profile.equals("A") ? d.defaultA : d.defaultB;
            if (values[i].compareTo(def) != 0) {
                j.add(d.key + "=" + d.show(values[i]));
            }
        }
        return j.toString();
    }

    // ---- definitions

    private static int def(String key, String section, String description, Def shape) {
        DEFS.add(new Def(key, section, description, shape.maxScale, shape.showScale, shape.min, shape.minOpen,
                shape.max, shape.defaultA, shape.defaultB));
        INDEX.put(key, DEFS.size() - 1);
        return DEFS.size() - 1;
    }

    private static Def shape(int maxScale, int showScale, String min, boolean minOpen, String max, String a, String b) {
        return new Def(null, null, null, maxScale, showScale, new BigDecimal(min), minOpen, new BigDecimal(max),
                new BigDecimal(a), new BigDecimal(b));
    }

    /** A weight in [0, 1]. */
    private static Def w(String v) {
        return shape(4, 2, "0", false, "1", v, v);
    }

    /** A positive integer cap. */
    private static Def cap(String v) {
        return shape(0, 0, "1", false, "1000000", v, v);
    }

    /** A positive money cap or band. */
    private static Def money(String v) {
        return shape(2, 2, "0", false, "1000000.00", v, v);
    }

    /** A percentage 1–99. */
    private static Def pct(String v) {
        return shape(0, 0, "1", false, "99", v, v);
    }

    /** Points in [0, 100]. */
    private static Def pts(String v) {
        return shape(2, 0, "0", false, "100", v, v);
    }

    /** A cut point on a score, [0, 100], per profile. */
    private static Def cut(String a, String b) {
        return shape(2, 2, "0", false, "100", a, b);
    }

    /** A share in [0, 1] (or (0, 1]). */
    private static Def share(String v, boolean positive) {
        return shape(4, 2, "0", positive, "1", v, v);
    }

    /** A count ≥ 0. */
    private static Def count(String v) {
        return shape(0, 0, "0", false, "1000000", v, v);
    }

    private static BigDecimal[] defaults(String profile) {
        BigDecimal[] v = new BigDecimal[DEFS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = profile.equals("A") ? DEFS.get(i).defaultA : DEFS.get(i).defaultB;
        }
        return v;
    }

    private static BigDecimal parse(Def d, String text) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("scoring parameter " + d.key + ": not a number: " + text);
        }
        boolean scaleOk = v.stripTrailingZeros().scale() <= d.maxScale;
        boolean low = d.minOpen ? v.compareTo(d.min) <= 0 : v.compareTo(d.min) < 0;
        if (!scaleOk || low || v.compareTo(d.max) > 0) {
            throw new IllegalArgumentException("scoring parameter " + d.key + " out of range: " + text
                    + " (must be in " + d.range() + ")");
        }
        return v;
    }

    private double d(int i) {
        return values[i].doubleValue();
    }

    private long u(int i, int scale) {
        return values[i].setScale(scale).unscaledValue().longValueExact();
    }

    /** Constraints between parameters (each value's own range is checked when parsed). */
    private void validate() {
        if (!(valueP1 < valueP2 && valueP2 < valueP3)) {
            throw constraint("need 0 < p1 < p2 < p3 < 100", VT_P1, VT_P2, VT_P3);
        }
        if (stickMidCut > stickHighCut) {
            throw constraint("need stick.mid_cut <= stick.high_cut", ST_MID_CUT, ST_HIGH_CUT);
        }
        if (clusterArpuMid > clusterArpuHigh) {
            throw constraint("need cluster.arpu_mid <= cluster.arpu_high", CL_ARPU_MID, CL_ARPU_HIGH);
        }
        sumAtMost(BigDecimal.ONE, "INFLUENCE_SCORE weights must sum to at most 1", INFL_W_CIRCLE, INFL_W_MESSAGES,
                INFL_W_VAS);
        sumAtMost(BigDecimal.ONE, "CVS weights must sum to at most 1", CVS_W_ARPU, CVS_W_RETURN_RATE,
                CVS_W_ARPU_AVG3, CVS_W_RETURN_RATE_AVG3, CVS_W_TENURE, CVS_W_INFLUENCE);
        int expiry = values[CH_EXPIRY_SOON].compareTo(values[CH_EXPIRY_NONE]) >= 0 ? CH_EXPIRY_SOON : CH_EXPIRY_NONE;
        expiry = values[expiry].compareTo(values[CH_EXPIRY_LATER]) >= 0 ? expiry : CH_EXPIRY_LATER;
        sumAtMost(BigDecimal.valueOf(100), "CHURN_SCORE points (with the largest expiry points) must sum to at most 100",
                CH_MOU, CH_ARPU, CH_CIRCLE, CH_COMPETITOR, expiry);
    }

    private void sumAtMost(BigDecimal limit, String rule, int... indexes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i : indexes) {
            sum = sum.add(values[i]);
        }
        if (sum.compareTo(limit) > 0) {
            throw constraint(rule + " (sum " + sum.stripTrailingZeros().toPlainString() + ")", indexes);
        }
    }

    private IllegalArgumentException constraint(String rule, int... indexes) {
        StringJoiner j = new StringJoiner(", ", "scoring parameters ", ": " + rule);
        for (int i : indexes) {
            j.add(DEFS.get(i).key + "=" + DEFS.get(i).show(values[i]));
        }
        return new IllegalArgumentException(j.toString());
    }

    static {
        if (INDEX.size() != DEFS.size()) {
            throw new IllegalStateException("duplicate scoring parameter key");
        }
    }
}
