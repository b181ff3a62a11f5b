package io.subcube.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void tableDoublesHaveNoExponentNoiseAndAtMostSixDecimals() {
        assertEquals("10000000", ValueText.forTable(1.0E7));
        assertEquals("0.3", ValueText.forTable(0.1 + 0.2));
        assertEquals("0.333333", ValueText.forTable(1.0 / 3));
        assertEquals("123456.789123", ValueText.forTable(123456.7891234));
        assertEquals("2.5", ValueText.forTable(2.5));
        assertEquals("-42", ValueText.forTable(-42.0));
        assertEquals("0", ValueText.forTable(0.0));
        assertEquals("0", ValueText.forTable(-0.0));
        // Below 1, six significant digits rather than six decimals, so small values do not become 0.
        assertEquals("0.0000123457", ValueText.forTable(0.0000123456789));
        assertEquals("1.5", ValueText.forTable(1.5f));
    }

    @Test
    void extremeAndNonFiniteDoublesStayReadable() {
        assertEquals("1.0E-9", ValueText.forTable(1e-9));
        assertEquals("1.0E20", ValueText.forTable(1e20));
        assertEquals("NaN", ValueText.forTable(Double.NaN));
        assertEquals("Infinity", ValueText.forTable(Double.POSITIVE_INFINITY));
        assertTrue(ValueText.isNonFinite(Double.NaN));
        assertTrue(ValueText.isNonFinite(Float.NEGATIVE_INFINITY));
        assertFalse(ValueText.isNonFinite(1.0));
    }

    @Test
    void decimalsAndIntegersAreShownAsReturned() {
        assertEquals("1234.50", ValueText.forTable(new BigDecimal("1234.50")));
        assertEquals("10000000.00", ValueText.forTable(new BigDecimal("1.000000000E+7")));
        assertEquals("170141183460469231731687303715884105727",
                ValueText.forTable(new BigInteger("170141183460469231731687303715884105727")));
        assertEquals("42", ValueText.forTable(42L));
        assertEquals("NULL", ValueText.forTable(null));
        assertEquals("true", ValueText.forTable(true));
    }

    @Test
    void exactKeepsFullPrecisionWithoutExponentWhereShort() {
        assertEquals("10000000", ValueText.exact(1.0E7));
        assertEquals("0.30000000000000004", ValueText.exact(0.1 + 0.2));
        assertEquals("1.0E-9", ValueText.exact(1e-9));
        assertEquals("0.1", ValueText.exact(0.1f));
        assertEquals("1234.50", ValueText.exact(new BigDecimal("1234.50")));
    }
}
