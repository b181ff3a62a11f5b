package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainsTest {

    @Test
    void listsInDomainOrder() {
        assertEquals(List.of("H", "MH", "M", "L"), Domains.VALUE_TIERS);
        assertEquals(List.of("HIGH", "MID", "NONE"), Domains.STICK_TIERS);
        assertEquals(List.of("POTENTIAL", "TRIAL", "SILENT", "ACTIVE", "LOYAL"), Domains.USER_CLASSES);
        assertEquals(List.of("HANDSET", "POTENTIAL", "TRIAL", "REGULAR", "HEAVY"), Domains.ESC_STAGES);
        assertEquals(List.of("UPGRADE_HANDSET", "EXPERIENCE", "CONSOLIDATE", "CATALYSE"), Domains.ESC_ACTIONS);
        assertEquals(List.of("MINTERNET", "MNEWS", "CRBT", "TRAFFIC", "NONE"), Domains.NEEDS);
        assertEquals(7, Domains.CLUSTER_CLASSES.size());
        assertEquals(16, Domains.CLUSTER_GROUPS.size());
        assertEquals(120, Domains.MATRIX_KEYS.size());
        assertEquals("H.HIGH.C.MINTERNET", Domains.MATRIX_KEYS.get(0));
        assertEquals("L.NONE.S.NONE", Domains.MATRIX_KEYS.get(119));
        assertEquals(4, Domains.PROGRAM_ORDERS.size());
    }

    @Test
    void codeAndItsErrors() {
        assertEquals(1, Domains.code(Domains.VALUE_TIERS, "MH"));
        assertEquals(38, Domains.code(Domains.MATRIX_KEYS, "MH.HIGH.S.TRAFFIC"));  // 5·(8 − 1) + 3
        assertEquals(15, Domains.code(Domains.CLUSTER_GROUPS, "INTL_MID"));
        assertEquals("CODE: argument value_tier out of range: X",
                assertThrows(DomainException.class, () -> Domains.code(Domains.VALUE_TIERS, "X")).getMessage());
        assertEquals("CODE: argument need out of range: NULL",
                assertThrows(DomainException.class, () -> Domains.code(Domains.NEEDS, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Domains.code(List.of("H"), "H"));
        assertEquals("program_order", Domains.nameOf(Domains.PROGRAM_ORDERS));
    }
}
