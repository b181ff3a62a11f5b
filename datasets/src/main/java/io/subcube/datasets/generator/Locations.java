package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.BUSINESS;
import static io.subcube.datasets.generator.Catalog.HOMEMAKER;
import static io.subcube.datasets.generator.Catalog.SENIOR;
import static io.subcube.datasets.generator.Catalog.STUDENT;
import static io.subcube.datasets.generator.Draws.clamp;
import static io.subcube.datasets.generator.Draws.uniform;
import static io.subcube.datasets.generator.Geography.CAMPUS;
import static io.subcube.datasets.generator.Geography.CBD;
import static io.subcube.datasets.generator.Geography.RESIDENTIAL;
import static io.subcube.datasets.generator.Geography.SCHOOL;
import static io.subcube.datasets.generator.Geography.TRANSPORT;
import static io.subcube.datasets.generator.Geography.URBAN;

import java.util.SplittableRandom;

/**
 * Where the subscriber is (§B2.3 location_month): its usual work grid and the rural and campus shares of its
 * contacts, drawn once; and each month's work and rest grids, rest and roaming days, roaming scope, contact
 * shares and campus peers. Grids are {@link Geography} indices.
 */
final class Locations {

    /** No calls in those hours: the grid column is NULL. */
    static final int NO_GRID = -1;

    private final Geography geo = Geography.INSTANCE;
    private final SubscriberProfile subscriber;
    private final CallingProfile calling;
    private int usualWorkGrid;
    private double ruralContact;
    private double campusCalls;
    private int campusPeers;

    int workGrid;
    int restGrid;
    int restDays;
    int roamDays;
    String roamScope;
    long ruralContactShare;
    long campusCallShare;
    int campusPeers10plus;

    Locations(SubscriberProfile subscriber, CallingProfile calling) {
        this.subscriber = subscriber;
        this.calling = calling;
    }

    /**
     * Draws the usual work grid (rural residents mostly in their township, county or city: the §B3.17 segments)
     * and the contact shares (campus students call mostly in campus cells: §B3.20).
     */
    void draw(SplittableRandom r) {
        SubscriberProfile who = subscriber;
        int homeGrid = who.homeGrid;
        int group = who.group;
        if (who.rural) {
            double u = r.nextDouble();
            if (u < 0.55) {
                usualWorkGrid = homeGrid;
            } else if (u < 0.85) {
                int county = geo.gridCounty[homeGrid];
                int n = geo.countyGrids[county];
                int g = geo.countyFirstGrid[county] + r.nextInt(n - 1);
                usualWorkGrid = g >= homeGrid ? g + 1 : g;
            } else {
                int county = geo.gridCounty[homeGrid];
                int first = geo.cityFirstGrid[who.city];
                int n = geo.cityGrids[who.city] - geo.countyGrids[county];
                int g = first + r.nextInt(n);
                usualWorkGrid = g >= geo.countyFirstGrid[county] ? g + geo.countyGrids[county] : g;
            }
        } else if (group == STUDENT) {
            usualWorkGrid = homeGrid;
        } else {
            double stay = group == HOMEMAKER || group == SENIOR ? 0.85 : 0.4;
            if (r.nextDouble() < stay) {
                usualWorkGrid = homeGrid;
            } else {
                double u = r.nextDouble();
                int type = u < 0.35 ? CBD : u < 0.80 ? URBAN : u < 0.85 ? TRANSPORT : RESIDENTIAL;
                usualWorkGrid = geo.drawGrid(who.city, type, r.nextDouble());
            }
        }
        ruralContact = who.rural ? uniform(r, 0.35, 0.80)
                : who.migrantWorker ? uniform(r, 0.32, 0.70) : uniform(r, 0.01, 0.20);
        if (who.campusStudent()) {
            if (r.nextDouble() < 0.80) {
                campusCalls = uniform(r, 0.52, 0.90);
                campusPeers = 2 + r.nextInt(11);
            } else {
                campusCalls = uniform(r, 0.10, 0.45);
                campusPeers = r.nextInt(2);
            }
        } else if (group == STUDENT) {
            campusCalls = uniform(r, 0.0, 0.30);
            campusPeers = r.nextInt(2);
        } else if (who.homeType == CAMPUS || who.homeType == SCHOOL) {
            campusCalls = uniform(r, 0.02, 0.30);
            campusPeers = r.nextInt(2);
        } else {
            campusCalls = 0;
            campusPeers = 0;
        }
    }

    /** Draws this month's locations; with few minutes ({@code mou}) there may be no calls to locate. */
    void month(SplittableRandom r, int mou) {
        SubscriberProfile who = subscriber;
        int work = who.rural || r.nextDouble() < 0.95 ? usualWorkGrid
                : geo.anyGridOfCity(who.city, r.nextInt(1 << 20));
        if (mou < 30 && r.nextDouble() < 0.5) {
            work = NO_GRID;
        }
        boolean away = who.migrantWorker && r.nextDouble() < 0.8;
        boolean roamer = calling.kind == CallingProfile.ROAM;
        int roam;
        if (away) {
            roam = 15 + r.nextInt(14);
        } else if (roamer) {
            roam = 3 + r.nextInt(18);
        } else if (who.group == BUSINESS && r.nextDouble() < 0.25) {
            roam = 1 + r.nextInt(8);
        } else if (r.nextDouble() < 0.08) {
            roam = 1 + r.nextInt(5);
        } else {
            roam = 0;
        }
        roamScope = roam == 0 ? "NONE"
                : (who.migrantWorker ? who.migrantInter : r.nextDouble() < (roamer ? 0.5 : 0.3)) ? "INTER" : "INTRA";
        int rest;
        int days;
        if (away || who.rural || r.nextDouble() < 0.86) {
            rest = who.homeGrid;
            days = away ? Math.max(1, 30 - roam - r.nextInt(4))
                    : r.nextDouble() < 0.9 ? 15 + r.nextInt(16) : 5 + r.nextInt(10);
        } else {
            rest = geo.drawGrid(who.city, r.nextDouble() < 0.6 ? RESIDENTIAL : URBAN, r.nextDouble());
            days = 5 + r.nextInt(16);
        }
        days = Math.min(days, 30 - roam); // days at the rest grid and days away share the month
        if (mou < 10 && r.nextDouble() < 0.5) {
            rest = NO_GRID;
            days = 0;
        }
        workGrid = work;
        restGrid = rest;
        restDays = days;
        roamDays = roam;
        ruralContactShare = Math.round(10000 * clamp(ruralContact + uniform(r, -0.05, 0.05), 0, 1));
        campusCallShare = campusCalls == 0 ? 0
                : Math.round(10000 * clamp(campusCalls + uniform(r, -0.04, 0.04), 0.0001, 1));
        int peers = campusPeers == 0 ? 0 : Math.max(0, campusPeers + r.nextInt(3) - 1);
        campusPeers10plus = campusPeers >= 2 ? Math.max(2, peers) : peers;
    }
}
