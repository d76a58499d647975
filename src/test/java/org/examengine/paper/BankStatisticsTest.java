package org.examengine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankStatisticsTest {

    private static final String HEADER = "question,level,topic,max,sittings,n,facility,discrimination,per_sitting\n";

    @TempDir
    Path dir;

    @Test
    void theExpectedMeanCountsQuestionsWithoutStatisticsAtTheLevelsFacility() throws IOException {
        // Q1: 2 marks, facility 90 %, 10 candidates; Q2: 2 marks, facility 10 %, 30 candidates; a Level 3 row ignored.
        // level facility = marks earned / marks sat = (.9 x 2 x 10 + .1 x 2 x 30) / (2 x 10 + 2 x 30) = 24 / 80 = 30 %.
        // a paper of Q1 (2), Q2 (2) and Q3 (4, never sat): .9 x 2 + .1 x 2 + .3 x 4 = 1.8 + .2 + 1.2 = 3.2 of 8 = 40 %.
        Path file = dir.resolve("bank.csv");
        Files.writeString(file, HEADER + "Q1,2,FL,2,1,10,90.00,35.00,x\nQ2,2,FM,2,2,30,10.00,-5.50,\"a; b\"\n"
                + "Q9,3,FL,4,1,50,99.00,,\n");
        BankStatistics stats = BankStatistics.read(file, "bank.csv");

        assertThat(stats.levelFacility(2).orElseThrow()).isCloseTo(30.0, within(1e-9));
        assertThat(stats.levelFacility(1)).isEmpty();
        assertThat(stats.byQuestion().get("Q2").discrimination()).isEqualTo(-5.5);
        assertThat(stats.byQuestion().get("Q9").discrimination()).isNaN();
        Map<String, Integer> paper = new LinkedHashMap<>();
        paper.put("Q1", 2);
        paper.put("Q2", 2);
        paper.put("Q3", 4);
        ExpectedMean e = stats.expectedMean(paper, 30.0);
        assertThat(e.marks()).isCloseTo(3.2, within(1e-9));
        assertThat(e.percent()).isCloseTo(40.0, within(1e-9));
        assertThat(e.withStatistics()).isEqualTo(2);
        assertThat(e.questions()).isEqualTo(3);
    }

    @Test
    void aFacilityOutOfRangeNamesFileLineAndField() throws IOException {
        Path file = dir.resolve("bank.csv");
        Files.writeString(file, HEADER + "Q1,2,FL,2,1,10,90.00,35.00,x\nQ2,2,FM,2,1,10,140,,\n");

        assertThatThrownBy(() -> BankStatistics.read(file, "bank.csv")).isInstanceOf(ExamException.class)
                .extracting(x -> ((ExamException) x).render()).asString()
                .isEqualTo("bank.csv:3:1: field 'facility': expected a number from 0 to 100, found '140'");
    }

    @Test
    void aFileWithoutTheColumnsIsNotBankStatistics() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "candidate,total\nC1,3\n");
        assertThatThrownBy(() -> BankStatistics.read(file, "results.csv")).hasMessageContaining("no 'question' column");
        assertThat(new BankStatistics(List.of()).levelFacility(2)).isEmpty();
    }
}
