package io.subcube.engine.sql.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;

/**
 * A literal taken out of a statement to become a parameter: its value and where it stood in the text.
 *
 * @param kind  what sort of literal it is
 * @param value BigDecimal (numbers), String, Boolean, or Integer days since 1970-01-01 (dates)
 * @param pos   its span in the statement text
 */
record LiftedLiteral(Kind kind, Object value, SqlParserPos pos) {

    /** The sorts of literal that can be lifted. */
    enum Kind {
        /** An exact number such as {@code 202409}, {@code -5} or {@code 0.70}. */
        EXACT,
        /** A number written with an exponent, such as {@code 4e1}. */
        APPROXIMATE,
        /** A character string without a charset or collation, such as {@code 'H'}. */
        STRING,
        /** {@code TRUE} or {@code FALSE}. */
        BOOLEAN,
        /** {@code DATE 'yyyy-mm-dd'}. */
        DATE
    }

    /** The literal as one to lift, or {@code null} for NULL and for every sort not listed in {@link Kind}. */
    static LiftedLiteral of(SqlLiteral literal) {
        SqlParserPos pos = literal.getParserPosition();
        if (literal instanceof SqlNumericLiteral n) {
            return new LiftedLiteral(n.isExact() ? Kind.EXACT : Kind.APPROXIMATE, n.bigDecimalValue(), pos);
        }
        if (literal instanceof SqlCharStringLiteral s) {
            // N'..', _charset'..' and COLLATE give the literal a type of its own; a parameter would not have it.
            boolean plain = s.getNlsString().getCharsetName() == null && s.getCollation() == null;
            return plain ? new LiftedLiteral(Kind.STRING, s.getNlsString().getValue(), pos) : null;
        }
        if (literal.getTypeName() == SqlTypeName.BOOLEAN && literal.getValue() instanceof Boolean b) {
            return new LiftedLiteral(Kind.BOOLEAN, b, pos);
        }
        DateString date = date(literal);
        return date == null ? null : new LiftedLiteral(Kind.DATE, date.getDaysSinceEpoch(), pos);
    }

    private static DateString date(SqlLiteral literal) {
        try {
            if (literal instanceof SqlUnknownLiteral u && "DATE".equalsIgnoreCase(u.tag)) {
                return u.resolve(SqlTypeName.DATE).getValueAs(DateString.class);
            }
            return literal instanceof SqlDateLiteral d ? d.getValueAs(DateString.class) : null;
        } catch (RuntimeException e) {
            // Not a valid date: the statement's own preparation reports it.
            return null;
        }
    }

    /**
     * The value a parameter of type {@code parameter} takes for this literal, in the Java class Calcite's
     * generated code and the pushed filters read for that type; {@code null} when the parameter would not
     * hold the literal exactly (a fraction in an INTEGER, more digits than the DECIMAL has) or would compare
     * it differently from the literal (a string with a number, a fixed-length CHAR), so the statement must
     * be prepared as written.
     */
    Object valueFor(AvaticaParameter parameter) {
        return switch (parameter.parameterType) {
            case Types.TINYINT -> integral(Byte.MIN_VALUE, Byte.MAX_VALUE) ? ((BigDecimal) value).byteValueExact() : null;
            case Types.SMALLINT -> integral(Short.MIN_VALUE, Short.MAX_VALUE) ? ((BigDecimal) value).shortValueExact() : null;
            case Types.INTEGER -> integral(Integer.MIN_VALUE, Integer.MAX_VALUE) ? ((BigDecimal) value).intValueExact() : null;
            case Types.BIGINT -> integral(Long.MIN_VALUE, Long.MAX_VALUE) ? ((BigDecimal) value).longValueExact() : null;
            case Types.DECIMAL, Types.NUMERIC -> fitsDecimal(parameter.precision, parameter.scale) ? value : null;
            case Types.DOUBLE, Types.FLOAT -> kind == Kind.EXACT || kind == Kind.APPROXIMATE
                    ? ((BigDecimal) value).doubleValue() : null;
            case Types.VARCHAR -> kind == Kind.STRING
                    && (parameter.precision <= 0 || ((String) value).length() <= parameter.precision) ? value : null;
            case Types.BOOLEAN -> kind == Kind.BOOLEAN ? value : null;
            case Types.DATE -> kind == Kind.DATE ? value : null;
            default -> null;
        };
    }

    private boolean integral(long min, long max) {
        if (kind != Kind.EXACT) {
            return false;
        }
        BigDecimal v = (BigDecimal) value;
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0
                && v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private boolean fitsDecimal(int precision, int scale) {
        if (kind != Kind.EXACT) {
            return false;
        }
        BigDecimal v = ((BigDecimal) value).stripTrailingZeros();
        int fraction = Math.max(0, v.scale());
        int whole = v.signum() == 0 ? 0 : Math.max(0, v.precision() - v.scale());
        return fraction <= scale && whole <= precision - scale;
    }
}
