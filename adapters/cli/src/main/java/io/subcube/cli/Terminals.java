package io.subcube.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard streams are terminals, which decides between interactive and plain behaviour. */
public final class Terminals {

    /** Set by the launcher, which can test the stderr descriptor; Java alone cannot. */
    static final String STDERR_TTY_PROPERTY = "subcube.stderr.tty";

    private Terminals() {
    }

    /** True when stdin and stdout are a terminal (a person is typing and reading). */
    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 System.console() is non-null even when redirected; isTerminal() tells the truth there.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** True when progress bars on stderr will be seen and not pollute a log. */
    public static boolean stderrIsTerminal() {
        String flag = System.getProperty(STDERR_TTY_PROPERTY);
        if (flag != null) {
            return Boolean.parseBoolean(flag);
        }
        return interactive();
    }
}
