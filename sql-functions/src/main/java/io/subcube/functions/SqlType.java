package io.subcube.functions;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL type as function signatures name it, with the Java type that carries its values.
 *
 * @param kind      INTEGER, BIGINT, DOUBLE, DECIMAL, VARCHAR or BOOLEAN
 * @param precision DECIMAL precision, else 0
 * @param scale     DECIMAL scale, else 0
 */
public record SqlType(Kind kind, int precision, int scale) {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    /** The SQL kinds functions use, each with its Java carrier. */
    public enum Kind {
        INTEGER(Integer.class), BIGINT(Long.class), DOUBLE(Double.class), DECIMAL(BigDecimal.class),
        VARCHAR(String.class), BOOLEAN(Boolean.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        public Class<?> javaType() {
            return javaType;
        }
    }

    /** Parses {@code INTEGER}, {@code DECIMAL(5,2)}, … . */
    public static SqlType parse(String sql) {
        String s = sql.replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = DECIMAL.matcher(s);
        if (m.matches()) {
            return new SqlType(Kind.DECIMAL, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return new SqlType(Kind.valueOf(s), 0, 0);
    }

    public Class<?> javaType() {
        return kind.javaType();
    }

    public boolean isNumeric() {
        return kind != Kind.VARCHAR && kind != Kind.BOOLEAN;
    }

    public String sql() {
        return kind == Kind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }
}
