package org.examengine.sitting;

import java.time.Duration;

/**
 * A sitting's time limits: the level's reading and writing minutes, the candidate's extra time as a
 * percentage (applied to both phases), and minutes the invigilator added, those given to the whole room
 * scaled by the extra time so a concession keeps its proportion, those given to this candidate alone not.
 */
public record Timing(int readingMinutes, int writingMinutes, int percent, int roomMinutes, int ownMinutes) {

    public Timing withPercent(int p) {
        return new Timing(readingMinutes, writingMinutes, p, roomMinutes, ownMinutes);
    }

    public Timing plusRoomMinutes(int m) {
        return new Timing(readingMinutes, writingMinutes, percent, roomMinutes + m, ownMinutes);
    }

    public Timing plusOwnMinutes(int m) {
        return new Timing(readingMinutes, writingMinutes, percent, roomMinutes, ownMinutes + m);
    }

    /** The time allowed for the phase, extra time included. */
    public Duration limit(Phase phase) {
        return switch (phase) {
            case READING -> scaled(readingMinutes);
            case WRITING -> scaled(writingMinutes + roomMinutes).plusMinutes(ownMinutes);
            case SUBMITTED -> Duration.ZERO;
        };
    }

    /** The time the phase would have without extra time or added minutes: what the rest of the room has. */
    public Duration base(Phase phase) {
        return switch (phase) {
            case READING -> Duration.ofMinutes(readingMinutes);
            case WRITING -> Duration.ofMinutes(writingMinutes);
            case SUBMITTED -> Duration.ZERO;
        };
    }

    public boolean extended(Phase phase) {
        return !limit(phase).equals(base(phase));
    }

    private Duration scaled(int minutes) {
        return Duration.ofSeconds(minutes * 60L * (100 + percent) / 100);
    }
}
