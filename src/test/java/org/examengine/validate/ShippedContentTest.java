package org.examengine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.examengine.marking.GridMarker;
import org.examengine.source.Finding;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.TestWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped banks, grids and blueprints validate cleanly: a change that breaks a grid's worked examples,
 * a tag, or the syllabus coverage fails the build here.
 */
class ShippedContentTest {

    private static ValidationReport report;

    @BeforeAll
    static void validateShippedTree() {
        Path root = Path.of("").toAbsolutePath();
        report = new Validator(Syllabus.standard(), analysis -> new GridMarker(analysis, TestWords.ENGLISH)::mark).validate(
                List.of(root.resolve("question-banks"), root.resolve("marking-grids")),
                p -> root.relativize(p).toString());
    }

    @Test
    void hasNoErrors() {
        assertThat(report.findings()).filteredOn(Finding::isError).extracting(Finding::render).isEmpty();
    }

    @Test
    void hasNoWarnings() {
        assertThat(report.findings()).extracting(Finding::render).isEmpty();
    }

    @ParameterizedTest(name = "Level {0}: at least {1} short questions per criterion and {2} scenario tasks")
    @CsvSource({"1, 4, 6", "2, 4, 8", "3, 4, 10"})
    void everyCriterionHasEnoughShortQuestionsToVaryPapers(int level, int shortPerCriterion, int scenarioTasks) {
        Coverage coverage = report.coverage().get(level - 1);
        assertThat(coverage.outcomes()).flatExtracting(Coverage.OutcomeCoverage::criteria)
                .allSatisfy(ac -> assertThat(ac.shortQuestions())
                        .as("short questions on AC %s", ac.ac()).isGreaterThanOrEqualTo(shortPerCriterion));
        assertThat(coverage.scenarioTasks()).isGreaterThanOrEqualTo(scenarioTasks);
    }

    @Test
    void everyQuestionHasAGridAndEveryLevelABlueprint() {
        assertThat(report.grids()).isEqualTo(report.questions());
        assertThat(report.blueprints()).isEqualTo(3);
        assertThat(report.coverage()).extracting(Coverage::level).containsExactly(1, 2, 3);
    }

    @Test
    void everyLearningOutcomeAndCriterionOfEveryLevelIsCovered() {
        for (Coverage level : report.coverage()) {
            assertThat(level.outcomes()).as("Level %d outcomes", level.level()).allSatisfy(lo -> assertThat(lo.questions()).isPositive());
            assertThat(level.uncovered()).as("Level %d uncovered criteria", level.level()).isEmpty();
        }
    }
}
