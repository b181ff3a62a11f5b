package io.subcube.engine.exec.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A SUM beyond its type is an error naming the aggregate, never a wrapped value. */
class AggregationOverflowTest {

    private static Store store() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            rows.add(new Object[] {202401, id, "MMS", true, Long.MAX_VALUE / 2, new BigDecimal("1.00"), null, 1});
        }
        StoreBuilder b = new StoreBuilder();
        Fixtures.add(b, SubcubeSchema.VAS_USAGE, 202401, rows);
        return b.build("overflow");
    }

    @Test
    void sumBeyondBigintNamesTheAggregate() {
        Table t = store().table("vas_usage");
        int usage = t.indexOf("usage_cnt");
        AggregateSpec spec = new AggregateSpec(new int[0],
                List.of(new AggCall(AggCall.Kind.SUM, usage, false, ColumnType.BIGINT)));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Aggregation.run(t, Filter.TRUE, spec));
        assertEquals("SUM(usage_cnt) is out of the range of its type BIGINT", e.getMessage());
        AggregateSpec two = new AggregateSpec(new int[0],
                List.of(new AggCall(AggCall.Kind.SUM, usage, false, ColumnType.BIGINT)));
        Filter firstTwo = new Filter.Compare(t.indexOf("subscriber_id"), Filter.Op.LE, 2L);
        assertEquals(List.of(Long.MAX_VALUE / 2 * 2), List.of(Aggregation.run(t, firstTwo, two).get(0)[0]));
    }

    @Test
    void groupedSumsAreCheckedOnceTheyCouldOverflow() {
        // Two of these values cannot overflow a BIGINT sum, three can: the grouped loop sums the first
        // unchecked and must check the third.
        Table t = store().table("vas_usage");
        int usage = t.indexOf("usage_cnt");
        AggregateSpec spec = new AggregateSpec(new int[] {t.indexOf("month_id")},
                List.of(new AggCall(AggCall.Kind.SUM, usage, false, ColumnType.BIGINT)));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Aggregation.run(t, Filter.TRUE, spec));
        assertEquals("SUM(usage_cnt) is out of the range of its type BIGINT", e.getMessage());
        Filter firstTwo = new Filter.Compare(t.indexOf("subscriber_id"), Filter.Op.LE, 2L);
        assertEquals(Long.MAX_VALUE / 2 * 2, Aggregation.run(t, firstTwo, spec).get(0)[1]);
    }

    @Test
    void theSqlErrorSaysSo() throws SQLException {
        try (Connection c = SubcubeDriver.connect(store(), new Properties()); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT SUM(usage_cnt) FROM vas_usage").next());
            assertTrue(e.getMessage().contains("SUM(usage_cnt) is out of the range of its type BIGINT"), e.getMessage());
        }
    }
}
