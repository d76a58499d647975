package org.examengine.report.stats;

import java.util.Objects;

/**
 * How often one grid point was credited.
 *
 * @param point    the grid point's id
 * @param credited candidates credited it
 * @param facility {@code credited} as a percentage of the candidates (0 when there are none)
 */
public record PointFacility(String point, int credited, double facility) {
    public PointFacility {
        Objects.requireNonNull(point, "point");
    }
}
