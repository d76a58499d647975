package org.examengine.sitting;

/** Something the candidate must be told as it happens: a time warning, a phase change, a pause, time added. */
public record Notice(Kind kind, String message) {

    public enum Kind {
        WARNING, PHASE, PAUSED, RESUMED, TIME, SUBMITTED
    }
}
