package io.subcube.engine.sql.jdbc;

import io.subcube.functions.ScoringParameters;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The scoring parameters a connection asks for: those of a properties file named by
 * {@code parameters_file}, then any parameter given directly as a connection property (e.g.
 * {@code profile=B}, {@code stick.high_cut=92}), each over DOMAIN.md's defaults.
 */
final class ParameterProperties {

    /** The connection property naming a properties file of parameters. */
    static final String FILE = "parameters_file";

    private ParameterProperties() {
    }

    static ScoringParameters parameters(Properties props) throws SQLException {
        Map<String, String> overrides = new LinkedHashMap<>();
        String file = props.getProperty(FILE);
        if (file != null && !file.isBlank()) {
            Properties fromFile = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                fromFile.load(r);
            } catch (IOException e) {
                throw new SQLException("cannot read " + FILE + " " + file + ": " + e.getMessage(), e);
            }
            for (String k : fromFile.stringPropertyNames()) {
                overrides.put(k, fromFile.getProperty(k).trim());
            }
        }
        for (ScoringParameters.Entry e : ScoringParameters.DEFAULTS.entries()) {
            String v = props.getProperty(e.key());
            if (v != null) {
                overrides.put(e.key(), v.trim());
            }
        }
        try {
            return ScoringParameters.DEFAULTS.with(overrides);
        } catch (IllegalArgumentException e) {
            throw new SQLException("bad scoring parameter" + (file == null ? "" : " (" + file + ")") + ": "
                    + e.getMessage(), e);
        }
    }
}
