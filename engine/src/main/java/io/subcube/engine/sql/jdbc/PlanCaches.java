package io.subcube.engine.sql.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalcitePrepare;

/**
 * The plan cache of each open connection, as its connection properties ask: {@code planCache=false}
 * turns it off, {@code planCacheSize=N} holds up to N statement shapes (default {@value #DEFAULT_SIZE}).
 * A cache belongs to one connection because a plan belongs to the connection's schema and settings
 * (scoring parameters, default schema, anything an application adds to its root schema); it is held
 * weakly, so it goes with its connection.
 */
final class PlanCaches {

    /** The connection property that turns the plan cache on (default) or off. */
    static final String ENABLED = "planCache";
    /** The connection property bounding how many statement shapes a connection keeps. */
    static final String SIZE = "planCacheSize";
    static final int DEFAULT_SIZE = 128;

    private static final Map<Object, PlanCache> CACHES = Collections.synchronizedMap(new WeakHashMap<>());

    private PlanCaches() {
    }

    /** How many shapes a connection with these properties caches; 0 when they turn the cache off. */
    static int size(Properties props) throws SQLException {
        if ("false".equalsIgnoreCase(props.getProperty(ENABLED, "true").trim())) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(props.getProperty(SIZE, String.valueOf(DEFAULT_SIZE)).trim()));
        } catch (NumberFormatException e) {
            throw new SQLException("bad " + SIZE + ": " + props.getProperty(SIZE), e);
        }
    }

    /** Gives a newly opened connection a cache of {@code size} shapes, none when 0. */
    static void open(Connection connection, int size) throws SQLException {
        if (size > 0) {
            CACHES.put(connection.unwrap(CalciteConnection.class), new PlanCache(size));
        }
    }

    /** The cache of the connection preparing a statement, or {@code null} if it has none. */
    static PlanCache of(CalcitePrepare.Context context) {
        // The prepare context's DataContext has the preparing connection as its query provider.
        Object connection = context.getDataContext().getQueryProvider();
        return connection == null ? null : CACHES.get(connection);
    }

    /** The cache of a connection, or {@code null} if it has none. */
    static PlanCache of(Connection connection) throws SQLException {
        return CACHES.get(connection.unwrap(CalciteConnection.class));
    }
}
