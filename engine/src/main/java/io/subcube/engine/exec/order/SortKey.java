package io.subcube.engine.exec.order;

/**
 * One key of a pushed-down ORDER BY: an output field, its direction, and where NULLs go.
 *
 * @param field      output field position
 * @param descending DESC
 * @param nullsFirst NULLs before every value (else after)
 */
public record SortKey(int field, boolean descending, boolean nullsFirst) {
}
