package org.examengine.validate;

import java.util.List;

/** How well the validated banks cover one level of the syllabus. */
public record Coverage(int level, String unit, String title, int questions, int marks, int scenarioTasks,
                       List<OutcomeCoverage> outcomes, List<TopicCoverage> topics) {
    public Coverage {
        outcomes = List.copyOf(outcomes);
        topics = List.copyOf(topics);
    }

    /** The criteria no question assesses yet. */
    public List<CriterionCoverage> uncovered() {
        return outcomes.stream().flatMap(o -> o.criteria().stream()).filter(c -> c.questions() == 0).toList();
    }

    /** One learning outcome's totals and its criteria. */
    public record OutcomeCoverage(int lo, String title, int questions, int marks, int scenarioParts,
                                  List<CriterionCoverage> criteria) implements Counts {
        public OutcomeCoverage {
            criteria = List.copyOf(criteria);
        }
    }

    /** One performance-code area valid at the level: how many questions evidence it, and their marks. */
    public record TopicCoverage(String code, String area, int questions, int marks, int scenarioParts) implements Counts {
    }

    /** One assessment criterion: how many questions assess it, their marks, and how many are scenario parts. */
    public record CriterionCoverage(String ac, String title, int questions, int marks, int scenarioParts)
            implements Counts {
    }

    /** Questions counted with the scenario parts among them; the rest are short-answer questions. */
    public interface Counts {
        int questions();

        int scenarioParts();

        default int shortQuestions() {
            return questions() - scenarioParts();
        }
    }
}
