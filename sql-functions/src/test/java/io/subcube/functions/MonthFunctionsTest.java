package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonthFunctionsTest {

    @Test
    void workedExamplesOfB328() {
        assertEquals(200712, MonthFunctions.monthAdd(200801, -1));
        assertEquals(200901, MonthFunctions.monthAdd(200811, 2));
        assertEquals(200701, MonthFunctions.monthAdd(200803, -14));
    }

    @Test
    void yearBoundariesBothWays() {
        assertEquals(200812, MonthFunctions.monthAdd(200812, 0));
        assertEquals(200901, MonthFunctions.monthAdd(200812, 1));
        assertEquals(200612, MonthFunctions.monthAdd(200812, -24));
        assertEquals(201001, MonthFunctions.monthAdd(200801, 24));
    }

    @Test
    void monthPartOutsideOneToTwelveIsAnError() {
        DomainException e = assertThrows(DomainException.class, () -> MonthFunctions.monthAdd(200813, 1));
        assertEquals("MONTH_ADD: argument month_id out of range: 200813", e.getMessage());
        assertThrows(DomainException.class, () -> MonthFunctions.monthAdd(200800, 1));
    }

    @Test
    void nullGivesNull() {
        assertNull(MonthFunctions.monthAdd(null, 1));
        assertNull(MonthFunctions.monthAdd(200801, null));
    }

    @Test
    void monthsBetweenAsB39Defines() {
        assertEquals(3, MonthFunctions.monthsBetween(200806, 200809));
        assertEquals(20, MonthFunctions.monthsBetween(200701, 200809));
        assertEquals(0, MonthFunctions.monthsBetween(200809, 200809));
    }
}
