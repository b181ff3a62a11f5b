package io.subcube.benchmarks.workload;

/** How a benchmark query is sent: the two forms every query of the workload is timed in. */
public enum Form {
    /** One PreparedStatement per connection, reused; each call binds the next parameter set. */
    PREPARED("prepared"),
    /** Each call a new SQL text with the next parameter set as literals, so parsing and planning are timed too. */
    AD_HOC("ad hoc");

    private final String label;

    Form(String label) {
        this.label = label;
    }

    /** The name tables and files show. */
    public String label() {
        return label;
    }
}
