package org.examengine.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One line of the decisions journal ({@code review-decisions.jsonl}). */
public interface ReviewEntry {

    Instant at();

    /**
     * A run of {@code exam review} began: who reviews, and the inputs a re-grade needs (absolute paths, or
     * null / empty when not known), so the next run can go on without them being given again.
     */
    record Session(Instant at, String examiner, String paper, List<String> answers, String grids, String banks)
            implements ReviewEntry {
        public Session {
            Objects.requireNonNull(at, "at");
            answers = List.copyOf(answers);
        }
    }

    /** An examiner's mark (and comment) for an answer; a later one for the same answer replaces it. */
    record Decided(Instant at, Decision decision) implements ReviewEntry {
        public Decided {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The examiner took back the decision on an answer: it is undecided again. */
    record Cleared(Instant at, AnswerKey key, String by) implements ReviewEntry {
        public Cleared {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(key, "key");
        }
    }

    /** {@code review.csv} was written with every decision made so far ({@code filled} rows). */
    record Written(Instant at, int filled) implements ReviewEntry {
        public Written {
            Objects.requireNonNull(at, "at");
        }
    }
}
