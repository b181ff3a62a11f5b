package io.subcube.engine.sql.jdbc;

import io.subcube.engine.sql.StoreSchema;
import io.subcube.engine.sql.SubcubeTypeSystem;
import io.subcube.engine.sql.SysSchema;
import io.subcube.engine.sql.functions.CalciteFunctions;
import io.subcube.engine.sql.functions.KpiTableFunctions;
import io.subcube.engine.storage.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.ConnectStringParser;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The embedded JDBC driver: {@code jdbc:subcube:} opens the default dataset in process,
 * {@code jdbc:subcube:DIR} a directory written by {@code subcube generate}. Options follow the location
 * after {@code ;} (e.g. {@code jdbc:subcube:;subscribers=10000;months=3}) or come as connection
 * properties. Connections to the same data share one immutable store. Each connection reuses the plans
 * of statements that differ only in literals ({@code planCache=false} turns that off, {@code
 * planCacheSize=N} bounds it; see {@link PlanCaches}).
 */
public final class SubcubeDriver extends org.apache.calcite.jdbc.Driver {

    public static final String PREFIX = "jdbc:subcube:";

    /** Connection defaults: lower-case unquoted names, standard quoting, DOMAIN.md G6 type rules. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "unquotedCasing", "TO_LOWER",
            "quotedCasing", "UNCHANGED",
            "quoting", "DOUBLE_QUOTE",
            "caseSensitive", "false",
            "conformance", "LENIENT",
            "defaultNullCollation", "HIGH",
            "typeSystem", SubcubeTypeSystem.class.getName() + "#INSTANCE");

    private static final SubcubeDriver INSTANCE = new SubcubeDriver();

    static {
        INSTANCE.register();
    }

    public SubcubeDriver() {
        super(SubcubePrepare::new);
    }

    @Override
    protected String getConnectStringPrefix() {
        return PREFIX;
    }

    @Override
    protected DriverVersion createDriverVersion() {
        return new DriverVersion("Subcube JDBC Driver", "0.1.0", "Subcube", "0.1.0", true, 0, 1, 0, 1);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String suffix = url.substring(PREFIX.length());
        int semi = suffix.indexOf(';');
        String location = (semi < 0 ? suffix : suffix.substring(0, semi)).trim();
        Properties props = new Properties();
        if (info != null) {
            props.putAll(info);
        }
        if (semi >= 0) {
            props = ConnectStringParser.parse(suffix.substring(semi + 1), props);
        }
        return connect(StoreRegistry.open(location, props), props);
    }

    /**
     * A connection over a store the caller built (an embedding application's own data, or a test's);
     * {@code props} may add or override connection properties.
     */
    public static Connection connect(Store store, Properties props) throws SQLException {
        return INSTANCE.open(store, props);
    }

    private Connection open(Store store, Properties extra) throws SQLException {
        Properties props = new Properties();
        DEFAULTS.forEach(props::setProperty);
        if (extra != null) {
            props.putAll(extra);
        }
        int planCacheSize = PlanCaches.size(props);
        Connection connection = super.connect(PREFIX, props);
        CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
        SchemaPlus root = calcite.getRootSchema();
        SchemaPlus subcube = root.add("subcube", new StoreSchema(store));
        CalciteFunctions.register(subcube, store.parameters());
        KpiTableFunctions.register(subcube, store);
        root.add("sys", new SysSchema(store));
        calcite.setSchema("subcube");
        PlanCaches.open(connection, planCacheSize);
        return connection;
    }
}
