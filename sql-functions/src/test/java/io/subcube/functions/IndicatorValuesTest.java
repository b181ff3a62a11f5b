package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.functions.HealthFunctions.Indicator;
import org.junit.jupiter.api.Test;

class IndicatorValuesTest {

    /** The September MMS province row of §B2.8. */
    private static final IndicatorValues.Figures SEPT_MMS = new IndicatorValues.Figures(200809, 94_000_000.00,
            158_000_000.00, 11_000_000.00, 880_000.00, 9_000_000, 50_000_000, 8_280_000, 352_800_000, 1_440,
            5_017_600, 1.03, 0.12, 73.25);

    @Test
    void septemberMmsValuesOfTheTable() {
        assertEquals(0.594937, IndicatorValues.value(Indicator.REV_COMPLETION, SEPT_MMS), 5e-7);
        assertEquals(0.18, IndicatorValues.value(Indicator.PENETRATION, SEPT_MMS), 1e-12);
        assertEquals(1.03, IndicatorValues.value(Indicator.GROWTH_CONTRIB, SEPT_MMS), 0);
        assertEquals(0.12, IndicatorValues.value(Indicator.CAGR3, SEPT_MMS), 0);
        assertEquals(2.081562, IndicatorValues.value(Indicator.REV_PER_USER, SEPT_MMS), 5e-7);  // 0.94e8 / 5.0176e6 / 9
        assertEquals(39.20, IndicatorValues.value(Indicator.USAGE_PER_USER, SEPT_MMS), 1e-12);
        assertEquals(73.25, IndicatorValues.value(Indicator.SATISFACTION, SEPT_MMS), 0);
        assertEquals(1.60, IndicatorValues.value(Indicator.COMPLAINTS, SEPT_MMS), 1e-12);
        assertEquals(0.92, IndicatorValues.value(Indicator.PAYING_RATE, SEPT_MMS), 1e-12);
        assertEquals(0.92, IndicatorValues.value(Indicator.VOL_REV_MATCH, SEPT_MMS), 1e-12);
    }

    @Test
    void zeroDivisorIsNaN() {
        IndicatorValues.Figures empty = new IndicatorValues.Figures(200809, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Indicator ind : new Indicator[] {Indicator.REV_COMPLETION, Indicator.PENETRATION,
            Indicator.REV_PER_USER, Indicator.USAGE_PER_USER, Indicator.COMPLAINTS, Indicator.PAYING_RATE,
            Indicator.VOL_REV_MATCH}) {
            assertTrue(Double.isNaN(IndicatorValues.value(ind, empty)), ind.code());
        }
    }
}
