package org.examengine.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/**
 * Grades candidates on one paper by its grading rules: the percent of the paper's marks against the Pass and
 * First Class boundaries, and for a fail each performance code of the paper's level whose rule it meets, in
 * the handbook's order. Percentages are compared exactly (no rounding decides a grade).
 */
public final class Grader {

    private final List<PaperQuestion> questions;
    private final GradingRules rules;
    private final List<PerformanceCode> codes;
    private final int max;

    public Grader(Paper paper, Syllabus syllabus) {
        this.questions = paper.allQuestions();
        this.rules = paper.grading();
        this.codes = syllabus.codes().stream().filter(c -> c.appliesAt(paper.level())).toList();
        this.max = questions.stream().mapToInt(PaperQuestion::marks).sum();
    }

    /** The paper's questions in order: a script's question i is this list's i. */
    public List<PaperQuestion> questions() {
        return questions;
    }

    public CandidateScript newScript() {
        return new CandidateScript(questions.size());
    }

    public CandidateGrade grade(CandidateScript script) {
        int total = script.total();
        Grade grade = atLeast(total, rules.firstClass()) ? Grade.FIRST_CLASS_PASS
                : atLeast(total, rules.pass()) ? Grade.PASS : Grade.FAIL;
        List<String> given = new ArrayList<>();
        if (grade == Grade.FAIL) {
            Map<String, int[]> byTopic = topicMarks(script);
            for (PerformanceCode code : codes) {
                if (applies(code, script, total, byTopic)) {
                    given.add(code.code());
                }
            }
        }
        return new CandidateGrade(total, max, grade, given);
    }

    private boolean applies(PerformanceCode code, CandidateScript script, int total, Map<String, int[]> byTopic) {
        return switch (code.rule()) {
            case NARROW_FAIL -> atLeast(total, rules.pass() - rules.narrowFail());
            case INSUFFICIENT_WORK -> count(script, true) * 100L < (long) rules.insufficientWork() * questions.size();
            case MISINTERPRETATION -> count(script, false) >= rules.misinterpretation();
            case TOPIC -> {
                int[] earnedOfAvailable = byTopic.get(code.code());
                yield earnedOfAvailable != null && earnedOfAvailable[1] > 0
                        && earnedOfAvailable[0] * 100L < (long) rules.topicAttainment() * earnedOfAvailable[1];
            }
        };
    }

    /** Whether {@code total} is at least {@code percent} % of the paper's marks. */
    private boolean atLeast(int total, int percent) {
        return total * 100L >= (long) percent * max;
    }

    /** Answered questions, or misread answers. */
    private static int count(CandidateScript script, boolean answered) {
        int n = 0;
        for (int i = 0; i < script.questions(); i++) {
            n += (answered ? script.answered(i) : script.misread(i)) ? 1 : 0;
        }
        return n;
    }

    /** Per topic code on the paper: {marks earned, marks available}. */
    private Map<String, int[]> topicMarks(CandidateScript script) {
        Map<String, int[]> byTopic = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            int[] sums = byTopic.computeIfAbsent(questions.get(i).topic(), t -> new int[2]);
            sums[0] += script.mark(i);
            sums[1] += questions.get(i).marks();
        }
        return byTopic;
    }
}
