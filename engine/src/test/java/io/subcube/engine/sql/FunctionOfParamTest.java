package io.subcube.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.Filter.Op;
import io.subcube.engine.sql.functions.BoundFunction;
import io.subcube.engine.sql.functions.CalciteFunctions;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.tools.Frameworks;
import org.junit.jupiter.api.Test;

/**
 * A statement parameter compared through a function ({@code month_id = MONTH_ADD(?0, -1)}, §B4 Q9b) binds to
 * the comparison with the function's value, converted as a literal would be; NULL gives UNKNOWN (no rows), and
 * a value the function is not defined for leaves the comparison TRUE (it only narrows by what a join implies).
 */
class FunctionOfParamTest {

    private static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("month_id", ColumnType.INTEGER, false, ColumnDef.Source.RAW, ""),
            new ColumnDef("region_id", ColumnType.BIGINT, false, ColumnDef.Source.RAW, ""));
    private static final BoundFunction MONTH_ADD = function("MONTH_ADD");
    private static final FunctionOfParam PREVIOUS = new FunctionOfParam(MONTH_ADD, Arrays.asList(null, -1), 0,
            ColumnType.INTEGER, null);
    private static final RexToFilter BINDER = new RexToFilter(COLUMNS, new int[0]);

    private static BoundFunction function(String name) {
        SchemaPlus schema = Frameworks.createRootSchema(false);
        CalciteFunctions.register(schema, ScoringParameters.DEFAULTS);
        return (BoundFunction) schema.getFunctions(name).iterator().next();
    }

    @Test
    void bindsToTheFunctionOfTheValue() {
        Filter.Param p = new Filter.Param(0, Op.EQ, 0, PREVIOUS);
        assertEquals(new Filter.Compare(0, Op.EQ, 200712L), BINDER.bind(p, 200801));
        assertEquals(new Filter.Compare(0, Op.EQ, 200808L), BINDER.bind(p, 200809L));
        assertEquals(new Filter.Compare(0, Op.EQ, 200808L), BINDER.bind(p, new BigDecimal("200809")));
        // A BIGINT column takes the INTEGER result as a literal would.
        assertEquals(new Filter.Compare(1, Op.EQ, 200712L), BINDER.bind(new Filter.Param(1, Op.EQ, 0, PREVIOUS), 200801));
    }

    @Test
    void nullGivesUnknown() {
        assertEquals(new Filter.Constant(null), BINDER.bind(new Filter.Param(0, Op.EQ, 0, PREVIOUS), null));
        FunctionOfParam ofNull = new FunctionOfParam(MONTH_ADD, Arrays.asList(null, null), 0, ColumnType.INTEGER, null);
        assertEquals(new Filter.Constant(null), BINDER.bind(new Filter.Param(0, Op.EQ, 0, ofNull), 200801));
    }

    @Test
    void aValueOutsideTheFunctionsDomainLeavesItTrue() {
        Filter.Param p = new Filter.Param(0, Op.EQ, 0, PREVIOUS);
        assertEquals(Filter.TRUE, BINDER.bind(p, 200813));
        // No INTEGER equals it: the other side selects nothing, whatever this side does.
        assertEquals(Filter.TRUE, BINDER.bind(p, new BigDecimal("200801.5")));
        assertThrows(RuntimeException.class, () -> PREVIOUS.apply(200813));
    }

    @Test
    void functionsOfFunctionsAndTheirDescription() {
        FunctionOfParam twoBack = new FunctionOfParam(MONTH_ADD, Arrays.asList(null, -1), 0, ColumnType.INTEGER,
                PREVIOUS);
        assertEquals(200711, twoBack.apply(200801));
        Filter.Param p = new Filter.Param(0, Op.EQ, 3, twoBack);
        assertEquals("month_id = MONTH_ADD(MONTH_ADD(?3, -1), -1)", p.describe(COLUMNS));
        assertEquals("month_id = MONTH_ADD(?3, -1)", new Filter.Param(0, Op.EQ, 3, PREVIOUS).describe(COLUMNS));
        assertEquals("month_id = ?3", new Filter.Param(0, Op.EQ, 3).describe(COLUMNS));
        assertEquals(new Filter.Param(0, Op.EQ, 3, PREVIOUS), new Filter.Param(0, Op.EQ, 3,
                new FunctionOfParam(function("MONTH_ADD"), Arrays.asList(null, -1), 0, ColumnType.INTEGER, null)));
        assertNotEquals(new Filter.Param(0, Op.EQ, 3, PREVIOUS), p);
    }

    @Test
    void anArgumentMustTakeTheColumnsValuesAsTheyAre() {
        assertThrows(IllegalArgumentException.class,
                () -> new FunctionOfParam(MONTH_ADD, Arrays.asList(null, -1), 0, ColumnType.BIGINT, null));
        assertThrows(IllegalArgumentException.class,
                () -> new FunctionOfParam(MONTH_ADD, Arrays.asList(null, -1), 0, ColumnType.VARCHAR, null));
    }
}
