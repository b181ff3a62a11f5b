package io.subcube.benchmarks.run;

/** The engines disagreed on a query's answer: the run fails, since a fast wrong answer is not a result. */
public final class ResultMismatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String query;

    public ResultMismatch(String query, String message) {
        super(message);
        this.query = query;
    }

    /** The workload query that disagreed. */
    public String query() {
        return query;
    }
}
