package org.examengine.report;

import java.util.List;
import java.util.Objects;

/**
 * One candidate's result on one question, as {@code results.jsonl} records it.
 *
 * @param question   the question's bank id
 * @param mark       the final mark (an examiner's where there is one); 0 when there was no answer row
 * @param max        the question's marks
 * @param answered   false for a blank answer and for no answer row at all
 * @param hasRow     whether the answers files held a row for it (blank or not); false means the candidate's
 *                   results carry no entry for the question, which counts as unanswered with mark 0
 * @param markedBy   who gave the final mark
 * @param markerMark the automatic marker's own mark (equal to {@code mark} unless an examiner changed it)
 * @param review     whether the marker was unsure and sent the answer to review ({@code confidence: review});
 *                   an examiner's mark does not change it
 * @param reasons    the review reasons, lower case as written ({@code rejected_phrase}); empty when sure
 * @param points     the ids of the grid points credited, in the order written (a point may repeat only if
 *                   the file repeats it)
 * @param misread    whether the answer looked like a misreading of the question (evidence for FK)
 */
public record ItemResult(String question, int mark, int max, boolean answered, boolean hasRow, MarkedBy markedBy,
                         int markerMark, boolean review, List<String> reasons, List<String> points, boolean misread) {
    public ItemResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(markedBy, "markedBy");
        reasons = List.copyOf(reasons);
        points = List.copyOf(points);
        if (mark < 0 || mark > max) {
            throw new IllegalArgumentException("mark " + mark + " of " + max);
        }
    }

    /** No answer row for this question: unanswered, 0 marks, by the marker. */
    public static ItemResult absent(Item item) {
        return new ItemResult(item.id(), 0, item.max(), false, false, MarkedBy.MARKER, 0, false, List.of(), List.of(),
                false);
    }

    /** The mark as a share of the question's marks, 0 to 1. */
    public double fraction() {
        return (double) mark / max;
    }
}
