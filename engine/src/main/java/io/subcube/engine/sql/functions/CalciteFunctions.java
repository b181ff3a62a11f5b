package io.subcube.engine.sql.functions;

import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.ScoringParameters;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Registers every §B3 function of {@link FunctionCatalog} in a Calcite schema under its upper-case SQL
 * name, each overload separately, bound to a dataset's {@link ScoringParameters} so that a function in a
 * query computes exactly what enrichment stored.
 */
public final class CalciteFunctions {

    private CalciteFunctions() {
    }

    public static void register(SchemaPlus schema, ScoringParameters parameters) {
        int set = BoundParameters.intern(parameters);
        for (FunctionSignature s : FunctionCatalog.all()) {
            schema.add(s.name(), new BoundFunction(s, set));
        }
    }
}
