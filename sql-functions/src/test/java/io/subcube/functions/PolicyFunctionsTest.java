package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PolicyFunctionsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    private static Integer pg(int tenure, String rr, String arpu) {
        return PolicyFunctions.policyGroup(tenure, d(rr), d(arpu));
    }

    @Test
    void workedExamplesOfB316() {
        assertEquals(6, pg(30, "90.50", "120.00"));
        assertEquals(1, pg(8, "92.00", "25.00"));
        assertEquals(1, pg(12, "92.00", "25.00"));
        assertEquals(9, pg(30, "86.00", "120.00"));
        assertEquals(8, pg(40, "99.00", "300.00"));
    }

    @Test
    void everyGroupAndEveryCut() {
        assertEquals(9, pg(0, "0.00", "0.00"));
        assertEquals(9, pg(5, "86.00", "10.00"));
        assertEquals(1, pg(5, "86.01", "10.00"));
        assertEquals(1, pg(0, "100.00", "29.99"));
        assertEquals(2, pg(13, "100.00", "29.99"));
        assertEquals(3, pg(12, "90.00", "30.00"));
        assertEquals(4, pg(13, "90.00", "99.99"));
        assertEquals(5, pg(12, "90.00", "100.00"));
        assertEquals(6, pg(13, "90.00", "149.99"));
        assertEquals(7, pg(12, "90.00", "150.00"));
        assertEquals(8, pg(13, "90.00", "3000.00"));
        assertEquals(1, pg(8, "86.005", "25.00"));  // cast to 86.01 first
    }

    @Test
    void errorsAndNulls() {
        assertEquals("POLICY_GROUP: argument tenure_months out of range: -1", err(() -> pg(-1, "90", "1")));
        assertEquals("POLICY_GROUP: argument return_rate_avg3 out of range: 100.01", err(() -> pg(1, "100.01", "1")));
        assertEquals("POLICY_GROUP: argument return_rate_avg3 out of range: -0.01", err(() -> pg(1, "-0.01", "1")));
        assertEquals("POLICY_GROUP: argument arpu out of range: -1.00", err(() -> pg(1, "90", "-1")));
        assertEquals("POLICY_GROUP: argument arpu out of range: -0.01",
                err(() -> PolicyFunctions.policyGroupBatch(new long[1], new long[] {9000}, new long[] {-1}, new long[1], 1)));
        assertNull(PolicyFunctions.policyGroup(null, d("90"), d("1")));
        assertNull(PolicyFunctions.policyGroup(1, null, d("1")));
        assertNull(PolicyFunctions.policyGroup(1, d("90"), null));
    }
}
