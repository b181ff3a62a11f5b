package io.subcube.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names and types one SQL argument of a {@link SqlFunction} method, as DOMAIN.md's signature does. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

    /** The argument's name in DOMAIN.md (used in G3 errors and signature listings). */
    String name();

    /** SQL type, e.g. {@code "DECIMAL(12,2)"}, {@code "INTEGER"}, {@code "VARCHAR"}. */
    String type();
}
