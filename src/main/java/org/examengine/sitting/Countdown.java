package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;

/**
 * The time left as the header shows it: in full ("1:12:05 left (base 0:57:05)", the base being what the room
 * without extra time has left) or, when the candidate asks for quiet, short ("1h12m"). Seconds round up, so
 * "0:00:00" shows only when time is up.
 */
final class Countdown {

    static final Duration LOW = Duration.ofMinutes(5);

    private Countdown() {
    }

    static String full(Sitting s, Instant now) {
        if (s.phase() == Phase.SUBMITTED) {
            return "submitted";
        }
        StringBuilder b = new StringBuilder();
        if (s.phase() == Phase.READING) {
            b.append("reading ");
        }
        b.append(clock(s.remainingAt(now))).append(" left");
        if (s.timing().extended(s.phase())) {
            Duration base = s.baseRemainingAt(now);
            b.append(base.isNegative() || base.isZero() ? " (base time over)" : " (base " + clock(base) + ")");
        }
        if (s.paused()) {
            b.append(", paused");
        }
        return b.toString();
    }

    static String quiet(Sitting s, Instant now) {
        return (s.phase() == Phase.READING ? "reading " : "") + bare(s, now);
    }

    /** The shortest form: minutes left and nothing else but "paused". */
    static String bare(Sitting s, Instant now) {
        if (s.phase() == Phase.SUBMITTED) {
            return "done";
        }
        long minutes = seconds(s.remainingAt(now)) / 60;
        String left = minutes == 0 ? "<1m" : minutes >= 60 ? (minutes / 60) + "h" + String.format("%02dm", minutes % 60)
                : minutes + "m";
        return left + (s.paused() ? " paused" : "");
    }

    /** Whether the time left is short enough to stand out. */
    static boolean low(Sitting s, Instant now) {
        return s.phase() == Phase.WRITING && s.remainingAt(now).compareTo(LOW) <= 0;
    }

    /** h:mm:ss. */
    static String clock(Duration d) {
        long t = seconds(d);
        return String.format("%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String brief(Duration d) {
        long t = seconds(d);
        return t >= 3600 ? clock(d) : String.format("%d:%02d", t / 60, t % 60);
    }

    private static long seconds(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return 0;
        }
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }
}
