package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sitting as the invigilator's board shows it, as of a moment: who, which paper, where, what it is doing, the
 * time it has left, its extra time, how far the candidate has got, and anything the invigilator should know.
 */
public record RoomRow(String candidate, String paper, String centre, Status status, Optional<Duration> left, int percent,
                      int answered, int questions, int flagged, Optional<Instant> lastActivity,
                      Optional<Instant> submittedAt, List<String> notes) {

    /** A sitting whose journal has had nothing, not even a heartbeat, for this long has no program running it. */
    public static final Duration STOPPED_AFTER = SittingSession.HEARTBEAT.multipliedBy(3);

    public enum Status {
        READING("reading"), WRITING("writing"), PAUSED("PAUSED"), SUBMITTED("submitted"), STOPPED("stopped"),
        UNREADABLE("unreadable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RoomRow {
        notes = List.copyOf(notes);
    }

    /**
     * The row for a journal as read, at {@code now}; {@code control} is the room's control journal, so a stopped
     * sitting can say which commands wait for it to restart; clock times are shown in {@code zone}.
     */
    public static RoomRow of(SittingSnapshot snap, List<ControlCommand> control, Instant now, ZoneId zone) {
        if (snap.sitting().isEmpty()) {
            return new RoomRow(snap.candidate(), snap.paper(), "", Status.UNREADABLE, Optional.empty(), 0, 0, 0, 0,
                    Optional.empty(), Optional.empty(), snap.problem().map(List::of).orElse(List.of()));
        }
        Sitting s = snap.sitting().get();
        List<String> notes = new ArrayList<>();
        snap.torn().ifPresent(notes::add);
        boolean stopped = s.phase() != Phase.SUBMITTED && Duration.between(snap.lastEntry(), now).compareTo(STOPPED_AFTER) > 0;
        Status status;
        Duration left;
        if (stopped) {
            status = Status.STOPPED;
            // downtime is not charged unless the sitting is resumed with --charge-downtime: the time as it stood
            left = s.remainingAt(snap.lastEntry());
            long waiting = control.stream().filter(c -> c.seq() > s.lastControl() && c.concerns(s.opened().candidate()))
                    .count();
            notes.add("no program since " + TimeText.clock(snap.lastEntry(), zone) + (s.paused() ? " (paused)" : "")
                    + ": restart its exam sit" + (waiting == 0 ? "" : " (" + waiting + (waiting == 1 ? " command waits)"
                    : " commands wait)")));
        } else if (s.phase() == Phase.SUBMITTED) {
            status = Status.SUBMITTED;
            left = Duration.ZERO;
            if (!"submitted by the candidate".equals(s.submitCause())) {
                notes.add("submitted: " + (s.submitCause().equals("time") ? "time ran out" : s.submitCause()));
            }
        } else {
            status = s.paused() ? Status.PAUSED : s.phase() == Phase.READING ? Status.READING : Status.WRITING;
            left = s.remainingAt(now);
            if (s.paused()) {
                notes.add("paused: " + s.pausedFor());
            }
        }
        int answered = (int) s.opened().questions().stream()
                .filter(q -> !s.answers().getOrDefault(q.id(), "").isBlank()).count();
        return new RoomRow(s.opened().candidate(), s.opened().paper(), s.opened().centre(), status,
                Optional.of(left.isNegative() ? Duration.ZERO : left), s.timing().percent(), answered,
                s.opened().questions().size(), s.flagged().size(), snap.lastActivity(),
                Optional.ofNullable(s.submittedAt()), notes);
    }
}
