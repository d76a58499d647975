package org.examengine.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;

class GraderTest {

    /** 20 marks: FL 6 + 4, FM 6, FN 4. Pass 12, First Class 16, narrow fail from 11. */
    private static Paper paper(int level, GradingRules rules, String lastTopic) {
        return new Paper("L" + level + "-1", level, "unit", 1, "sha256:00", 60, 5, 20, List.of(
                question("1", "Q1", 6, "FL"), question("2", "Q2", 4, "FL"), question("3", "Q3", 6, "FM"),
                question("4", "Q4", 4, lastTopic)), List.of(), rules);
    }

    private static PaperQuestion question(String number, String id, int marks, String topic) {
        return new PaperQuestion(number, id, marks, marks, 1, "1.1", topic, "Stem " + id);
    }

    private final Grader grader = new Grader(paper(1, GradingRules.DEFAULTS, "FN"), Syllabus.standard());

    private CandidateGrade grade(int... marks) {
        CandidateScript script = grader.newScript();
        for (int i = 0; i < marks.length; i++) {
            script.record(i, marks[i], true, false);
        }
        return grader.grade(script);
    }

    @Test
    void boundariesAreInclusiveAndExact() {
        assertThat(grade(6, 4, 6, 0).grade()).isEqualTo(Grade.FIRST_CLASS_PASS);
        assertThat(grade(6, 3, 6, 0).grade()).isEqualTo(Grade.PASS);
        assertThat(grade(6, 0, 6, 0).grade()).isEqualTo(Grade.PASS);
        assertThat(grade(6, 0, 5, 0)).satisfies(g -> {
            assertThat(g.grade()).isEqualTo(Grade.FAIL);
            assertThat(g.total()).isEqualTo(11);
            assertThat(g.max()).isEqualTo(20);
            assertThat(g.percent()).isEqualTo("55.0");
        });
    }

    @Test
    void aPassCarriesNoCodesEvenWithAWeakTopic() {
        CandidateGrade g = grade(6, 4, 6, 0);
        assertThat(g.codes()).isEmpty();
    }

    @Test
    void narrowFailOnlyWithinTheMargin() {
        assertThat(grade(6, 0, 5, 0).codes()).contains("AA");
        assertThat(grade(6, 0, 4, 0).codes()).doesNotContain("AA");
    }

    @Test
    void topicCodesWhereUnderHalfTheTopicsMarksWereEarned() {
        // FL 5 of 10 (half: no code), FM 2 of 6 (FM), FN 3 of 4 (none)
        assertThat(grade(5, 0, 2, 3).codes()).containsExactly("FM");
        // FL 4 of 10 (FL), FM 3 of 6 (none), FN 1 of 4 (FN); FO is not on the paper, so never given
        assertThat(grade(4, 0, 3, 1).codes()).containsExactly("FL", "FN");
    }

    @Test
    void insufficientWorkWhenUnderHalfTheQuestionsWereAnswered() {
        CandidateScript script = grader.newScript();
        script.record(0, 6, true, false);
        script.record(1, 3, false, false); // blank: scores 0 and is not an answer
        CandidateGrade one = grader.grade(script);
        assertThat(one.total()).isEqualTo(6);
        assertThat(one.codes()).containsExactly("AB", "FM", "FN");
        script.record(2, 0, true, false);
        assertThat(grader.grade(script).codes()).doesNotContain("AB");
    }

    @Test
    void misinterpretationFromTwoMisreadAnswers() {
        CandidateScript script = grader.newScript();
        script.record(0, 5, true, true);
        script.record(1, 0, true, false);
        script.record(2, 0, true, false);
        script.record(3, 0, true, false);
        assertThat(grader.grade(script).codes()).doesNotContain("FK");
        script.record(3, 0, true, true);
        assertThat(grader.grade(script).codes()).containsExactly("FK", "FM", "FN");
    }

    @Test
    void codesComeInTheHandbooksOrder() {
        CandidateScript script = grader.newScript();
        script.record(0, 0, true, true);
        script.record(1, 0, true, true);
        script.record(2, 0, true, false);
        assertThat(grader.grade(script).codes()).containsExactly("FK", "FL", "FM", "FN");
    }

    @Test
    void onlyCodesOfThePapersLevel() {
        Grader level1 = new Grader(paper(1, GradingRules.DEFAULTS, "FP"), Syllabus.standard());
        Grader level2 = new Grader(paper(2, GradingRules.DEFAULTS, "FP"), Syllabus.standard());
        CandidateScript script = level1.newScript();
        script.record(0, 6, true, false);
        script.record(1, 4, true, false);
        script.record(2, 0, true, false);
        script.record(3, 0, true, false);
        assertThat(level1.grade(script).codes()).containsExactly("FM");
        assertThat(level2.grade(script).codes()).containsExactly("FM", "FP");
    }

    @Test
    void thePapersOwnRulesDecide() {
        Grader lenient = new Grader(paper(1, new GradingRules(50, 70, 10, 75, 1, 30), "FN"), Syllabus.standard());
        CandidateScript script = lenient.newScript();
        script.record(0, 6, true, false);
        script.record(1, 4, true, false);
        assertThat(lenient.grade(script).grade()).isEqualTo(Grade.PASS);
        script.record(1, 2, true, true);
        CandidateGrade fail = lenient.grade(script);
        assertThat(fail.grade()).isEqualTo(Grade.FAIL);
        // 8 of 20 is 40 %, within 10 of 50; 2 of 4 answered is under 75 %; one misreading is enough;
        // FM 0 of 6 and FN 0 of 4 are under 30 %, FL 8 of 10 is not
        assertThat(fail.codes()).containsExactly("AA", "AB", "FK", "FM", "FN");
    }

    @Test
    void anExaminersMarkCountsAsAnAnswer() {
        CandidateScript script = grader.newScript();
        script.record(0, 6, true, false);
        script.override(1, 4);
        script.override(2, 6);
        CandidateGrade g = grader.grade(script);
        assertThat(g.total()).isEqualTo(16);
        assertThat(g.grade()).isEqualTo(Grade.FIRST_CLASS_PASS);
    }
}
