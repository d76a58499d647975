package org.examengine.sitting;

import java.time.Duration;

/** Durations as a countdown shows them: {@code 1:05:09}, {@code 4:59}; never negative. */
public final class Countdown {

    private Countdown() {
    }

    public static String clock(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
