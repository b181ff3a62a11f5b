package io.subcube.engine.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;

/**
 * The fixed pool of query threads, one per core, shared by every query of the process: a query splits its
 * work into tasks (partition row ranges) and waits for them here. A fork-join pool, so a task may itself
 * wait on tasks without starving the pool.
 */
public final class QueryPool {

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("subcube-query-" + t.getPoolIndex());
                return t;
            }, null, false);

    private QueryPool() {
    }

    /**
     * Runs the tasks and returns their results in task order. A single task runs on the caller's thread. A
     * failing task's exception is rethrown as it was when unchecked.
     */
    public static <T> List<T> invokeAll(List<Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        try {
            if (tasks.size() == 1) {
                out.add(tasks.get(0).call());
                return out;
            }
            for (Future<T> f : POOL.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("query interrupted", e);
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t.getMessage(), t);
    }
}
