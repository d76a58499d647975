package org.examengine.paper;

/**
 * A paper's expected mean mark from bank statistics: the sum over its questions of facility x marks, where a
 * question without statistics counts at the default facility.
 *
 * @param marks           the expected mean, in marks
 * @param max             the paper's marks
 * @param withStatistics  questions whose facility came from the statistics
 * @param questions       questions on the paper
 * @param defaultFacility the facility, %, used for the others
 */
public record ExpectedMean(double marks, int max, int withStatistics, int questions, double defaultFacility) {

    /** The expected mean as a percentage of the paper's marks. */
    public double percent() {
        return 100 * marks / max;
    }
}
