package org.examengine.sitting;

/** What the screen's "saved" indicator says about the answer on screen. */
enum SaveStatus {
    /** Nothing written yet. */
    EMPTY,
    /** Changed since the last save; saved after a pause in typing. */
    PENDING,
    /** The text on screen is what the journal holds: the write returned. */
    SAVED,
    /** The last save failed; it is tried again. */
    FAILED
}
