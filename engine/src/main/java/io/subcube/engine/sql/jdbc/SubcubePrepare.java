package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.prepare.CalcitePrepareImpl;

/** Calcite's statement preparation, with failures turned into clear messages by {@link SqlErrors}. */
public final class SubcubePrepare extends CalcitePrepareImpl {

    @Override
    public <T> CalcitePrepare.CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
            CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
        try {
            return super.prepareSql(context, query, elementType, maxRowCount);
        } catch (RuntimeException e) {
            throw SqlErrors.clean(e);
        }
    }
}
