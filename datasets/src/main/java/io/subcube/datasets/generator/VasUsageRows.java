package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.SERVICES;
import static io.subcube.datasets.generator.Columns.stored;
import static io.subcube.datasets.generator.MonthCalendar.NEVER;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;

/** Writes a simulated month of a subscriber's services as its vas_usage rows (§B2.7), one per service it has. */
final class VasUsageRows {

    private static final TableDef T = SubcubeSchema.VAS_USAGE;
    private static final int MONTH = stored(T, "month_id");
    private static final int ID = stored(T, "subscriber_id");
    private static final int SERVICE = stored(T, "service_code");
    private static final int SUBSCRIBED = stored(T, "subscribed");
    private static final int USAGE = stored(T, "usage_cnt");
    private static final int REVENUE = stored(T, "revenue");
    private static final int FIRST = stored(T, "first_use_month");
    private static final int STREAK = stored(T, "streak_months");

    private final VasUsage vas;
    private final MonthCalendar calendar;

    VasUsageRows(VasUsage vas, MonthCalendar calendar) {
        this.vas = vas;
        this.calendar = calendar;
    }

    /** Writes the rows of month index {@code k}. */
    void write(TableBuffer b, long id, int k, int monthId) {
        VasUsage v = vas;
        for (int sv = 0; sv < SERVICES; sv++) {
            if (!v.hasRow(sv, k)) {
                continue;
            }
            int row = b.next();
            long[][] l = b.l;
            l[MONTH][row] = monthId;
            l[ID][row] = id;
            b.s[SERVICE][row] = Catalog.SERVICE_CODES[sv];
            l[SUBSCRIBED][row] = v.subscribed[sv] ? 1 : 0;
            l[USAGE][row] = v.usage[sv];
            l[REVENUE][row] = v.revenue[sv];
            boolean never = v.firstUse[sv] == NEVER;
            b.n[FIRST][row] = never;
            l[FIRST][row] = never ? 0 : calendar.monthId(v.firstUse[sv]);
            l[STREAK][row] = v.streak[sv];
        }
    }
}
