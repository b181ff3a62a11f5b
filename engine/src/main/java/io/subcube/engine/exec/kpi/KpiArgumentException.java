package io.subcube.engine.exec.kpi;

/** A drill-down called with an argument it cannot use; the message names the function and the problem. */
public final class KpiArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    KpiArgumentException(String function, String problem) {
        super(function + ": " + problem);
    }
}
