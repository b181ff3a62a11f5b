package io.subcube.benchmarks.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.benchmarks.WorkloadBenchmark;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The workload covers DOMAIN.md §B4 and a scored month, and its literals rotate. */
class WorkloadTest {

    private final Workload workload = Workload.forData(200803, 10);

    @Test
    void coversEveryCanonicalQueryAndAScoredMonth() {
        List<String> prefixes = workload.queries().stream().map(q -> q.name().substring(0, q.name().indexOf('_')))
                .toList();
        assertEquals(List.of("Q1", "Q2", "Q3", "Q3", "Q4", "Q5", "Q6", "Q6b", "Q7", "Q8", "Q9a", "Q9b", "Q9c", "Q10",
                "Q11", "Q12a", "Q12b", "Q13", "Q14", "Q15", "S1"), prefixes);
        assertTrue(workload.query("S1_score_month_cvs").orElseThrow().sql().contains("CVS("));
    }

    @Test
    void theJmhParameterListIsTheWorkload() throws Exception {
        Param param = WorkloadBenchmark.class.getField("query").getAnnotation(Param.class);
        assertEquals(workload.queries().stream().map(BenchQuery::name).toList(), List.of(param.value()));
    }

    @Test
    void literalsRotateSoConsecutiveCallsDiffer() {
        for (BenchQuery q : workload.queries()) {
            if (SqlText.placeholders(q.sql()) == 0) {
                assertEquals(1, q.parameterSets().size(), q.name());
                continue;
            }
            Set<String> texts = new HashSet<>();
            for (int k = 0; k < 16; k++) {
                texts.add(q.adHocSql(k));
            }
            assertTrue(texts.size() >= 4, q.name() + " rotates through only " + texts.size() + " texts");
            assertNotEquals(q.adHocSql(0), q.adHocSql(1), q.name());
            assertEquals(q.parameters(0), q.parameters(q.parameterSets().size()), "the rotation wraps around");
        }
    }

    @Test
    void theFirstCallUsesDomainDefaults() {
        assertEquals(List.of(200809, 105, "H", "NONE", true), workload.query("Q1_matrix_cell").orElseThrow().parameters(0));
        assertEquals(List.of(200809, 109), workload.query("Q10_hotspot_counties").orElseThrow().parameters(0));
        assertEquals(List.of(200807, 200809, "H"), workload.query("Q8_distinct_quarter").orElseThrow().parameters(0));
    }

    @Test
    void monthsHaveTwoEarlierMonthsInTheData() {
        assertEquals(List.of(200809, 200810, 200811, 200812, 200805, 200806, 200807, 200808),
                Literals.months(200803, 10));
        assertEquals(List.of(200805), Literals.months(200803, 3));
        assertEquals(List.of(200803, 200804), Literals.months(200803, 2));
        assertEquals(List.of(200811, 200812, 200901, 200902), Literals.months(200809, 6), "without 200809: in order");
        assertEquals(200901, Literals.monthAdd(200812, 1));
        assertEquals(200712, Literals.monthAdd(200802, -2));
    }

    @Test
    void subsetsByNameAndUnknownNamesAreNamed() {
        assertEquals(List.of("Q1_matrix_cell", "Q15_best_channel"), workload.only(List.of("q15_best_channel",
                "Q1_MATRIX_CELL")).queries().stream().map(BenchQuery::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> workload.only(List.of("Q1_matrix_cell", "Q99")));
        assertTrue(e.getMessage().startsWith("no benchmark query named Q99; the queries are Q1_matrix_cell, "),
                e.getMessage());
    }
}
