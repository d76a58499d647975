package org.examengine.report;

import java.util.Objects;

/**
 * A question of a marked paper as the report sees it: an item of the item analysis.
 *
 * @param id     the bank id ({@code L2-041}): the key that links one question across papers and sittings
 * @param number as printed on the paper ({@code "3"}, {@code "7a"} for a scenario part)
 * @param max    the question's marks
 * @param topic  the performance-code area it evidences ({@code FL} .. {@code FS})
 * @param lo     the learning outcome it assesses
 * @param ac     the assessment criterion ({@code "3.3"})
 */
public record Item(String id, String number, int max, String topic, int lo, String ac) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(ac, "ac");
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, was " + max);
        }
    }
}
