package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChannelFunctionsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void workedExamplesOfB322() {
        assertEquals(d("47.60"), ChannelFunctions.channelFit(d("4.25"), d("4.00"), d("3.50")));
        assertEquals(d("80.00"), ChannelFunctions.channelFit(d("5"), d("4"), d("5")));
        assertEquals(d("0.80"), ChannelFunctions.channelFit(d("1"), d("1"), d("1")));
    }

    @Test
    void scoresOutsideOneToFiveAreErrorsOnBothSides() {
        assertEquals(d("100.00"), ChannelFunctions.channelFit(d("5.00"), d("5.00"), d("5.00")));
        DomainException high = assertThrows(DomainException.class,
                () -> ChannelFunctions.channelFit(d("5.01"), d("1"), d("1")));
        assertEquals("CHANNEL_FIT: argument cp out of range: 5.01", high.getMessage());
        DomainException low = assertThrows(DomainException.class,
                () -> ChannelFunctions.channelFit(d("1"), d("1"), d("0.99")));
        assertEquals("CHANNEL_FIT: argument pc out of range: 0.99", low.getMessage());
    }

    @Test
    void nullGivesNullAndBatchAgreesWithScalar() {
        assertNull(ChannelFunctions.channelFit(null, d("1"), d("1")));
        long[] cp = {425, 500, 100, 333};
        long[] cc = {400, 400, 100, 271};
        long[] pc = {350, 500, 100, 499};
        long[] out = new long[4];
        ChannelFunctions.channelFitBatch(cp, cc, pc, out, 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(ChannelFunctions.channelFit(BigDecimal.valueOf(cp[i], 2), BigDecimal.valueOf(cc[i], 2),
                    BigDecimal.valueOf(pc[i], 2)), BigDecimal.valueOf(out[i], 2));
        }
    }
}
