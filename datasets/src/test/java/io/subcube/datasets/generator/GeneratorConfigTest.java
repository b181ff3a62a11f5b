package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** GeneratorConfig defaults, month ids across years, and its validation messages. */
class GeneratorConfigTest {

    @Test
    void defaults() {
        GeneratorConfig c = GeneratorConfig.defaults();
        assertEquals(100_000, c.subscribers());
        assertEquals(10, c.months());
        assertEquals(20080901L, c.seed());
        assertEquals(200803, c.startMonth());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
        assertEquals(200812, c.endMonth());
    }

    @Test
    void monthIdsCrossYears() {
        GeneratorConfig c = new GeneratorConfig(10, 14, 1, 200811, 1);
        assertEquals(200811, c.monthId(0));
        assertEquals(200812, c.monthId(1));
        assertEquals(200901, c.monthId(2));
        assertEquals(200912, c.endMonth());
    }

    @Test
    void validationMessages() {
        assertEquals("--subscribers must be between 1 and 100000000: 0",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(0, 10, 1, 200803, 1)).getMessage());
        assertEquals("--subscribers must be between 1 and 100000000: 100000001",
                assertThrows(IllegalArgumentException.class,
                        () -> new GeneratorConfig(100_000_001, 10, 1, 200803, 1)).getMessage());
        assertEquals("--months must be between 1 and 120: 0",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(5, 0, 1, 200803, 1)).getMessage());
        assertEquals("--months must be between 1 and 120: 121",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(5, 121, 1, 200803, 1)).getMessage());
        assertEquals("--start-month must be a month as yyyymm (e.g. 200803): 200813",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(5, 1, 1, 200813, 1)).getMessage());
        assertEquals("--start-month must be a month as yyyymm (e.g. 200803): 2008",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(5, 1, 1, 2008, 1)).getMessage());
        assertEquals("--threads must be between 1 and 1024: 0",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(5, 1, 1, 200803, 0)).getMessage());
    }
}
