package org.examengine.syllabus;

import java.util.Objects;
import java.util.Set;

/**
 * A performance code from the handbook's table, and the rule that gives it to a failed candidate. Topic
 * codes (FL...FS) name a syllabus area a question can evidence; the others describe how a candidate failed.
 */
public record PerformanceCode(String code, String area, Set<Integer> levels, Rule rule) {
    public PerformanceCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        levels = Set.copyOf(levels);
        Objects.requireNonNull(rule, "rule");
    }

    /** When a fail gets the code; the thresholds are the paper's (see GradingRules). */
    public enum Rule {
        /** The mark is just under the pass boundary. */
        NARROW_FAIL,
        /** Too few questions were answered. */
        INSUFFICIENT_WORK,
        /** Several answers fit another question, or a misreading of their own. */
        MISINTERPRETATION,
        /** Too few of the marks of the questions on this code's area were earned. */
        TOPIC
    }

    public boolean topic() {
        return rule == Rule.TOPIC;
    }

    public boolean appliesAt(int level) {
        return levels.contains(level);
    }
}
