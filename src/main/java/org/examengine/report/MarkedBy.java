package org.examengine.report;

/** Who gave an answer its final mark: the automatic marker, or an examiner through {@code exam mark --overrides}. */
public enum MarkedBy {
    MARKER,
    EXAMINER
}
