package io.subcube.datasets.batch;

/** Receives progress of long work (generation, loading) as done out of total units. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
