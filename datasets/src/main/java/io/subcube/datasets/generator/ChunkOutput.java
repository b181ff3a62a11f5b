package io.subcube.datasets.generator;

/** The rows one chunk produced: per month its subscriber_month, location_month and vas_usage rows, and its subscribers. */
final class ChunkOutput {

    final int chunk;
    final TableBuffer[] sm;
    final TableBuffer[] lm;
    final TableBuffer[] vu;
    final TableBuffer sub;

    ChunkOutput(int chunk, int months, BatchPool smPool, BatchPool lmPool, BatchPool vuPool, BatchPool subPool) {
        this.chunk = chunk;
        sm = new TableBuffer[months];
        lm = new TableBuffer[months];
        vu = new TableBuffer[months];
        for (int m = 0; m < months; m++) {
            sm[m] = new TableBuffer(smPool);
            lm[m] = new TableBuffer(lmPool);
            vu[m] = new TableBuffer(vuPool);
        }
        sub = new TableBuffer(subPool);
    }

    void seal() {
        for (int m = 0; m < sm.length; m++) {
            sm[m].seal();
            lm[m].seal();
            vu[m].seal();
        }
        sub.seal();
    }

    void release() {
        for (int m = 0; m < sm.length; m++) {
            sm[m].release();
            lm[m].release();
            vu[m].release();
        }
        sub.release();
    }
}
