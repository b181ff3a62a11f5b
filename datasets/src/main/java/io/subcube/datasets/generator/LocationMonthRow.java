package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Columns.stored;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;

/** Writes a simulated month of a subscriber's whereabouts as its location_month row (§B2.3). */
final class LocationMonthRow {

    private static final TableDef T = SubcubeSchema.LOCATION_MONTH;
    private static final int MONTH = stored(T, "month_id");
    private static final int ID = stored(T, "subscriber_id");
    private static final int WORK = stored(T, "work_grid_id");
    private static final int REST = stored(T, "rest_grid_id");
    private static final int REST_DAYS = stored(T, "rest_days");
    private static final int ROAM_DAYS = stored(T, "roam_out_days");
    private static final int SCOPE = stored(T, "roam_scope");
    private static final int RURAL = stored(T, "rural_contact_share");
    private static final int CAMPUS = stored(T, "campus_call_share");
    private static final int PEERS = stored(T, "campus_peers_10plus");

    private final Geography geo = Geography.INSTANCE;
    private final Locations at;

    LocationMonthRow(Locations locations) {
        this.at = locations;
    }

    void write(TableBuffer b, long id, int monthId) {
        int row = b.next();
        long[][] l = b.l;
        l[MONTH][row] = monthId;
        l[ID][row] = id;
        grid(b, WORK, row, at.workGrid);
        grid(b, REST, row, at.restGrid);
        l[REST_DAYS][row] = at.restDays;
        l[ROAM_DAYS][row] = at.roamDays;
        b.s[SCOPE][row] = at.roamScope;
        l[RURAL][row] = at.ruralContactShare;
        l[CAMPUS][row] = at.campusCallShare;
        l[PEERS][row] = at.campusPeers10plus;
    }

    private void grid(TableBuffer b, int column, int row, int grid) {
        boolean none = grid == Locations.NO_GRID;
        b.n[column][row] = none;
        b.l[column][row] = none ? 0 : geo.gridId[grid];
    }
}
