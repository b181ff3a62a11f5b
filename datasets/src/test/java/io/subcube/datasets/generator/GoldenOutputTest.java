package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the generator's output byte for byte: the SHA-256 of every CSV file (and the manifest) of a few
 * configurations, in path order. A refactoring must leave these digests unchanged; a deliberate change of
 * the generated data must update them, saying so in its commit.
 */
class GoldenOutputTest {

    @TempDir
    Path tmp;

    @Test
    void defaultSeedTwoThousandByFourMonths() throws IOException {
        assertDigest(
                "f05d084e36f45e3f13a873d66640b454f4322d3d67205d84c1619cc3017fecc8",
                new GeneratorConfig(2_000, 4, GeneratorConfig.DEFAULT_SEED, 200803, 2));
    }

    @Test
    void otherSeedAndStartFiveHundredByTwelveMonths() throws IOException {
        assertDigest(
                "5b94a8556df77e039a48087aeed644fb05ac3bc248e5252396427f0cbcef3909",
                new GeneratorConfig(500, 12, 424242L, 200611, 1));
    }

    /** Three chunks on three threads: chunk order, joiner ids across chunks and the commit lanes. */
    @Test
    void severalChunksOnSeveralThreads() throws IOException {
        assertDigest(
                "7d91e0880b140e47b5067a19ade7e53c56f926bec5c7f287dd26d1e3f20ab4cc",
                new GeneratorConfig(9_000, 3, 7L, 200812, 3));
    }

    /**
     * service_month alone of the default months, the only configuration here holding the anchored MMS months
     * (§B2.8); the configurations above hold none, so the anchors left their digests unchanged.
     */
    @Test
    void anchoredServiceMonth() throws IOException {
        Path dir = tmp.resolve("out");
        GeneratorConfig config = new GeneratorConfig(200, 10, GeneratorConfig.DEFAULT_SEED, 200803, 1);
        CsvDatasetWriter.generate(config, dir, Progress.NONE);
        assertEquals("cfd006e9be29031bdbedf21d009785d02e6c9d8aa0d29b6692c09dca18ec551c",
                digest(dir.resolve("service_month")), config.toString());
    }

    private void assertDigest(String expected, GeneratorConfig config) throws IOException {
        Path dir = tmp.resolve("out");
        CsvDatasetWriter.generate(config, dir, Progress.NONE);
        assertEquals(expected, digest(dir), config.toString());
    }

    private static String digest(Path dir) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
