package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueFunctionsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void returnRateWorkedExamplesOfB31() {
        assertEquals(d("92.00"), ValueFunctions.returnRate(d("150.00"), d("12.00")));
        assertEquals(d("88.74"), ValueFunctions.returnRate(d("88.40"), d("9.95")));
        assertEquals(d("0.00"), ValueFunctions.returnRate(d("50.00"), d("60.00")));
        assertEquals(d("0.00"), ValueFunctions.returnRate(d("0.00"), d("0.00")));
    }

    @Test
    void returnRateClampsAtBothEnds() {
        assertEquals(10000, ValueFunctions.returnRateHundredths(5000, 0));
        assertEquals(0, ValueFunctions.returnRateHundredths(5000, 5000));
        assertEquals(0, ValueFunctions.returnRateHundredths(5000, 5001));
    }

    @Test
    void returnRateNegativeMoneyIsAnError() {
        DomainException e = assertThrows(DomainException.class,
                () -> ValueFunctions.returnRate(d("-1.00"), d("0.00")));
        assertEquals("RETURN_RATE: argument gross out of range: -1.00", e.getMessage());
        assertThrows(DomainException.class, () -> ValueFunctions.returnRate(d("1.00"), d("-0.01")));
    }

    @Test
    void returnRateNullGivesNull() {
        assertNull(ValueFunctions.returnRate(null, d("1.00")));
        assertNull(ValueFunctions.returnRate(d("1.00"), null));
    }

    @Test
    void roundingIsHalfUpOnTheDoublesDecimalReading() {
        assertEquals(7364, Rounding.hundredths(73.635));  // a double read as 73.635 rounds up
        assertEquals(-7364, Rounding.hundredths(-73.635));
        assertEquals(d("63.57"), Rounding.round2(15 + 13.8 + 8.25 + 9 + 9 + 8.52));
    }
}
