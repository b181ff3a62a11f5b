package io.subcube.datasets.generator;

import static io.subcube.datasets.testing.RangeAssertions.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.testing.Fixtures;
import io.subcube.datasets.testing.MemorySink;
import io.subcube.datasets.testing.MemorySink.Part;
import io.subcube.functions.Domains;
import io.subcube.functions.HotspotFunctions;
import io.subcube.functions.MonthFunctions;
import io.subcube.functions.ScoringParameters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The raw columns of a moderate dataset (20,000 × 4) against the targets and rules of DOMAIN.md §B2. */
class DistributionTest {

    private static MemorySink data;
    private static List<Part> months;
    private static Map<Long, Integer> regionRow;
    private static Part region;
    private static Part subscriber;
    private static Map<Long, Integer> subscriberRow;
    private static long rows;

    @BeforeAll
    static void load() {
        data = Fixtures.moderate();
        months = data.parts("subscriber_month");
        region = data.part("region", 0);
        regionRow = new HashMap<>();
        for (int i = 0; i < region.size(); i++) {
            regionRow.put(region.longs("region_id")[i], i);
        }
        subscriber = data.part("subscriber", 0);
        subscriberRow = new HashMap<>();
        for (int i = 0; i < subscriber.size(); i++) {
            subscriberRow.put(subscriber.longs("subscriber_id")[i], i);
        }
        rows = months.stream().mapToLong(Part::size).sum();
    }

    private static String marketType(long gridId) {
        return region.strings("market_type")[regionRow.get(gridId)];
    }

    // ---- geography ------------------------------------------------------------------------------------

    @Test
    void regionHierarchy() {
        Map<String, Integer> levels = new TreeMap<>();
        String[] level = region.strings("region_level");
        for (int i = 0; i < region.size(); i++) {
            levels.merge(level[i], 1, Integer::sum);
        }
        assertEquals(Map.of("PROVINCE", 1, "CITY", 13, "COUNTY", 100, "GRID", 1000), levels);
        Map<Long, Integer> gridsPerCounty = new HashMap<>();
        Map<Long, Integer> countiesPerCity = new HashMap<>();
        Map<Long, Set<String>> typesPerCity = new HashMap<>();
        Map<String, Integer> types = new TreeMap<>();
        long[] id = region.longs("region_id");
        for (int i = 0; i < region.size(); i++) {
            long parent = region.longs("parent_id")[i];
            switch (level[i]) {
                case "PROVINCE" -> {
                    assertEquals(1, id[i]);
                    assertEquals("JS", region.strings("region_code")[i]);
                    assertTrue(region.isNull("parent_id", i));
                    assertTrue(region.isNull("city_id", i));
                }
                case "CITY" -> {
                    assertEquals(1, parent);
                    assertEquals(id[i], region.longs("city_id")[i]);
                    assertTrue(region.isNull("county_id", i));
                    assertTrue(region.isNull("market_type", i));
                }
                case "COUNTY" -> {
                    assertEquals(id[i] / 100, parent);
                    assertEquals(id[i], region.longs("county_id")[i]);
                    countiesPerCity.merge(parent, 1, Integer::sum);
                }
                default -> {
                    assertEquals(id[i] / 100, parent);
                    assertEquals(id[i] / 100, region.longs("county_id")[i]);
                    assertEquals(id[i] / 10000, region.longs("city_id")[i]);
                    assertEquals(1, region.longs("province_id")[i]);
                    gridsPerCounty.merge(parent, 1, Integer::sum);
                    String mt = region.strings("market_type")[i];
                    types.merge(mt, 1, Integer::sum);
                    typesPerCity.computeIfAbsent(id[i] / 10000, k -> new HashSet<>()).add(mt);
                    boolean rural = mt.equals("RURAL");
                    for (String c : List.of("population", "agri_population", "migrant_out_population", "households",
                            "per_capita_income", "pillar_industry", "phone_penetration")) {
                        assertEquals(!rural, region.isNull(c, i), c + " of grid " + id[i]);
                    }
                    assertFalse(region.isNull("own_channels", i));
                    assertFalse(region.isNull("competitor_channels", i));
                }
            }
        }
        int[] expectedCounties = {11, 10, 10, 7, 11, 8, 5, 6, 8, 6, 5, 7, 6};
        for (int c = 0; c < 13; c++) {
            assertEquals(expectedCounties[c], countiesPerCity.get(101L + c), "counties of city " + (101 + c));
        }
        assertEquals(15, gridsPerCounty.get(10904L));
        gridsPerCounty.values().forEach(n -> assertTrue(n >= 5 && n <= 15, "grids per county " + n));
        assertEquals(Map.of("URBAN", 280, "RESIDENTIAL", 200, "CBD", 80, "CAMPUS", 40, "SCHOOL", 60, "TRANSPORT", 20,
                "RURAL", 320), types);
        typesPerCity.values().forEach(s -> assertEquals(7, s.size()));
        int g = regionRow.get(1090415L);
        assertEquals("JS-YC-04-15", region.strings("region_code")[g]);
        assertEquals("Yancheng 04 Grid 15", region.strings("region_name")[g]);
        assertEquals("Yancheng County 04", region.strings("region_name")[regionRow.get(10904L)]);
    }

    @Test
    void fixedCatalogues() {
        assertEquals(13, data.part("plan", 0).size());
        assertEquals(10, data.part("service", 0).size());
        assertEquals(8, data.part("channel", 0).size());
        assertEquals(400, data.part("channel_fit", 0).size());
        assertEquals(9, data.part("policy_catalog", 0).size());
        assertEquals(5, data.part("alert_rule", 0).size());
        Part kpi = data.part("kpi_tree", 0);
        Set<String> codes = new HashSet<>(List.of(kpi.strings("kpi_code")).subList(0, kpi.size()));
        for (int i = 0; i < kpi.size(); i++) {
            String parent = kpi.strings("parent_code")[i];
            assertTrue(parent == null || codes.contains(parent), "parent " + parent);
        }
        assertTrue(codes.containsAll(List.of("REV_TOTAL", "NEW_SHARE_2P", "HV_CHURN_SHARE", "CRBT_REV",
                "CRBT_VOICE_LOWPKG", "REPEAT_JOIN_RATIO")));
        // STUDENT, HANDSET, DATA: cp 5, cc 4, pc 5 (the §B3.22 example)
        Part fit = data.part("channel_fit", 0);
        boolean found = false;
        for (int i = 0; i < fit.size(); i++) {
            if (fit.strings("cust_group")[i].equals("STUDENT") && fit.strings("channel_code")[i].equals("HANDSET")
                    && fit.strings("product_class")[i].equals("DATA")) {
                assertEquals(500, fit.longs("cp_score")[i]);
                assertEquals(400, fit.longs("cc_score")[i]);
                assertEquals(500, fit.longs("pc_score")[i]);
                found = true;
            }
        }
        assertTrue(found);
        Part rules = data.part("alert_rule", 0);
        assertEquals("NEW_SHARE_2P", rules.strings("kpi_code")[0]);
        assertEquals(7000, rules.longs("threshold")[0]);
        assertTrue(rules.strings("message_template")[0].startsWith("{period}{region}{kpi}為{actual},低於{threshold}"));
    }

    @Test
    void serviceMonthRows() {
        for (Part p : data.parts("service_month")) {
            assertEquals(14 * 10, p.size());
            long[] region = p.longs("region_id");
            long[] using = p.longs("using_users");
            long[] paying = p.longs("paying_users");
            long[] ytd = p.longs("revenue_ytd");
            long[] rev = p.longs("service_revenue");
            long provinceUsing = 0;
            long cityUsing = 0;
            for (int i = 0; i < p.size(); i++) {
                assertTrue(paying[i] <= using[i]);
                assertTrue(ytd[i] >= rev[i]);
                if (region[i] == 1) {
                    provinceUsing += using[i];
                } else {
                    assertTrue(region[i] >= 101 && region[i] <= 113);
                    cityUsing += using[i];
                }
            }
            assertEquals(provinceUsing, cityUsing);
        }
    }

    // ---- subscribers -------------------------------------------------------------------------------------

    @Test
    void subscriberShares() {
        int n = subscriber.size();
        Map<String, Integer> brands = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        int male = 0;
        for (int i = 0; i < n; i++) {
            brands.merge(subscriber.strings("brand")[i], 1, Integer::sum);
            groups.merge(subscriber.strings("cust_group")[i], 1, Integer::sum);
            if (subscriber.strings("gender")[i].equals("M")) {
                male++;
            }
            String msisdn = subscriber.strings("msisdn")[i];
            assertTrue(msisdn.matches("1[358]\\d\\*\\*\\*\\*\\d{4}"), msisdn);
        }
        assertWithin("GOTONE", brands.get("GOTONE") / (double) n, 0.185, 0.215);
        assertWithin("MZONE", brands.get("MZONE") / (double) n, 0.285, 0.315);
        assertWithin("SZX", brands.get("SZX") / (double) n, 0.485, 0.515);
        Map<String, Double> target = Map.of("STUDENT", 0.10, "BUSINESS", 0.06, "HOMEMAKER", 0.08, "FARMER", 0.18,
                "SENIOR", 0.07, "TRENDY", 0.10, "MIGRANT", 0.05, "CIVIL", 0.08, "SELF_EMP", 0.08, "GENERAL", 0.20);
        target.forEach((g, share) -> assertWithin(g, groups.get(g) / (double) n, share - 0.012, share + 0.012));
        assertWithin("male", male / (double) n, 0.50, 0.54);
    }

    @Test
    void joinerIdsAreContiguousAndInJoinOrder() {
        long n = Fixtures.MODERATE.subscribers();
        Set<Long> ids = new HashSet<>();
        long max = 0;
        for (int i = 0; i < subscriber.size(); i++) {
            long id = subscriber.longs("subscriber_id")[i];
            assertTrue(ids.add(id), "duplicate subscriber " + id);
            max = Math.max(max, id);
        }
        assertEquals(ids.size(), max, "ids are 1..total");
        // every initial subscriber is on the network in the first month; joiners join in id order
        Part first = months.get(0);
        Set<Long> firstIds = new HashSet<>();
        for (int r = 0; r < first.size(); r++) {
            firstIds.add(first.longs("subscriber_id")[r]);
        }
        assertEquals(n, firstIds.size());
        for (long id = 1; id <= n; id++) {
            assertTrue(firstIds.contains(id));
        }
        TreeMap<Long, Integer> joinMonth = new TreeMap<>();
        for (Part p : months) {
            long[] id = p.longs("subscriber_id");
            long[] tenure = p.longs("tenure_months");
            for (int r = 0; r < p.size(); r++) {
                if (id[r] > n) {
                    joinMonth.putIfAbsent(id[r], p.monthId);
                    if (joinMonth.get(id[r]) == p.monthId) {
                        assertEquals(0, tenure[r], "joiner " + id[r] + " in its join month");
                    }
                }
            }
        }
        assertEquals(max - n, joinMonth.size());
        int previous = 0;
        for (int m : joinMonth.values()) {
            assertTrue(m >= previous, "joiners in join order");
            previous = m;
        }
        assertTrue(joinMonth.firstKey() == n + 1 && joinMonth.firstEntry().getValue() == months.get(1).monthId);
    }

    @Test
    void monthlyHistoryIsConsistent() {
        Map<Long, long[]> last = new HashMap<>(); // id -> {month, tenure, churned, vasEver, vasStreak}
        for (Part p : months) {
            long[] id = p.longs("subscriber_id");
            long[] tenure = p.longs("tenure_months");
            String[] status = p.strings("status");
            long[] ever = p.longs("vas_months_ever");
            long[] streak = p.longs("vas_streak_months");
            long[] active = p.longs("vas_active_cnt");
            for (int r = 0; r < p.size(); r++) {
                long[] prev = last.get(id[r]);
                if (prev != null) {
                    assertEquals(0, prev[2], "row after CHURNED for " + id[r]);
                    assertEquals(MonthFunctions.monthAdd((int) prev[0], 1), p.monthId, "gap for " + id[r]);
                    assertEquals(prev[1] + 1, tenure[r], "tenure of " + id[r]);
                    assertEquals(prev[3] + (active[r] > 0 ? 1 : 0), ever[r], "vas_months_ever of " + id[r]);
                    assertEquals(active[r] > 0 ? prev[4] + 1 : 0, streak[r], "vas_streak_months of " + id[r]);
                } else if (p.monthId != months.get(0).monthId) {
                    assertEquals(0, tenure[r], "a subscriber appears first as a joiner");
                }
                assertTrue(streak[r] <= ever[r] && ever[r] <= tenure[r] + 1);
                assertTrue(tenure[r] >= 0 && tenure[r] <= 180);
                last.put(id[r], new long[] {p.monthId, tenure[r], status[r].equals("CHURNED") ? 1 : 0, ever[r],
                    streak[r]});
            }
        }
    }

    @Test
    void statusShares() {
        for (Part p : months) {
            int churned = 0;
            int suspended = 0;
            for (String s : p.strings("status")) {
                if (s == null) {
                    break;
                }
                churned += s.equals("CHURNED") ? 1 : 0;
                suspended += s.equals("SUSPENDED") ? 1 : 0;
            }
            assertWithin("CHURNED " + p.monthId, churned / (double) p.size(), 0.013, 0.025);
            assertWithin("SUSPENDED " + p.monthId, suspended / (double) p.size(), 0.005, 0.015);
            assertWithin("rows " + p.monthId, p.size() / 20_000.0, 0.97, 1.03);
        }
    }

    @Test
    void rowRulesAndShares() {
        long mms = 0;
        long data = 0;
        long vpmn = 0;
        long bundle = 0;
        Map<String, long[]> byBrand = new HashMap<>(); // rows, data, vpmn, bundle, sms, mms, gprs
        for (Part p : months) {
            for (int r = 0; r < p.size(); r++) {
                long arpu = p.longs("arpu")[r];
                assertEquals(arpu, p.longs("rev_voice")[r] + p.longs("rev_vas")[r]);
                assertTrue(arpu >= 0 && arpu <= 300000);
                long t = p.longs("mou_total")[r];
                long parts = p.longs("mou_ld_out")[r] + p.longs("mou_ld_in")[r] + p.longs("mou_roam")[r]
                        + p.longs("mou_vpmn")[r] + p.longs("mou_intl")[r];
                assertTrue(parts <= t, "local minutes < 0");
                boolean dc = p.longs("data_capable")[r] == 1;
                if (!dc) {
                    assertEquals(0, p.longs("gprs_kb")[r]);
                    assertEquals(0, p.longs("mms_mo_cnt")[r]);
                }
                if (p.longs("vpmn_flag")[r] == 0) {
                    assertEquals(0, p.longs("mou_vpmn")[r]);
                }
                long b = p.longs("bundle_months_left")[r];
                assertTrue(b >= 0 && b <= 24);
                assertTrue(p.longs("onnet_share")[r] <= 10000 && p.longs("competitor_share")[r] <= 10000);
                assertTrue(p.longs("return_rate_avg3")[r] >= 0 && p.longs("return_rate_avg3")[r] <= 10000);
                if (p.longs("tenure_months")[r] == 0) {
                    assertEquals(arpu, p.longs("arpu_avg3")[r]);
                    assertEquals(t, p.longs("mou_avg3")[r]);
                    assertEquals(p.longs("circle_size")[r], p.longs("circle_size_avg3")[r]);
                }
                long grid = p.longs("grid_id")[r];
                assertEquals(grid / 100, p.longs("county_id")[r]);
                assertEquals(grid / 10000, p.longs("city_id")[r]);
                assertEquals(1, p.longs("province_id")[r]);
                int s = subscriberRow.get(p.longs("subscriber_id")[r]);
                assertEquals(subscriber.strings("brand")[s], p.strings("brand")[r]);
                assertEquals(subscriber.strings("cust_group")[s], p.strings("cust_group")[r]);
                LocalDate join = LocalDate.ofEpochDay(subscriber.longs("join_date")[s]);
                assertEquals(p.longs("tenure_months")[r],
                        MonthFunctions.monthsBetween(join.getYear() * 100 + join.getMonthValue(), p.monthId));
                String group = p.strings("cust_group")[r];
                long age = p.monthId / 100 - subscriber.longs("birth_year")[s];
                if (group.equals("STUDENT")) {
                    assertTrue(age <= 25, "student aged " + age); // ≤ 24 in the year of the first month
                }
                if (group.equals("SENIOR")) {
                    assertTrue(age >= 60, "senior aged " + age);
                }
                String home = marketType(grid);
                if (group.equals("FARMER") || p.strings("plan_code")[r].equals("SZX_RURAL")) {
                    assertEquals("RURAL", home);
                }
                String plan = p.strings("plan_code")[r];
                String brand = p.strings("brand")[r];
                assertTrue(plan.startsWith(brand.equals("GOTONE") ? "GT" : brand.equals("MZONE") ? "MZ_" : "SZX_"));
                long[] c = byBrand.computeIfAbsent(brand, k -> new long[7]);
                c[0]++;
                c[1] += dc ? 1 : 0;
                c[2] += p.longs("vpmn_flag")[r];
                c[3] += b > 0 ? 1 : 0;
                c[4] += p.longs("sms_mo_cnt")[r];
                c[5] += p.longs("mms_mo_cnt")[r];
                c[6] += p.longs("gprs_kb")[r];
                mms += p.longs("mms_mo_cnt")[r] > 0 ? 1 : 0;
                data += dc ? 1 : 0;
                vpmn += p.longs("vpmn_flag")[r];
                bundle += b > 0 ? 1 : 0;
            }
        }
        assertWithin("mms_mo_cnt > 0", mms / (double) rows, 0.11, 0.15);
        assertWithin("data_capable", data / (double) rows, 0.52, 0.58);
        assertWithin("vpmn", vpmn / (double) rows, 0.14, 0.19);
        assertWithin("bundle holders", bundle / (double) rows, 0.24, 0.30);
        long[] gt = byBrand.get("GOTONE");
        long[] mz = byBrand.get("MZONE");
        long[] szx = byBrand.get("SZX");
        assertWithin("data GOTONE", gt[1] / (double) gt[0], 0.61, 0.69);
        assertWithin("data MZONE", mz[1] / (double) mz[0], 0.66, 0.74);
        assertWithin("data SZX", szx[1] / (double) szx[0], 0.38, 0.46);
        assertWithin("vpmn GOTONE", gt[2] / (double) gt[0], 0.36, 0.44);
        assertWithin("vpmn MZONE", mz[2] / (double) mz[0], 0.06, 0.10);
        assertWithin("vpmn SZX", szx[2] / (double) szx[0], 0.10, 0.14);
        for (int k = 4; k <= 6; k++) {
            double mzMean = mz[k] / (double) mz[0];
            assertTrue(mzMean > gt[k] / (double) gt[0] && mzMean > szx[k] / (double) szx[0], "MZONE highest " + k);
        }
    }

    @Test
    void medians() {
        Map<String, List<Long>> arpu = new HashMap<>();
        Map<String, List<Long>> mou = new HashMap<>();
        Part p = months.get(1);
        for (int r = 0; r < p.size(); r++) {
            arpu.computeIfAbsent(p.strings("brand")[r], k -> new java.util.ArrayList<>()).add(p.longs("arpu")[r]);
            mou.computeIfAbsent(p.strings("brand")[r], k -> new java.util.ArrayList<>()).add(p.longs("mou_total")[r]);
        }
        assertWithin("arpu median GOTONE", median(arpu.get("GOTONE")) / 100.0, 135, 165);
        assertWithin("arpu median MZONE", median(arpu.get("MZONE")) / 100.0, 40, 50);
        assertWithin("arpu median SZX", median(arpu.get("SZX")) / 100.0, 34, 42);
        assertWithin("mou median GOTONE", median(mou.get("GOTONE")), 380, 460);
        assertWithin("mou median MZONE", median(mou.get("MZONE")), 140, 180);
        assertWithin("mou median SZX", median(mou.get("SZX")), 195, 245);
    }

    private static double median(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return a[a.length / 2];
    }

    private static final ScoringParameters P = ScoringParameters.DEFAULTS;
    private static final int RURAL = Domains.code(Domains.MARKET_TYPES, "RURAL");

    /** The §B2.15 location targets, through the §B3.17–B3.20 functions the enrichment uses. */
    @Test
    void locationsAndHotspotSegments() {
        long restRural = 0;
        long restHome = 0;
        long family = 0;
        long migrant = 0;
        long school = 0;
        long[] segments = new long[3];
        for (Part sm : months) {
            Part lm = data.part("location_month", sm.monthId);
            assertEquals(sm.size(), lm.size());
            for (int r = 0; r < lm.size(); r++) {
                assertEquals(sm.longs("subscriber_id")[r], lm.longs("subscriber_id")[r]);
                assertEquals(sm.monthId, lm.longs("month_id")[r]);
                long days = lm.longs("roam_out_days")[r];
                String scope = lm.strings("roam_scope")[r];
                assertEquals(days == 0, scope.equals("NONE"));
                assertTrue(lm.longs("rest_days")[r] + days <= 31);
                if (!lm.isNull("rest_grid_id", r)) {
                    long rest = lm.longs("rest_grid_id")[r];
                    assertEquals(sm.longs("city_id")[r], rest / 10000);
                    restHome += rest == sm.longs("grid_id")[r] ? 1 : 0;
                    String type = marketType(rest);
                    if (type.equals("RURAL")) {
                        restRural++;
                        if (!lm.isNull("work_grid_id", r)) {
                            long work = lm.longs("work_grid_id")[r];
                            // region ids nest: county = grid / 100, city = county / 100 (§B2.4)
                            int segment = HotspotFunctions.ruralSegmentCode(RURAL, work, rest, work / 100,
                                    rest / 100, work / 10000, rest / 10000);
                            if (segment != HotspotFunctions.NULL) {
                                segments[segment]++;
                            }
                        }
                    }
                    if (HotspotFunctions.familyFlag(P, Domains.code(Domains.MARKET_TYPES, type),
                            lm.longs("rest_days")[r])) {
                        family++;
                    }
                }
                if (HotspotFunctions.migrantTypeCode(P, days, Domains.code(Domains.ROAM_SCOPES, scope),
                        lm.longs("rural_contact_share")[r]) != HotspotFunctions.NULL) {
                    migrant++;
                }
                int s = subscriberRow.get(sm.longs("subscriber_id")[r]);
                boolean isSchool = HotspotFunctions.schoolTypeCode(sm.longs("tenure_months")[r],
                        sm.longs("sms_mo_cnt")[r], lm.longs("campus_call_share")[r], lm.longs("campus_peers_10plus")[r],
                        subscriber.longs("join_near_campus")[s]) != HotspotFunctions.NULL;
                school += isSchool ? 1 : 0;
            }
        }
        assertWithin("rest grid = home", restHome / (double) rows, 0.87, 0.93);
        assertWithin("rest grid RURAL", restRural / (double) rows, 0.25, 0.35);
        assertWithin("family proxy", family / (double) rows, 0.15, 0.25);
        assertWithin("migrant proxy", migrant / (double) rows, 0.02, 0.05);
        assertWithin("school proxy", school / (double) rows, 0.04, 0.08);
        double seg = segments[0] + segments[1] + segments[2];
        assertWithin("LEFT_BEHIND", segments[0] / seg, 0.50, 0.60);
        assertWithin("IN_COUNTY", segments[1] / seg, 0.25, 0.35);
        assertWithin("OUT_COUNTY", segments[2] / seg, 0.11, 0.19);
    }

    @Test
    void vasUsageRules() {
        Part service = data.part("service", 0);
        Map<String, Boolean> sticky = new HashMap<>();
        Map<String, Boolean> requiresData = new HashMap<>();
        for (int i = 0; i < service.size(); i++) {
            sticky.put(service.strings("service_code")[i], service.longs("sticky")[i] == 1);
            requiresData.put(service.strings("service_code")[i], service.longs("requires_data")[i] == 1);
        }
        Map<String, long[]> previous = new HashMap<>(); // id|service -> {month, streak}
        Map<String, Long> subscribedUsers = new HashMap<>();
        Map<String, Long> activeUsers = new HashMap<>();
        for (Part sm : months) {
            Map<Long, Integer> rowOf = new HashMap<>();
            for (int r = 0; r < sm.size(); r++) {
                rowOf.put(sm.longs("subscriber_id")[r], r);
            }
            long[] active = new long[sm.size()];
            long[] stickyCnt = new long[sm.size()];
            long[] revenue = new long[sm.size()];
            Part vu = data.part("vas_usage", sm.monthId);
            Set<String> keys = new HashSet<>();
            Map<String, long[]> current = new HashMap<>();
            for (int i = 0; i < vu.size(); i++) {
                long id = vu.longs("subscriber_id")[i];
                String svc = vu.strings("service_code")[i];
                assertTrue(keys.add(id + "|" + svc), "duplicate key");
                Integer r = rowOf.get(id);
                assertNotNull(r, "vas_usage row without subscriber_month row");
                long use = vu.longs("usage_cnt")[i];
                long streak = vu.longs("streak_months")[i];
                boolean subscribed = vu.longs("subscribed")[i] == 1;
                boolean neverUsed = vu.isNull("first_use_month", i);
                assertTrue(subscribed || !neverUsed, "row neither subscribed nor ever used");
                if (svc.equals("MMS")) {
                    assertEquals(sm.longs("mms_mo_cnt")[r], use);
                }
                if (requiresData.get(svc)) {
                    assertEquals(1, sm.longs("data_capable")[r], svc + " needs data");
                }
                if (neverUsed) {
                    assertEquals(0, use);
                    assertEquals(0, streak);
                } else {
                    int first = (int) vu.longs("first_use_month")[i];
                    assertTrue(first <= sm.monthId, "first use after the month");
                    int join = MonthFunctions.monthAdd(sm.monthId, (int) -sm.longs("tenure_months")[r]);
                    assertTrue(first >= join, "first use before joining");
                    assertTrue(streak <= MonthFunctions.monthsBetween(first, sm.monthId) + 1);
                }
                assertEquals(use == 0, streak == 0);
                long[] prev = previous.get(id + "|" + svc);
                if (prev != null && prev[0] == MonthFunctions.monthAdd(sm.monthId, -1)) {
                    assertEquals(use > 0 ? prev[1] + 1 : 0, streak, "service streak continues");
                }
                current.put(id + "|" + svc, new long[] {sm.monthId, streak});
                if (use > 0) {
                    active[r]++;
                    stickyCnt[r] += sticky.get(svc) ? 1 : 0;
                    activeUsers.merge(svc, 1L, Long::sum);
                }
                if (subscribed) {
                    subscribedUsers.merge(svc, 1L, Long::sum);
                }
                revenue[r] += vu.longs("revenue")[i];
                assertTrue(sm.longs("vas_streak_months")[r] >= streak);
            }
            previous = current;
            for (int r = 0; r < sm.size(); r++) {
                assertEquals(sm.longs("vas_active_cnt")[r], active[r]);
                assertEquals(sm.longs("sticky_svc_cnt")[r], stickyCnt[r]);
                assertTrue(revenue[r] <= sm.longs("rev_vas")[r], "VAS revenue above rev_vas");
            }
        }
        assertWithin("CRBT subscribed", subscribedUsers.get("CRBT") / (double) rows, 0.31, 0.39);
        assertWithin("CRBT silent share", 1 - activeUsers.get("CRBT") / (double) subscribedUsers.get("CRBT"), 0.70, 0.80);
        assertWithin("MNEWS subscribed", subscribedUsers.get("MNEWS") / (double) rows, 0.17, 0.23);
        assertWithin("MINTERNET users", activeUsers.get("MINTERNET") / (double) rows, 0.14, 0.19);
        assertWithin("FETION users", activeUsers.get("FETION") / (double) rows, 0.08, 0.12);
        assertWithin("XXT users", activeUsers.get("XXT") / (double) rows, 0.03, 0.05);
    }
}
