package io.subcube.cli.sql;

import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code --data DIR} option: checked here so that a typo is a usage error, not a driver failure. */
public final class DataDirOption {

    public static final String NAME = "--data";

    private DataDirOption() {
    }

    /** The directory given with --data, or empty for the default dataset. */
    public static Optional<Path> from(Options options) throws UsageException {
        Optional<String> text = options.value(NAME);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            throw new UsageException("option " + NAME + " needs a directory");
        }
        Path dir;
        try {
            dir = Path.of(text.get());
        } catch (InvalidPathException e) {
            throw new UsageException("option " + NAME + ": not a valid path: " + text.get());
        }
        if (!Files.exists(dir)) {
            throw new UsageException("option " + NAME + ": directory not found: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException("option " + NAME + ": not a directory: " + dir);
        }
        return Optional.of(dir);
    }
}
