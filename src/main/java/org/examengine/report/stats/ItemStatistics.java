package org.examengine.report.stats;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.examengine.report.Item;

/**
 * The item analysis of one question in one result set, as Moodle's quiz statistics define it (see
 * docs/report.md, "Statistics"). Percentages are 0 to 100; a value that cannot be computed (fewer than two
 * candidates, or no spread) is {@link Double#NaN}.
 *
 * @param item           the question
 * @param n              candidates (a question without an answer counts as 0 marks)
 * @param meanMark       mean mark, in marks
 * @param facility       facility index: mean mark / max, %
 * @param sd             standard deviation of the mark (n - 1), as a % of max
 * @param discrimination discrimination index: correlation of the mark with the rest of the paper (total minus
 *                       this mark), %
 * @param efficiency     discriminative efficiency: covariance with the rest of the paper as a % of the largest
 *                       covariance the same marks could have
 * @param answered       candidates who wrote an answer
 * @param review         answers the marker sent to review (it was unsure)
 * @param reviewShare    {@code review} as a % of the answer rows
 * @param changed        answers whose final mark is an examiner's that differs from the marker's
 * @param points         every grid point known for it, with the share of candidates credited it, in grid order
 *                       (points only seen in the results follow in order of first appearance)
 * @param flags          what deserves a look
 */
public record ItemStatistics(Item item, int n, double meanMark, double facility, double sd, double discrimination,
                             double efficiency, int answered, int review, double reviewShare, int changed,
                             List<PointFacility> points, Set<Flag> flags) {
    public ItemStatistics {
        Objects.requireNonNull(item, "item");
        points = List.copyOf(points);
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    }
}
