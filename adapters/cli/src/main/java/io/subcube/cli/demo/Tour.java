package io.subcube.cli.demo;

import io.subcube.cli.sql.StatementSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The demo tour, read from the resource {@code tour.sql}: sections marked by "-- @section title" lines. */
public final class Tour {

    static final String RESOURCE = "tour.sql";
    static final String SECTION_MARKER = "-- @section ";

    private Tour() {
    }

    /** The built-in tour. */
    public static List<TourSection> builtIn() {
        try (InputStream in = Tour.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo tour resource missing: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a tour script into sections; text before the first marker is a comment for maintainers. */
    public static List<TourSection> parse(String script) {
        List<TourSection> sections = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\r?\n", -1)) {
            if (line.startsWith(SECTION_MARKER)) {
                addSection(sections, title, body);
                title = line.substring(SECTION_MARKER.length()).strip();
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        addSection(sections, title, body);
        return sections;
    }

    private static void addSection(List<TourSection> sections, String title, StringBuilder body) {
        if (title != null) {
            sections.add(new TourSection(title, StatementSplitter.split(body.toString())));
        }
    }
}
