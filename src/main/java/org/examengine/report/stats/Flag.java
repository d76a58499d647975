package org.examengine.report.stats;

/** Why a question deserves an author's look, from its item statistics and the {@link Thresholds}. */
public enum Flag {
    /** Facility above {@link Thresholds#tooEasy()}: nearly everyone earns the marks, so it tells nobody apart. */
    TOO_EASY("too easy"),
    /** Facility below {@link Thresholds#tooHard()}: nearly nobody earns the marks (or the grid misses good answers). */
    TOO_HARD("too hard"),
    /**
     * Discrimination index below {@link Thresholds#discrimination()}, or negative: candidates who do well on the
     * rest of the paper do not do better on this question. A negative index suggests a faulty question or grid.
     */
    NOT_DISCRIMINATING("does not discriminate"),
    /** Discriminative efficiency below {@link Thresholds#efficiency()}: the test Moodle uses to mark a question dubious. */
    LOW_EFFICIENCY("low discriminative efficiency");

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    /** In words, for reports. */
    public String label() {
        return label;
    }
}
