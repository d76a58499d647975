package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.examengine.source.ExamException;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;

/** The advice on the feedback sheets: one entry for every code of the catalogue, read from its resource. */
class FeedbackAdviceTest {

    @Test
    void everyPerformanceCodeOfTheSyllabusHasPlainWordsAndThingsToWorkOn() {
        FeedbackAdvice advice = FeedbackAdvice.standard();
        Syllabus syllabus = Syllabus.standard();
        assertThat(advice.codes()).containsExactlyInAnyOrderElementsOf(syllabus.codes().stream().map(PerformanceCode::code).toList());
        for (PerformanceCode code : syllabus.codes()) {
            FeedbackAdvice.Advice a = advice.of(code.code()).orElseThrow();
            assertThat(a.means()).as(code.code()).isNotBlank().doesNotContain("<");
            assertThat(a.workOn()).as(code.code()).hasSizeBetween(2, 5).allSatisfy(w -> assertThat(w).isNotBlank());
        }
    }

    @Test
    void aSecondEntryForACodeIsRefusedWithItsLine() {
        String text = """
                codes:
                  - {code: AA, means: "close", work_on: ["answer all"]}
                  - {code: AA, means: "again", work_on: ["x"]}
                """;
        assertThatThrownBy(() -> FeedbackAdvice.parse(text, "advice.yaml"))
                .isInstanceOf(ExamException.class).satisfies(e -> assertThat(((ExamException) e).render()).startsWith("advice.yaml:3:").contains("AA"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> FeedbackAdvice.parse("codes:\n  - {code: AA, means: m, work_on: [a], tips: [b]}\n", "a.yaml"))
                .isInstanceOf(ExamException.class).satisfies(e -> assertThat(((ExamException) e).render()).startsWith("a.yaml:2:").contains("tips"));
    }
}
