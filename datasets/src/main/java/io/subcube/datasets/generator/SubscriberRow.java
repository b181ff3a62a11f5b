package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Columns.stored;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;

/** Writes a simulated subscriber's subscriber row (§B2.2). */
final class SubscriberRow {

    private static final TableDef T = SubcubeSchema.SUBSCRIBER;
    private static final int ID = stored(T, "subscriber_id");
    private static final int MSISDN = stored(T, "msisdn");
    private static final int JOIN_DATE = stored(T, "join_date");
    private static final int GENDER = stored(T, "gender");
    private static final int BIRTH = stored(T, "birth_year");
    private static final int BRAND = stored(T, "brand");
    private static final int GROUP = stored(T, "cust_group");
    private static final int GROUP_MEMBER = stored(T, "group_member");
    private static final int CHANNEL = stored(T, "join_channel");
    private static final int NEAR_CAMPUS = stored(T, "join_near_campus");

    private final SubscriberProfile subscriber;
    private final MonthCalendar calendar;

    SubscriberRow(SubscriberProfile subscriber, MonthCalendar calendar) {
        this.subscriber = subscriber;
        this.calendar = calendar;
    }

    void write(TableBuffer b, long id) {
        SubscriberProfile who = subscriber;
        int row = b.next();
        long[][] l = b.l;
        String[][] s = b.s;
        l[ID][row] = id;
        s[MSISDN][row] = who.msisdn;
        l[JOIN_DATE][row] = who.joinEpochDay;
        s[GENDER][row] = who.male ? "M" : "F";
        // the age was drawn for the first month on the network within the window
        l[BIRTH][row] = calendar.year(Math.max(0, who.joinIdx)) - who.age;
        s[BRAND][row] = Catalog.BRANDS[who.brand];
        s[GROUP][row] = Catalog.GROUPS[who.group];
        l[GROUP_MEMBER][row] = who.groupMember ? 1 : 0;
        s[CHANNEL][row] = Catalog.CHANNEL_CODES[who.joinChannel];
        l[NEAR_CAMPUS][row] = who.nearCampus ? 1 : 0;
    }
}
