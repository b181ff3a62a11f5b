package io.subcube.duckdb;

/**
 * How a {@link DuckDbPeer} is set up.
 *
 * @param threads DuckDB worker threads ({@code SET threads}); 0 keeps DuckDB's default (all cores)
 * @param enums   which VARCHAR columns become ENUM types after loading
 */
public record PeerOptions(int threads, EnumPolicy enums) {

    public PeerOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0: " + threads);
        }
        if (enums == null) {
            throw new IllegalArgumentException("enums policy is required");
        }
    }

    /** DuckDB's default threads, plain VARCHAR columns: what differential tests use. */
    public static PeerOptions defaults() {
        return new PeerOptions(0, EnumPolicy.none());
    }

    public PeerOptions withThreads(int n) {
        return new PeerOptions(n, enums);
    }

    public PeerOptions withEnums(EnumPolicy policy) {
        return new PeerOptions(threads, policy);
    }
}
