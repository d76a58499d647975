package org.examengine.sitting;

/** Where a sitting is: reading the paper (no answering), writing, or submitted (read only from then on). */
public enum Phase {
    READING, WRITING, SUBMITTED;

    public String label() {
        return switch (this) {
            case READING -> "reading time";
            case WRITING -> "writing time";
            case SUBMITTED -> "submitted";
        };
    }
}
