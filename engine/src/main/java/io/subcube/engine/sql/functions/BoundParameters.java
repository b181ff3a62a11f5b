package io.subcube.engine.sql.functions;

import io.subcube.functions.ScoringParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter sets that generated code refers to by number: a compiled query calls
 * {@code BoundParameters.get(n)} to pass its dataset's {@link ScoringParameters} to a function. Sets are
 * interned by value, so there are as many as distinct parameter sets in use, not one per connection.
 */
public final class BoundParameters {

    private static final List<ScoringParameters> SETS = new ArrayList<>();
    private static final Map<ScoringParameters, Integer> IDS = new HashMap<>();

    private BoundParameters() {
    }

    /** The number of a parameter set, registering it on first use. */
    static synchronized int intern(ScoringParameters parameters) {
        return IDS.computeIfAbsent(parameters, p -> {
            SETS.add(p);
            return SETS.size() - 1;
        });
    }

    /** The parameter set of a number handed out by {@link #intern}. */
    public static synchronized ScoringParameters get(int id) {
        return SETS.get(id);
    }
}
