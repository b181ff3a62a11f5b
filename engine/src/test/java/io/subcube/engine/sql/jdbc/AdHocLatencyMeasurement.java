package io.subcube.engine.sql.jdbc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;

/**
 * Not a test: measures the median latency of the §B4 Q1 matrix cell (COUNT(*) with five predicates) sent
 * ad hoc with new literals each time, with and without the plan cache, against the same statement
 * prepared once, and where an uncached statement's time goes. Asserts nothing (DESIGN.md: tests check
 * results, benchmarks report), and its name keeps it out of the test suite. Run with
 * {@code ./mvnw -B -o -q -pl engine -am test -Dtest=AdHocLatencyMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dsubcube.measure.url=jdbc:subcube:} for the full
 * default dataset); it prints to engine/target/surefire-reports/*AdHocLatencyMeasurement-output.txt.
 */
class AdHocLatencyMeasurement {

    private static final String URL = System.getProperty("subcube.measure.url", "jdbc:subcube:;subscribers=10000;months=3");
    private static final String Q1 = "SELECT COUNT(*) AS subs FROM subscriber_month WHERE month_id = ? AND city_id = ?"
            + " AND value_tier = ? AND stick_tier = ? AND churn_flag = ?";
    private static final int[] CITIES = {105, 109, 101, 103, 106, 112, 104, 107, 102, 108, 110, 111, 113};
    private static final String[] TIERS = {"H", "MH", "M", "L"};
    private static final String[] STICKS = {"NONE", "MID", "HIGH"};
    private static final String[] PHASES = {"to parse tree", "validate + to rel", "optimize", "generate Java",
        "compile (Janino) + run"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Integer> months = new ArrayList<>();

    private Object[] values(int k) {
        return new Object[] {months.get(k % months.size()), CITIES[k % CITIES.length], TIERS[k % TIERS.length],
            STICKS[k % STICKS.length], k % 2 == 0};
    }

    private String adHocSql(int k) {
        Object[] v = values(k);
        String sql = Q1;
        for (Object value : v) {
            sql = sql.replaceFirst("\\?", value instanceof String s ? "'" + s + "'" : String.valueOf(value).toUpperCase());
        }
        return sql;
    }

    private static long count(ResultSet rs) throws SQLException {
        try (rs) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    @Test
    void q1AdHocWithAndWithoutThePlanCache() throws SQLException {
        try (Connection cached = DriverManager.getConnection(URL);
             Connection uncached = DriverManager.getConnection(URL + ";planCache=false");
             Statement s = cached.createStatement();
             ResultSet rs = s.executeQuery("SELECT month_id FROM sys.partitions WHERE table_name = 'subscriber_month'")) {
            while (rs.next()) {
                months.add(rs.getInt(1));
            }
            System.out.println("data: " + URL + "; medians, wall clock (CPU time of the calling thread)");
            for (int round = 1; round <= 3; round++) {
                long[][] interleaved = preparedAndCached(cached, 1000);
                long[][] plain = new long[2][100];
                for (int k = 0; k < plain[0].length; k++) {
                    long[] run = adHoc(uncached, k);
                    plain[0][k] = run[0];
                    plain[1][k] = run[1];
                }
                System.out.printf("round %d: prepared %.3f (%.3f) ms, ad hoc cached %.3f (%.3f) ms,"
                        + " ad hoc uncached %.2f (%.2f) ms%n", round, medianMs(interleaved[0]), medianMs(interleaved[1]),
                        medianMs(interleaved[2]), medianMs(interleaved[3]), medianMs(plain[0]), medianMs(plain[1]));
            }
            long[][] phases = uncachedPhases(uncached, 100);
            for (int p = 0; p < PHASES.length; p++) {
                System.out.printf("  uncached, %s: %.2f ms%n", PHASES[p], medianMs(phases[p]));
            }
            PlanCache cache = PlanCaches.of(cached);
            System.out.printf("plan cache: %d hits, %d shapes prepared%n", cache.hits(), cache.misses());
        }
    }

    /**
     * Call k of the prepared statement, then call k ad hoc, alternating so that both see the same JVM and
     * machine state: wall and CPU times of the prepared calls, then of the ad hoc ones.
     */
    private long[][] preparedAndCached(Connection c, int n) throws SQLException {
        long[][] t = new long[4][n];
        try (PreparedStatement ps = c.prepareStatement(Q1)) {
            for (int k = 0; k < n; k++) {
                long wall = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                Object[] v = values(k);
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                count(ps.executeQuery());
                t[0][k] = System.nanoTime() - wall;
                t[1][k] = THREADS.getCurrentThreadCpuTime() - cpu;
                long[] run = adHoc(c, k);
                t[2][k] = run[0];
                t[3][k] = run[1];
            }
        }
        return t;
    }

    /** Runs call k ad hoc: its wall time and the calling thread's CPU time. */
    private long[] adHoc(Connection c, int k) throws SQLException {
        String sql = adHocSql(k);
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try (Statement s = c.createStatement()) {
            count(s.executeQuery(sql));
        }
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    /** Per statement, the time from the call to each of Calcite's preparation hooks, and from the last to the row. */
    private long[][] uncachedPhases(Connection c, int n) throws SQLException {
        long[][] phases = new long[PHASES.length][n];
        long[] marks = new long[PHASES.length];
        List<Hook.Closeable> hooks = new ArrayList<>();
        Hook[] order = {Hook.PARSE_TREE, Hook.CONVERTED, Hook.PLAN_BEFORE_IMPLEMENTATION, Hook.JAVA_PLAN};
        for (int h = 0; h < order.length; h++) {
            int mark = h;
            hooks.add(order[h].addThread((Consumer<Object>) x -> marks[mark] = System.nanoTime()));
        }
        try {
            for (int k = 0; k < n; k++) {
                String sql = adHocSql(k);
                long start = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    count(s.executeQuery(sql));
                }
                marks[PHASES.length - 1] = System.nanoTime();
                long previous = start;
                for (int p = 0; p < PHASES.length; p++) {
                    phases[p][k] = marks[p] - previous;
                    previous = marks[p];
                }
            }
        } finally {
            hooks.forEach(Hook.Closeable::close);
        }
        return phases;
    }
}
