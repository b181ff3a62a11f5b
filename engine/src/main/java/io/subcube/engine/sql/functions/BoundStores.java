package io.subcube.engine.sql.functions;

import io.subcube.engine.storage.Store;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The stores that generated code refers to by number: a compiled query calls {@code BoundStores.get(n)} to reach
 * the data its table functions read. References are weak, so registering a store never keeps it alive: the
 * connection's schema (which holds the functions, which hold the store) does, as long as it is open.
 */
public final class BoundStores {

    private static final List<WeakReference<Store>> STORES = new ArrayList<>();
    // Store has identity equality, so this is an identity map with weak keys
    private static final Map<Store, Integer> IDS = new WeakHashMap<>();

    private BoundStores() {
    }

    /** The number of a store, registering it on first use. */
    static synchronized int intern(Store store) {
        return IDS.computeIfAbsent(store, s -> {
            STORES.add(new WeakReference<>(s));
            return STORES.size() - 1;
        });
    }

    /** The store of a number handed out by {@link #intern}. */
    public static synchronized Store get(int id) {
        Store s = STORES.get(id).get();
        if (s == null) {
            throw new IllegalStateException("the data of this statement's connection is no longer loaded");
        }
        return s;
    }
}
