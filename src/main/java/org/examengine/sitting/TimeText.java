package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the board shows them: a clock time and "2 min ago" (countdowns: {@link Countdown}). */
public final class TimeText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    public static String ago(Instant then, Instant now) {
        long s = Duration.between(then, now).getSeconds();
        if (s < 60) {
            return "just now";
        }
        return s < 120 * 60 ? s / 60 + " min ago" : s / 3600 + " h ago";
    }

    /** {@code HH:mm:ss} in the zone given, for logs and notes. */
    public static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }

    /** {@code HH:mm:ss} in the system's zone. */
    public static String clock(Instant at) {
        return clock(at, ZoneId.systemDefault());
    }

    public static String hourMinute(Instant at, ZoneId zone) {
        return SHORT.format(at.atZone(zone));
    }
}
