package org.examengine.sitting;

import java.time.Instant;
import java.util.List;

/** One line of a candidate's journal: something that happened in the sitting, and when. */
public sealed interface Entry {

    Instant at();

    /** The sitting began: who sits what, the paper as it was, the base times, and where the control journal stood. */
    record Opened(Instant at, String candidate, String centre, String paper, String fingerprint,
                  List<QuestionDigest> questions, int readingMinutes, int writingMinutes, long controlFrom)
            implements Entry {
        public Opened {
            questions = List.copyOf(questions);
        }
    }

    /** An access arrangement: extra time as a percentage, why, and who approved it. */
    record Arranged(Instant at, int percent, String reason, String approvedBy) implements Entry {
    }

    record PhaseChanged(Instant at, Phase phase, String cause) implements Entry {
    }

    /** The whole answer to a question as it now stands, exactly as typed. */
    record AnswerSaved(Instant at, String question, String text) implements Entry {
    }

    record Flagged(Instant at, String question, boolean flagged) implements Entry {
    }

    record Moved(Instant at, String question) implements Entry {
    }

    /** Written every few seconds so that a crash loses at most that much of the clock. */
    record Heartbeat(Instant at) implements Entry {
    }

    /** The program started again after stopping; whether the time it was down counts against the candidate. */
    record Restarted(Instant at, boolean downtimeCharged, String note) implements Entry {
    }

    /** An invigilator's command, as this sitting applied it. */
    record Controlled(Instant at, ControlCommand command) implements Entry {
    }
}
