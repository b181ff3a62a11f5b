package io.subcube.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md layering: storage, execution and loading never import Calcite; only the sql layer does. */
class ArchitectureTest {

    @Test
    void storageExecAndLoadDoNotImportCalcite() throws IOException {
        Path root = Path.of("src/main/java/io/subcube/engine");
        List<String> offenders;
        try (Stream<Path> files = Stream.of("storage", "exec", "load").map(root::resolve).flatMap(ArchitectureTest::walk)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(ArchitectureTest::importsCalcite)
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.exists(dir) ? Files.walk(dir) : Stream.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean importsCalcite(Path file) {
        try {
            return Files.readString(file).contains("org.apache.calcite");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
