package io.subcube.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a SQL function of DOMAIN.md §B3, for {@link FunctionCatalog} and the
 * engines that register from it. The Java types of parameters and result follow their SQL types:
 * DECIMAL {@code BigDecimal}, INTEGER {@code Integer}, BIGINT {@code Long}, DOUBLE {@code Double},
 * VARCHAR {@code String}, BOOLEAN {@code Boolean}. A method may take a {@link ScoringParameters} as its
 * first parameter: engines bind the dataset's parameters there and it is not a SQL argument.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SqlFunction {

    /** SQL name, upper case, as DOMAIN.md writes it. */
    String name();

    /** DOMAIN.md section, e.g. {@code "B3.3"}. */
    String section();

    /** SQL result type, e.g. {@code "DECIMAL(5,2)"}. */
    String returns();

    /**
     * True when a NULL argument does not simply give NULL (DOMAIN.md G2 exceptions, e.g. VAS_USER_CLASS's
     * first_use_month); the method then receives NULLs and decides.
     */
    boolean nullMeaningful() default false;
}
