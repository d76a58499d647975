package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaStartsAreNeutralised() {
        for (String risky : new String[] {"=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"}) {
            assertThat(CsvCells.neutralise(risky)).isEqualTo("'" + risky);
        }
    }

    @Test
    void ordinaryValuesAreUnchanged() {
        assertThat(CsvCells.neutralise("C001")).isEqualTo("C001");
        assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
