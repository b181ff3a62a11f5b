package io.subcube.datasets.testing;

/**
 * Local copies of the hotspot-market rules of DOMAIN.md §B3.17–B3.20 that the generator's distribution test
 * needs, standing in until sql-functions implements them (the hotspot-markets issue); then the test calls those.
 * Arguments are the raw columns' unscaled values (shares in ten-thousandths).
 */
public final class StandInFormulas {

    private StandInFormulas() {
    }

    /**
     * §B3.17 RURAL_SEGMENT of a subscriber whose rest grid is RURAL, from grid ids (county = id / 100, city =
     * id / 10000): 0 = LEFT_BEHIND, 1 = IN_COUNTY_WORKER, 2 = OUT_COUNTY_WORKER, 3 = works outside the city (NULL).
     */
    public static int ruralSegment(long workGrid, long restGrid) {
        return workGrid == restGrid ? 0 : workGrid / 100 == restGrid / 100 ? 1
                : workGrid / 10000 == restGrid / 10000 ? 2 : 3;
    }

    /** §B3.18 MIGRANT_TYPE is not NULL. */
    public static boolean migrant(long roamOutDays, String roamScope, long ruralContactShare) {
        return roamOutDays >= 15 && ruralContactShare >= 3000 && !roamScope.equals("NONE");
    }

    /** §B3.19 FAMILY_FLAG. */
    public static boolean family(String restMarketType, long restDays) {
        return "RESIDENTIAL".equals(restMarketType) && restDays >= 15;
    }

    /** §B3.20 SCHOOL_TYPE is not NULL. */
    public static boolean school(long tenure, long sms, long campusCallShare, long campusPeers, boolean nearCampus) {
        return tenure >= 1 ? sms >= 50 && campusCallShare >= 5000 && campusPeers >= 2
                : campusCallShare > 0 || nearCampus;
    }
}
