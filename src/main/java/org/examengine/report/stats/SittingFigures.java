package org.examengine.report.stats;

import java.util.Objects;

/**
 * One question's figures in one sitting (one result set).
 *
 * @param sitting        the result set, as the user named it (its folder)
 * @param paper          the paper's id
 * @param n              candidates
 * @param facility       facility index, %
 * @param discrimination discrimination index, % (NaN when it cannot be computed)
 */
public record SittingFigures(String sitting, String paper, int n, double facility, double discrimination) {
    public SittingFigures {
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(paper, "paper");
    }
}
