package org.examengine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.syllabus.AssessmentCriterion;
import org.examengine.syllabus.LearningOutcome;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;

/** Counts questions, marks and scenario parts per learning outcome, criterion and topic of each level. */
final class CoverageCounter {

    private final Syllabus syllabus;

    CoverageCounter(Syllabus syllabus) {
        this.syllabus = syllabus;
    }

    /** Coverage of the given levels, in syllabus order. */
    List<Coverage> count(List<Question> questions, Set<Integer> levels) {
        List<Coverage> out = new ArrayList<>();
        for (Level level : syllabus.levels()) {
            if (!levels.contains(level.number())) {
                continue;
            }
            List<Question> at = questions.stream().filter(q -> q.level() == level.number()).toList();
            List<Coverage.OutcomeCoverage> outcomes = new ArrayList<>();
            for (LearningOutcome lo : level.outcomes()) {
                List<Coverage.CriterionCoverage> criteria = new ArrayList<>();
                for (AssessmentCriterion ac : lo.criteria()) {
                    List<Question> on = at.stream().filter(q -> q.lo() == lo.number() && q.ac().equals(ac.id())).toList();
                    criteria.add(new Coverage.CriterionCoverage(ac.id(), ac.title(), on.size(), marks(on), parts(on)));
                }
                List<Question> onLo = at.stream().filter(q -> q.lo() == lo.number()).toList();
                outcomes.add(new Coverage.OutcomeCoverage(lo.number(), lo.title(), onLo.size(), marks(onLo), parts(onLo), criteria));
            }
            Set<String> tasks = new TreeSet<>();
            at.stream().filter(q -> q.kind() == QuestionKind.SCENARIO && q.scenario() != null).forEach(q -> tasks.add(q.scenario()));
            List<Coverage.TopicCoverage> topics = new ArrayList<>();
            for (PerformanceCode code : syllabus.topicsAt(level.number())) {
                List<Question> on = at.stream().filter(q -> code.code().equals(q.topic())).toList();
                topics.add(new Coverage.TopicCoverage(code.code(), code.area(), on.size(), marks(on), parts(on)));
            }
            out.add(new Coverage(level.number(), level.unitLabel(), level.title(), at.size(), marks(at), tasks.size(),
                    outcomes, topics));
        }
        return out;
    }

    private static int marks(List<Question> questions) {
        return questions.stream().mapToInt(Question::marks).sum();
    }

    private static int parts(List<Question> questions) {
        return (int) questions.stream().filter(q -> q.kind() == QuestionKind.SCENARIO).count();
    }
}
