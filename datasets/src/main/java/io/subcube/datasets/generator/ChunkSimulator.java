package io.subcube.datasets.generator;

import java.util.SplittableRandom;

/**
 * Simulates the subscribers of one chunk over all months and writes their rows (DOMAIN.md §B2.1–B2.3, §B2.7,
 * §B2.15). One instance per worker thread, its parts reused from one subscriber to the next; not thread-safe.
 *
 * <p>Every subscriber draws everything from its own stream seeded by (seed, subscriber_id), in a fixed order:
 * the static draws of {@link #simulate}, then its months in order, then its number and join date. The order is
 * part of the output: moving a draw changes the data. Initial subscribers start three unwritten warm-up months
 * before the start month, so that the 3-month averages and pre-churn declines exist from the first written
 * month; a warm-up month draws exactly what a written one does.
 */
final class ChunkSimulator {

    private static final int WARM_UP = 3;

    private final Joiners joiners;
    private final int months;
    private final long seed;
    private final MonthCalendar calendar;

    private final SubscriberProfile subscriber;
    private final CallingProfile calling;
    private final MonthlyUsage usage;
    private final TrailingAverages averages = new TrailingAverages();
    private final ChurnProcess churn;
    private final VasUsage vas;
    private final Locations locations;

    private final SubscriberMonthRow subscriberMonthRow;
    private final LocationMonthRow locationMonthRow;
    private final VasUsageRows vasUsageRows;
    private final SubscriberRow subscriberRow;

    ChunkSimulator(GeneratorConfig config, Joiners joiners, Shocks shocks) {
        this.joiners = joiners;
        this.months = config.months();
        this.seed = config.seed();
        this.calendar = new MonthCalendar(config);
        subscriber = new SubscriberProfile(months, shocks);
        calling = new CallingProfile(subscriber);
        usage = new MonthlyUsage(subscriber, calling);
        churn = new ChurnProcess(subscriber);
        vas = new VasUsage(subscriber);
        locations = new Locations(subscriber, calling);
        subscriberMonthRow = new SubscriberMonthRow(subscriber, calling, churn, usage, averages, vas);
        locationMonthRow = new LocationMonthRow(locations);
        vasUsageRows = new VasUsageRows(vas, calendar);
        subscriberRow = new SubscriberRow(subscriber, calendar);
    }

    /** Simulates chunk {@code c}: its initial subscribers in id order, then its joiners month by month. */
    void run(int c, ChunkOutput out) {
        long first = joiners.firstInitialId(c);
        int size = joiners.chunkSize(c);
        for (int i = 0; i < size; i++) {
            simulate(first + i, -1, out);
        }
        for (int m = 1; m < months; m++) {
            long firstJoiner = joiners.firstId(c, m);
            int n = joiners.count(c, m);
            for (int r = 0; r < n; r++) {
                simulate(firstJoiner + r, m, out);
            }
        }
        out.seal();
    }

    /** One subscriber, joining in month index {@code joinMonth} (negative: one of the initial base). */
    private void simulate(long id, int joinMonth, ChunkOutput out) {
        SplittableRandom r = new SplittableRandom(Seeds.subscriber(seed, id));
        subscriber.drawDemographics(r, joinMonth);
        calling.draw(r);
        usage.drawLevels(r);
        churn.drawBundle(r);
        locations.draw(r);
        subscriber.drawJoinDetails(r);
        vas.drawAdoption(r, usage.intensity);
        int firstSimulated = Math.max(subscriber.joinIdx, -WARM_UP);
        vas.playHistory(r, firstSimulated);
        churn.reset();
        averages.reset();
        for (int k = firstSimulated; k < months; k++) {
            simulateMonth(r, id, k, k > firstSimulated, out);
            if (churn.churned) {
                break;
            }
        }
        subscriber.drawJoinDateAndNumber(r, calendar);
        subscriberRow.write(out.subscribers(), id);
    }

    /** Month index {@code k}; its rows are written when it is in the window (k ≥ 0). */
    private void simulateMonth(SplittableRandom r, long id, int k, boolean notFirst, ChunkOutput out) {
        int tenure = k - subscriber.joinIdx;
        churn.month(r, k, notFirst, tenure, usage.lastArpu);
        usage.drawMinutes(r, churn);
        calling.splitMonth(r, usage.mou);
        usage.drawContacts(r, churn);
        vas.month(r, k);
        usage.drawData(r, vas.usage[Catalog.MINTERNET] > 0);
        usage.drawRevenue(r, tenure, churn, vas.revenueTotal);
        averages.add(tenure, usage);
        locations.month(r, usage.mou);
        if (k >= 0) {
            int monthId = calendar.monthId(k);
            subscriberMonthRow.write(out.subscriberMonth(k), id, monthId, tenure);
            locationMonthRow.write(out.locationMonth(k), id, monthId);
            vasUsageRows.write(out.vasUsage(k), id, k, monthId);
        }
    }
}
