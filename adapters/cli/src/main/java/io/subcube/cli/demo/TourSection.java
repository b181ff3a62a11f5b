package io.subcube.cli.demo;

import java.util.List;

/** One section of the demo tour: a title and the statements whose results it shows. */
public record TourSection(String title, List<String> statements) {

    public TourSection {
        statements = List.copyOf(statements);
    }
}
