package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the board shows them: a countdown ({@code 1:05:09}, {@code 52:10}), a clock time, and "2 min ago". */
public final class TimeText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    /** Hours, minutes and seconds left; a part second counts as a whole one, so 0:00 means none at all. */
    public static String countdown(Duration d) {
        long s = d.isNegative() ? 0 : d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
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
