package org.examengine.sitting;

/**
 * What the full screen is showing over the sitting. Being paused or submitted is not a mode: it comes from the
 * sitting itself, whatever the candidate had open.
 */
enum ScreenMode {
    /** The question and the answer being written. */
    ANSWER,
    /** Every question with its marks and whether it is answered or flagged, to go to one. */
    LIST,
    /** "Submit now?", listing what is unanswered or flagged. */
    SUBMIT,
    /** The keys. */
    HELP,
    /** The invigilator's leave, waiting for LEAVE to be typed. */
    LEAVE,
    /** Ctrl-C, Ctrl-Z or the like was pressed: the calm message that nothing was lost. */
    INTERRUPTED,
    /** The whole question and its scenario, scrolled, when they do not fit beside the answer. */
    READ
}
