package org.examengine.report.stats;

import java.util.Objects;

/**
 * One answer marked twice: by the automatic marker and by an examiner.
 *
 * @param candidate the candidate id
 * @param question  the question id
 * @param max       the question's marks
 * @param marker    the marker's mark
 * @param examiner  the examiner's mark
 */
public record MarkPair(String candidate, String question, int max, int marker, int examiner) {
    public MarkPair {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        if (marker < 0 || marker > max || examiner < 0 || examiner > max) {
            throw new IllegalArgumentException("marks " + marker + " and " + examiner + " of " + max);
        }
    }
}
