package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class HotspotFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    // ---- §B3.17 RURAL_SEGMENT

    private static String rural(String market, Integer workGrid, Integer restGrid, Integer workCounty,
                                Integer restCounty, Integer workCity, Integer restCity) {
        return HotspotFunctions.ruralSegment(market, workGrid, restGrid, workCounty, restCounty, workCity, restCity);
    }

    @Test
    void ruralSegmentWorkedExamplesOfB317() {
        assertEquals("LEFT_BEHIND", rural("RURAL", 1090412, 1090412, 10904, 10904, 109, 109));
        assertEquals("IN_COUNTY_WORKER", rural("RURAL", 1090415, 1090412, 10904, 10904, 109, 109));
        assertEquals("OUT_COUNTY_WORKER", rural("RURAL", 1090201, 1090412, 10902, 10904, 109, 109));
        assertNull(rural("URBAN", 1090412, 1090412, 10904, 10904, 109, 109));
    }

    @Test
    void ruralSegmentOutsideTheCityAndOtherMarkets() {
        // works in another city: none of the three
        assertNull(rural("RURAL", 1050101, 1090412, 10501, 10904, 105, 109));
        for (String market : Domains.MARKET_TYPES) {
            if (!market.equals("RURAL")) {
                assertNull(rural(market, 1090415, 1090412, 10904, 10904, 109, 109), market);
            }
        }
    }

    @Test
    void ruralSegmentErrorsAndNulls() {
        assertEquals("RURAL_SEGMENT: argument rest_market_type out of range: VILLAGE",
                err(() -> rural("VILLAGE", 1090412, 1090412, 10904, 10904, 109, 109)));
        assertEquals("RURAL_SEGMENT: argument rest_market_type out of range: rural",
                err(() -> rural("rural", 1090412, 1090412, 10904, 10904, 109, 109)));
        // inconsistent ids: one grid in two counties, one county in two cities
        assertEquals("RURAL_SEGMENT: argument work_county_id out of range: 10903",
                err(() -> rural("RURAL", 1090412, 1090412, 10903, 10904, 109, 109)));
        assertEquals("RURAL_SEGMENT: argument work_city_id out of range: 108",
                err(() -> rural("RURAL", 1090415, 1090412, 10904, 10904, 108, 109)));
        // the work grid is NULL when there were no work-hour calls (and its county and city with it)
        assertNull(rural("RURAL", null, 1090412, null, 10904, null, 109));
        assertNull(rural(null, 1090412, null, 10904, null, 109, null));
        assertNull(rural("RURAL", 1090412, 1090412, 10904, 10904, 109, null));
    }

    // ---- §B3.18 MIGRANT_TYPE

    private static String migrant(Integer days, String scope, String share) {
        return HotspotFunctions.migrantType(A, days, scope, share == null ? null : d(share));
    }

    @Test
    void migrantTypeWorkedExamplesOfB318() {
        assertEquals("INTER_PROV", migrant(20, "INTER", "0.4500"));
        assertEquals("INTRA_PROV", migrant(18, "INTRA", "0.3000"));
        assertNull(migrant(10, "INTER", "0.4500"));
    }

    @Test
    void migrantTypeCutsOnBothSides() {
        assertEquals("INTRA_PROV", migrant(15, "INTRA", "0.3000"));
        assertNull(migrant(14, "INTRA", "0.9000"));
        assertNull(migrant(15, "INTRA", "0.2999"));
        assertEquals("INTER_PROV", migrant(31, "INTER", "1.0000"));
        assertNull(migrant(20, "NONE", "0.4500"));
        assertNull(migrant(0, "NONE", "0.0000"));
        // the two cuts are parameters
        ScoringParameters p = A.with(Map.of("migrant.roam_days", "10", "migrant.rural_share", "0.5"));
        assertEquals("INTER_PROV", HotspotFunctions.migrantType(p, 10, "INTER", d("0.5000")));
        assertNull(HotspotFunctions.migrantType(p, 20, "INTER", d("0.4500")));
    }

    @Test
    void migrantTypeErrorsAndNulls() {
        assertEquals("MIGRANT_TYPE: argument roam_out_days out of range: -1", err(() -> migrant(-1, "INTER", "0.4500")));
        assertEquals("MIGRANT_TYPE: argument roam_scope out of range: ABROAD",
                err(() -> migrant(20, "ABROAD", "0.4500")));
        assertEquals("MIGRANT_TYPE: argument rural_contact_share out of range: 1.0001",
                err(() -> migrant(20, "INTER", "1.0001")));
        assertEquals("MIGRANT_TYPE: argument rural_contact_share out of range: -0.0100",
                err(() -> migrant(20, "INTER", "-0.01")));
        assertNull(migrant(null, "INTER", "0.4500"));
        assertNull(migrant(20, null, "0.4500"));
        assertNull(migrant(20, "INTER", null));
    }

    // ---- §B3.19 FAMILY_FLAG, FAMILY_PKG_TARGET

    @Test
    void familyWorkedExamplesOfB319() {
        assertEquals(true, HotspotFunctions.familyFlag(A, "RESIDENTIAL", 22));
        assertEquals(false, HotspotFunctions.familyFlag(A, "RESIDENTIAL", 9));
        assertEquals(true, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 45, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 75, true));
    }

    @Test
    void familyCutsOnBothSides() {
        assertEquals(true, HotspotFunctions.familyFlag(A, "RESIDENTIAL", 15));
        assertEquals(false, HotspotFunctions.familyFlag(A, "RESIDENTIAL", 14));
        assertEquals(false, HotspotFunctions.familyFlag(A, "URBAN", 30));
        assertEquals(false, HotspotFunctions.familyFlag(A, "RURAL", 30));
        assertEquals(true, HotspotFunctions.familyFlag(A.with(Map.of("family.rest_days", "10")), "RESIDENTIAL", 10));
        // joined < 60 days, each other condition in turn
        assertEquals(true, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 59, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 60, true));
        assertEquals(true, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 0, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(true, false, "ACTIVE", 45, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, true, "ACTIVE", 45, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, false, "SUSPENDED", 45, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, false, "CHURNED", 45, true));
        assertEquals(false, HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 45, false));
    }

    @Test
    void familyErrorsAndNulls() {
        assertEquals("FAMILY_FLAG: argument rest_market_type out of range: HOME",
                err(() -> HotspotFunctions.familyFlag(A, "HOME", 22)));
        assertEquals("FAMILY_FLAG: argument rest_days out of range: -1",
                err(() -> HotspotFunctions.familyFlag(A, "RESIDENTIAL", -1)));
        assertEquals("FAMILY_PKG_TARGET: argument status out of range: NORMAL",
                err(() -> HotspotFunctions.familyPkgTarget(false, false, "NORMAL", 45, true)));
        assertEquals("FAMILY_PKG_TARGET: argument days_since_join out of range: -3",
                err(() -> HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", -3, true)));
        assertNull(HotspotFunctions.familyFlag(A, null, 22));
        assertNull(HotspotFunctions.familyFlag(A, "RESIDENTIAL", null));
        assertNull(HotspotFunctions.familyPkgTarget(false, false, "ACTIVE", 45, null));
        assertNull(HotspotFunctions.familyPkgTarget(null, false, "ACTIVE", 45, true));
        assertNull(HotspotFunctions.familyPkgTarget(false, false, null, 45, true));
    }

    // ---- §B3.20 SCHOOL_TYPE

    private static String school(Integer tenure, Integer sms, String share, Integer peers, Boolean nearCampus) {
        return HotspotFunctions.schoolType(tenure, sms, share == null ? null : d(share), peers, nearCampus);
    }

    @Test
    void schoolTypeWorkedExamplesOfB320() {
        assertEquals("STUDENT", school(14, 86, "0.6200", 3, false));
        assertNull(school(14, 86, "0.6200", 1, false));
        assertEquals("NEW_STUDENT", school(0, 12, "0.1000", 0, false));
        assertNull(school(0, 5, "0.0000", 0, false));
    }

    @Test
    void schoolTypeCutsOnBothSides() {
        assertEquals("STUDENT", school(1, 50, "0.5000", 2, false));
        assertNull(school(1, 49, "0.5000", 2, false));
        assertNull(school(1, 50, "0.4999", 2, false));
        assertNull(school(1, 50, "0.5000", 1, false));
        // established users are never NEW_STUDENT, whatever the campus signs
        assertNull(school(1, 10, "0.9000", 0, true));
        assertEquals("NEW_STUDENT", school(0, 0, "0.0001", 0, false));
        assertEquals("NEW_STUDENT", school(0, 0, "0.0000", 0, true));
        assertEquals("NEW_STUDENT", school(0, 86, "0.6200", 3, false));
    }

    @Test
    void schoolTypeErrorsAndNulls() {
        assertEquals("SCHOOL_TYPE: argument tenure_months out of range: -1", err(() -> school(-1, 86, "0.62", 3, false)));
        assertEquals("SCHOOL_TYPE: argument sms_mo_cnt out of range: -1", err(() -> school(14, -1, "0.62", 3, false)));
        assertEquals("SCHOOL_TYPE: argument campus_call_share out of range: 1.5000",
                err(() -> school(14, 86, "1.5", 3, false)));
        assertEquals("SCHOOL_TYPE: argument campus_peers_10plus out of range: -2",
                err(() -> school(14, 86, "0.62", -2, false)));
        assertNull(school(null, 86, "0.6200", 3, false));
        assertNull(school(14, 86, null, 3, false));
        assertNull(school(14, 86, "0.6200", 3, null));
    }

    // ---- §B3.21 MMS_SEGMENT

    private static Integer mms(String market, String brand, Integer age, String gender, String arpu, Integer mo,
                               Integer mt3m, Boolean news, Integer mou) {
        return HotspotFunctions.mmsSegment(A, market, brand, age, gender, arpu == null ? null : d(arpu), mo, mt3m,
                news, mou);
    }

    @Test
    void mmsSegmentWorkedExamplesOfB321() {
        assertEquals(1, mms("CAMPUS", "MZONE", 20, "M", "38.00", 7, 0, false, 150));
        assertEquals(2, mms("CBD", "SZX", 29, "F", "66.00", 0, 2, false, 300));
        assertEquals(5, mms("CBD", "GOTONE", 33, "M", "180.00", 1, 0, true, 600));
        assertNull(mms("CBD", "GOTONE", 33, "M", "180.00", 1, 0, false, 600));
    }

    @Test
    void mmsSegmentOneByAgesInclusiveAndFiveMessages() {
        assertEquals(1, mms("CAMPUS", "MZONE", 17, "F", "10.00", 5, 0, false, 50));
        assertEquals(1, mms("CAMPUS", "MZONE", 25, "M", "10.00", 5, 0, false, 50));
        assertNull(mms("CAMPUS", "MZONE", 16, "M", "10.00", 5, 0, false, 50));
        assertNull(mms("CAMPUS", "MZONE", 26, "M", "10.00", 5, 0, false, 50));
        assertNull(mms("CAMPUS", "MZONE", 20, "M", "10.00", 4, 0, false, 50));
        assertNull(mms("CAMPUS", "SZX", 20, "M", "10.00", 9, 0, false, 50));
        assertNull(mms("SCHOOL", "MZONE", 20, "M", "10.00", 9, 0, false, 50));
    }

    @Test
    void mmsSegmentTwo() {
        assertEquals(2, mms("CBD", "GOTONE", 25, "F", "10.00", 0, 1, false, 50));
        assertEquals(2, mms("CBD", "SZX", 35, "F", "10.00", 0, 1, false, 50));
        assertNull(mms("CBD", "SZX", 24, "F", "10.00", 0, 1, false, 50));
        assertNull(mms("CBD", "SZX", 36, "F", "10.00", 0, 1, false, 50));
        assertNull(mms("CBD", "SZX", 30, "F", "10.00", 0, 0, false, 50));
        assertNull(mms("CBD", "MZONE", 30, "F", "10.00", 0, 1, false, 50));
        assertNull(mms("CBD", "SZX", 30, "M", "10.00", 0, 1, false, 50));
        // first match: a woman of 30 on GOTONE in a CBD who also reads the news is 2, not 5 (5 is men anyway)
        assertEquals(2, mms("CBD", "GOTONE", 30, "F", "10.00", 0, 1, true, 50));
    }

    @Test
    void mmsSegmentThreeByHighArpu() {
        assertEquals(3, mms("TRANSPORT", "GOTONE", 35, "M", "200.00", 0, 0, false, 50));
        assertEquals(3, mms("TRANSPORT", "GOTONE", 45, "M", "250.00", 0, 0, false, 50));
        assertNull(mms("TRANSPORT", "GOTONE", 40, "M", "199.99", 0, 0, false, 50));
        assertNull(mms("TRANSPORT", "GOTONE", 34, "M", "200.00", 0, 0, false, 50));
        assertNull(mms("TRANSPORT", "GOTONE", 46, "M", "200.00", 0, 0, false, 50));
        assertNull(mms("TRANSPORT", "GOTONE", 40, "F", "200.00", 0, 0, false, 50));
        assertNull(mms("TRANSPORT", "SZX", 40, "M", "200.00", 0, 0, false, 50));
        ScoringParameters p = A.with(Map.of("mms.high_arpu", "150"));
        assertEquals(3, HotspotFunctions.mmsSegment(p, "TRANSPORT", "GOTONE", 40, "M", d("150.00"), 0, 0, false, 50));
    }

    @Test
    void mmsSegmentFourByLowTraffic() {
        assertEquals(4, mms("SCHOOL", "MZONE", 13, "F", "10.00", 1, 0, false, 99));
        assertEquals(4, mms("SCHOOL", "MZONE", 18, "M", "10.00", 1, 0, false, 0));
        assertNull(mms("SCHOOL", "MZONE", 15, "M", "10.00", 1, 0, false, 100));
        assertNull(mms("SCHOOL", "MZONE", 15, "M", "10.00", 0, 0, false, 50));
        assertNull(mms("SCHOOL", "MZONE", 12, "M", "10.00", 1, 0, false, 50));
        assertNull(mms("SCHOOL", "MZONE", 19, "M", "10.00", 1, 0, false, 50));
        assertNull(mms("SCHOOL", "GOTONE", 15, "M", "10.00", 1, 0, false, 50));
        ScoringParameters p = A.with(Map.of("mms.low_traffic", "120"));
        assertEquals(4, HotspotFunctions.mmsSegment(p, "SCHOOL", "MZONE", 15, "M", d("10.00"), 1, 0, false, 100));
    }

    @Test
    void mmsSegmentFiveNewsReaders() {
        assertEquals(5, mms("CBD", "GOTONE", 25, "M", "10.00", 0, 0, true, 50));
        assertEquals(5, mms("CBD", "GOTONE", 40, "M", "10.00", 0, 0, true, 50));
        assertNull(mms("CBD", "GOTONE", 24, "M", "10.00", 0, 0, true, 50));
        assertNull(mms("CBD", "GOTONE", 41, "M", "10.00", 0, 0, true, 50));
        assertNull(mms("CBD", "SZX", 30, "M", "10.00", 0, 0, true, 50));
        assertNull(mms("URBAN", "GOTONE", 30, "M", "10.00", 0, 0, true, 50));
    }

    @Test
    void mmsSegmentErrorsAndNulls() {
        assertEquals("MMS_SEGMENT: argument work_market_type out of range: MALL",
                err(() -> mms("MALL", "GOTONE", 33, "M", "180.00", 1, 0, true, 600)));
        assertEquals("MMS_SEGMENT: argument brand out of range: EASYOWN",
                err(() -> mms("CBD", "EASYOWN", 33, "M", "180.00", 1, 0, true, 600)));
        assertEquals("MMS_SEGMENT: argument gender out of range: X",
                err(() -> mms("CBD", "GOTONE", 33, "X", "180.00", 1, 0, true, 600)));
        assertEquals("MMS_SEGMENT: argument age out of range: -1",
                err(() -> mms("CBD", "GOTONE", -1, "M", "180.00", 1, 0, true, 600)));
        assertEquals("MMS_SEGMENT: argument arpu out of range: -0.01",
                err(() -> mms("CBD", "GOTONE", 33, "M", "-0.01", 1, 0, true, 600)));
        assertEquals("MMS_SEGMENT: argument mms_mt_3m out of range: -1",
                err(() -> mms("CBD", "GOTONE", 33, "M", "180.00", 1, -1, true, 600)));
        assertEquals("MMS_SEGMENT: argument mou_total out of range: -5",
                err(() -> mms("CBD", "GOTONE", 33, "M", "180.00", 1, 0, true, -5)));
        assertNull(mms(null, "GOTONE", 33, "M", "180.00", 1, 0, true, 600));
        assertNull(mms("CBD", "GOTONE", 33, "M", null, 1, 0, true, 600));
        assertNull(mms("CBD", "GOTONE", 33, "M", "180.00", 1, 0, null, 600));
    }
}
