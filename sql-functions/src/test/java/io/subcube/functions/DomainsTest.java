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
        assertEquals(List.of("URBAN", "RESIDENTIAL", "CBD", "CAMPUS", "SCHOOL", "TRANSPORT", "RURAL"),
                Domains.MARKET_TYPES);
        assertEquals(List.of("LEFT_BEHIND", "IN_COUNTY_WORKER", "OUT_COUNTY_WORKER"), Domains.RURAL_SEGMENTS);
        assertEquals(List.of("INTRA_PROV", "INTER_PROV"), Domains.MIGRANT_TYPES);
        assertEquals(List.of("NONE", "INTRA", "INTER"), Domains.ROAM_SCOPES);
        assertEquals(List.of("STUDENT", "NEW_STUDENT"), Domains.SCHOOL_TYPES);
        assertEquals(List.of("GOTONE", "MZONE", "SZX"), Domains.BRANDS);
        assertEquals(List.of("M", "F"), Domains.GENDERS);
        assertEquals(List.of("ACTIVE", "SUSPENDED", "CHURNED"), Domains.STATUSES);
        assertEquals(10, Domains.INDICATORS.size());
        assertEquals(List.of("SCALE", "HEALTH"), Domains.DIMENSIONS);
        assertEquals(List.of("MATURE", "GROWTH"), Domains.LIFECYCLES);
        assertEquals(List.of("MIN", "MAX", "TARGET", "MOM"), Domains.RULE_KINDS);
        assertEquals(List.of("SUM", "PRODUCT", "DRIVERS", "LEAF"), Domains.FORMULA_KINDS);
        // the codes the cores use by name
        assertEquals(Domains.MKT_RURAL, Domains.code(Domains.MARKET_TYPES, "RURAL"));
        assertEquals(Domains.MKT_RESIDENTIAL, Domains.code(Domains.MARKET_TYPES, "RESIDENTIAL"));
        assertEquals(Domains.ROAM_INTER, Domains.code(Domains.ROAM_SCOPES, "INTER"));
        assertEquals(Domains.RULE_MOM, Domains.code(Domains.RULE_KINDS, "MOM"));
        assertEquals(Domains.FORMULA_LEAF, Domains.code(Domains.FORMULA_KINDS, "LEAF"));
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
        assertEquals("CODE: argument market_type out of range: VILLAGE",
                assertThrows(DomainException.class, () -> Domains.code(Domains.MARKET_TYPES, "VILLAGE")).getMessage());
    }
}
