package org.examengine.sitting;

import java.time.Instant;

/**
 * A message shown prominently at the top of the screen from {@code since}: a notice of the sitting (a time
 * warning, a pause, time added) or a hint about a key. {@code tone} is {@link Tone#WARNING} or {@link Tone#NOTICE}.
 */
record Banner(Tone tone, String message, Instant since) {

    static Banner of(Notice notice, Instant now) {
        boolean warning = notice.kind() == Notice.Kind.WARNING || notice.kind() == Notice.Kind.PAUSED;
        return new Banner(warning ? Tone.WARNING : Tone.NOTICE, notice.message(), now);
    }
}
