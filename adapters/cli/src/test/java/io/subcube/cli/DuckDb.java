package io.subcube.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** In-memory DuckDB connections standing in for the Subcube driver in tests. */
public final class DuckDb {

    private DuckDb() {
    }

    /** A fresh empty database per connection. */
    public static ConnectionFactory empty() {
        return dataDir -> DriverManager.getConnection("jdbc:duckdb:");
    }

    /** A fresh database per connection, set up by the given statements. */
    public static ConnectionFactory with(String... setup) {
        return dataDir -> {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                for (String sql : setup) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        };
    }

    /**
     * A miniature of the Subcube schema: the columns the demo tour reads, a sys schema like the driver's,
     * Chinese region names for alignment checks.
     */
    public static ConnectionFactory miniSubcube() {
        return with(
                "CREATE TABLE region (region_id INTEGER, region_name VARCHAR, region_level VARCHAR,"
                        + " market_type VARCHAR)",
                "INSERT INTO region VALUES (1, 'Jiangsu', 'PROVINCE', NULL), (101, 'Nanjing', 'CITY', NULL),"
                        + " (105, '苏州', 'CITY', NULL), (10501, 'SZ-01', 'COUNTY', NULL),"
                        + " (10503, '吴中区', 'COUNTY', NULL), (1050301, 'SZ-03-01', 'GRID', 'URBAN'),"
                        + " (1050302, 'SZ-03-02', 'GRID', 'RURAL'), (10101, 'NJ-01', 'COUNTY', NULL),"
                        + " (1010101, 'NJ-01-01', 'GRID', 'CBD')",
                "CREATE TABLE subscriber_month (month_id INTEGER, subscriber_id BIGINT, city_id INTEGER,"
                        + " county_id INTEGER, grid_id INTEGER, arpu DECIMAL(12,2))",
                "INSERT INTO subscriber_month VALUES"
                        + " (200808, 1, 105, 10503, 1050301, 100.00), (200809, 1, 105, 10503, 1050301, 110.50),"
                        + " (200808, 2, 105, 10503, 1050302, 40.00), (200809, 2, 105, 10503, 1050302, 38.25),"
                        + " (200809, 3, 105, 10501, NULL, 60.00), (200808, 4, 101, 10101, 1010101, 200.00),"
                        + " (200809, 4, 101, 10101, 1010101, 150.00)",
                "CREATE SCHEMA sys",
                "CREATE TABLE sys.tables (table_name VARCHAR, partitions INTEGER, row_count BIGINT, bytes BIGINT)",
                "INSERT INTO sys.tables VALUES ('region', 1, 9, 2048), ('subscriber_month', 2, 7, 5242880)",
                "CREATE TABLE sys.columns (table_name VARCHAR, column_name VARCHAR, ordinal INTEGER,"
                        + " data_type VARCHAR, nullable BOOLEAN, encoding VARCHAR, row_count BIGINT, bytes BIGINT)",
                "INSERT INTO sys.columns VALUES"
                        + " ('region', 'region_id', 1, 'INTEGER', false, 'PLAIN', 9, 36),"
                        + " ('region', 'region_name', 2, 'VARCHAR', false, 'DICTIONARY', 9, 1500),"
                        + " ('region', 'market_type', 4, 'VARCHAR', true, 'DICTIONARY', 9, 300),"
                        + " ('region', 'region_level', 3, 'VARCHAR', false, 'DICTIONARY', 9, 200)");
    }
}
