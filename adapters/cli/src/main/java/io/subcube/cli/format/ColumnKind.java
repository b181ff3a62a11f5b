package io.subcube.cli.format;

/** How a result column is rendered: numbers right-aligned and unquoted, booleans bare, text as strings. */
public enum ColumnKind {
    NUMBER,
    BOOLEAN,
    TEXT
}
