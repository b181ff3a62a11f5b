package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A sink failing on a subscriber partition, from a commit lane: the generator stops and throws that failure. */
class SinkFailureTest {

    /** Three chunks on three threads, so that the failing partition's lane is not the only one. */
    private static final GeneratorConfig CONFIG = new GeneratorConfig(10_000, 3, 5, 200803, 3);

    @Test
    void appendFailureIsThrown() {
        IOException failure = new IOException("disk full");
        assertSame(failure, generateExpecting(IOException.class, new FailingSink("location_month", 200804, failure,
                null)));
    }

    @Test
    void finishFailureIsThrown() {
        IOException failure = new IOException("cannot close");
        assertSame(failure, generateExpecting(IOException.class, new FailingSink("subscriber", 0, null, failure)));
    }

    @Test
    void uncheckedFailureIsThrownAsItIs() {
        IllegalStateException failure = new IllegalStateException("broken");
        assertSame(failure, generateExpecting(IllegalStateException.class, new FailingSink("subscriber_month", 200805,
                failure, null)));
    }

    private static <T extends Throwable> T generateExpecting(Class<T> type, DatasetSink sink) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(type, () -> DatasetGenerator.generate(CONFIG, sink, Progress.NONE)));
    }

    /** Accepts everything but one partition, which fails on append or on finish. */
    private record FailingSink(String table, int monthId, Exception onAppend, Exception onFinish)
            implements DatasetSink {

        @Override
        public PartitionSink openPartition(TableDef t, int month) {
            boolean failing = t.name().equals(table) && month == monthId;
            return new PartitionSink() {
                @Override
                public void append(ColumnBatch batch) throws IOException {
                    if (failing && onAppend != null) {
                        throwIt(onAppend);
                    }
                }

                @Override
                public void finish() throws IOException {
                    if (failing && onFinish != null) {
                        throwIt(onFinish);
                    }
                }
            };
        }

        private static void throwIt(Exception e) throws IOException {
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }
}
