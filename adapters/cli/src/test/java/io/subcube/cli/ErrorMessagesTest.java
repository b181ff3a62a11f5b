package io.subcube.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void topMessageWhenItSaysSomething() {
        assertEquals("Table 'X' not found", ErrorMessages.of(new SQLException("Table 'X' not found")));
    }

    @Test
    void calciteStatementWrapperIsDroppedKeepingThePosition() {
        Exception validator = new RuntimeException("Column 'FOO' not found in any table");
        Exception context = new RuntimeException(
                "From line 1, column 8 to line 1, column 10: Column 'FOO' not found in any table", validator);
        SQLException top = new SQLException("Error while executing SQL \"select foo from region\": "
                + context.getMessage(), context);
        assertEquals("From line 1, column 8 to line 1, column 10: Column 'FOO' not found in any table",
                ErrorMessages.of(top));
    }

    @Test
    void wrappersThatOnlyRepeatTheCauseAreSkipped() {
        Exception cause = new IllegalArgumentException("--months must be between 1 and 120: 500");
        assertEquals("--months must be between 1 and 120: 500", ErrorMessages.of(new RuntimeException(cause)));
    }

    @Test
    void nextExceptionOfAnEmptySqlException() {
        SQLException top = new SQLException();
        top.setNextException(new SQLException("connection refused"));
        assertEquals("connection refused", ErrorMessages.of(top));
    }

    @Test
    void messageLessBugsAreNamedAsInternal() {
        SQLException top = new SQLException("Error while executing SQL \"select 1\": null", new NullPointerException());
        assertEquals("internal error: java.lang.NullPointerException", ErrorMessages.of(top));
    }
}
