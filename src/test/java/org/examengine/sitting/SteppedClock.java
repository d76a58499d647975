package org.examengine.sitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so timing is checked without sleeping. */
public final class SteppedClock extends Clock {

    private Instant now;

    SteppedClock(Instant start) {
        this.now = start;
    }

    public static SteppedClock at9() {
        return new SteppedClock(Instant.parse("2026-11-23T09:00:00Z"));
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void advanceMinutes(long m) {
        advance(Duration.ofMinutes(m));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
