package org.examengine.paper;

import java.util.Map;
import java.util.Objects;
import org.examengine.source.Origin;

/**
 * What every paper of a level must contain. Times are minutes; boundaries and code thresholds are
 * percentages. See docs/formats.md for each field.
 */
public record Blueprint(int level, int duration, int reading, int marks, int scenarios, int slackMinutes,
                        Coverage coverage, Boundaries boundaries, CodeRules codes, Origin origin) {
    public Blueprint {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(boundaries, "boundaries");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(origin, "origin");
    }

    /** Coverage rules: questions per LO, uses per AC, marks per topic code. */
    public record Coverage(int everyLo, int maxPerAc, Map<String, Integer> topicMinMarks, Origin origin) {
        public Coverage {
            topicMinMarks = Map.copyOf(topicMinMarks);
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** Grade boundaries in percent of the paper's marks. */
    public record Boundaries(int pass, int firstClass, int narrowFail) {
    }

    /** When the non-topic performance codes and the topic codes are given. */
    public record CodeRules(int insufficientWork, int misinterpretation, int topicAttainment) {
    }
}
