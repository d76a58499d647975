package org.examengine.syllabus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;

class SyllabusTest {

    private final Syllabus syllabus = Syllabus.standard();

    @Test
    void levelsHaveTheHandbooksOutcomesAndCriteria() {
        assertThat(syllabus.qualification()).isEqualTo("8992");
        assertThat(syllabus.level(1).orElseThrow().outcomes()).hasSize(4);
        assertThat(syllabus.level(1).orElseThrow().criteria()).hasSize(15);
        assertThat(syllabus.level(2).orElseThrow().outcomes()).hasSize(6);
        assertThat(syllabus.level(2).orElseThrow().criteria()).hasSize(21);
        assertThat(syllabus.level(3).orElseThrow().outcomes()).hasSize(7);
        assertThat(syllabus.level(3).orElseThrow().criteria()).hasSize(32);
        assertThat(syllabus.level(4)).isEmpty();
    }

    @Test
    void timingsAndUnits() {
        assertThat(syllabus.levels()).extracting(Level::duration).containsExactly(60, 90, 120);
        assertThat(syllabus.levels()).extracting(Level::reading).containsExactly(5, 5, 5);
        assertThat(syllabus.level(1).orElseThrow().unitLabel()).isEqualTo("111/021");
        assertThat(syllabus.level(2).orElseThrow().unitLabel()).isEqualTo("112/022");
        assertThat(syllabus.level(3).orElseThrow().unitLabel()).isEqualTo("113");
    }

    @Test
    void performanceCodesApplyAtTheHandbooksLevels() {
        assertThat(syllabus.codes()).extracting(PerformanceCode::code)
                .containsExactly("AA", "AB", "FK", "FL", "FM", "FN", "FO", "FP", "FR", "FS");
        assertThat(syllabus.topicsAt(1)).extracting(PerformanceCode::code).containsExactly("FL", "FM", "FN", "FO");
        assertThat(syllabus.topicsAt(2)).extracting(PerformanceCode::code).containsExactly("FL", "FM", "FN", "FO", "FP");
        assertThat(syllabus.topicsAt(3)).extracting(PerformanceCode::code)
                .containsExactly("FL", "FM", "FN", "FO", "FP", "FR", "FS");
        assertThat(syllabus.code("AA").orElseThrow().topic()).isFalse();
    }

    @Test
    void criterionLookUpKnowsItsOutcome() {
        AssessmentCriterion ac = syllabus.level(2).orElseThrow().criterion("5.6").orElseThrow();
        assertThat(ac.outcome()).isEqualTo(5);
        assertThat(syllabus.level(2).orElseThrow().criterion("5.7")).isEmpty();
    }

    @Test
    void aBrokenCatalogueNamesItsPlace() {
        String broken = """
                qualification: {code: "8992", title: "x"}
                levels:
                  - level: 1
                    title: "L1"
                    units: ["111"]
                    duration: sixty
                    reading: 5
                    outcomes: []
                codes: []
                """;
        assertThatThrownBy(() -> new SyllabusLoader().load(broken, "test-syllabus.yaml"))
                .isInstanceOf(ExamException.class)
                .hasMessageContaining("field 'duration' of level must be a whole number")
                .satisfies(e -> assertThat(((ExamException) e).location().line()).isEqualTo(6));
    }
}
