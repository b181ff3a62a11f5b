package io.subcube.cli.format;

import java.util.Objects;

/** One result column: its label, kind and whether the table layout right-aligns it. */
public record Column(String name, ColumnKind kind, boolean rightAligned) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A column aligned by its kind: numbers right, everything else left. */
    public static Column of(String name, ColumnKind kind) {
        return new Column(name, kind, kind == ColumnKind.NUMBER);
    }
}
