package org.examengine.report;

/** Counts of one marking run, for its summary line. */
public final class Tally {
    long marked;
    long review;
    long rejected;

    /** Answers marked (blank ones included). */
    public long marked() {
        return marked;
    }

    /** Marked answers sent to a human. */
    public long review() {
        return review;
    }

    /** Rows that could not be used, and examiner marks that could not be applied. */
    public long rejected() {
        return rejected;
    }
}
