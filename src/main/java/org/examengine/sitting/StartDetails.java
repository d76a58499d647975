package org.examengine.sitting;

import java.time.Duration;
import java.util.Optional;

/**
 * What the start screen shows for the candidate to confirm: who, where, which paper and its times, extra time,
 * and, for a sitting being resumed, how far it had got (answers saved, time left, a torn line skipped).
 */
public record StartDetails(String candidate, String centre, String paper, int level, int questions, int marks,
                           int readingMinutes, int writingMinutes, int extraPercent, Optional<Resumed> resumed) {

    public record Resumed(Phase phase, int answered, Duration remaining, Optional<String> torn) {
    }
}
