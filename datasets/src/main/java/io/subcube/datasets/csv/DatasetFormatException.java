package io.subcube.datasets.csv;

import java.io.IOException;

/**
 * A dataset directory, manifest or CSV file that does not have the expected form. The message names the
 * file (relative to the dataset directory where known), the line for row errors, and the problem, e.g.
 * {@code subscriber_month/200809.csv:1234: column arpu: not a DECIMAL(12,2): 'abc'}.
 */
public class DatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public DatasetFormatException(String message) {
        super(message);
    }
}
