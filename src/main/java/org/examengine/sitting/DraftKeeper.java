package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;

/**
 * The answer on screen and when it is saved. A change is saved when the candidate pauses typing for
 * {@link #PAUSE}, and at the latest {@link #LONGEST} after the first unsaved change however fast they type; the
 * controller also saves on Enter, on moving, before submitting or leaving. "Saved" is shown only while the text
 * on screen is what the journal holds, which {@link SittingSession} changes only after the write is on disk.
 */
final class DraftKeeper {

    static final Duration PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(5);

    private final SittingSession session;
    private String question;
    private AnswerEditor editor;
    private Instant lastEdit;
    private Instant dirtySince;
    private boolean failed;

    DraftKeeper(SittingSession session) {
        this.session = session;
        load(session.state().current());
    }

    /** Shows the saved answer to {@code id}; save the current one first. */
    void load(String id) {
        question = id;
        editor = new AnswerEditor(stored());
        lastEdit = null;
        dirtySince = null;
    }

    String question() {
        return question;
    }

    AnswerEditor editor() {
        return editor;
    }

    void edited(Instant now) {
        lastEdit = now;
        if (dirtySince == null) {
            dirtySince = now;
        }
    }

    boolean dirty() {
        return !editor.text().equals(stored());
    }

    void saveIfDue(Instant now) {
        if (dirty() && lastEdit != null && (!now.isBefore(lastEdit.plus(PAUSE))
                || !now.isBefore(dirtySince.plus(LONGEST)))) {
            save();
        }
    }

    /**
     * Writes the answer on screen to the journal if it changed; false when it could not be written (the sitting
     * is not open for answers, or the write failed, which is shown and tried again).
     */
    boolean save() {
        if (!dirty()) {
            return true;
        }
        try {
            session.saveAnswer(question, editor.text());
            failed = false;
        } catch (RuntimeException e) {
            failed = true;
            return false;
        }
        if (!dirty()) {
            dirtySince = null;
            return true;
        }
        return false;
    }

    SaveStatus status() {
        if (failed) {
            return SaveStatus.FAILED;
        }
        if (dirty()) {
            return SaveStatus.PENDING;
        }
        return editor.text().isEmpty() ? SaveStatus.EMPTY : SaveStatus.SAVED;
    }

    private String stored() {
        return session.state().answers().getOrDefault(question, "");
    }
}
