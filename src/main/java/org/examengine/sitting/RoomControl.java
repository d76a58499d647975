package org.examengine.sitting;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The invigilator's hand on the room: an action is checked against the sittings in the folder, then appended to
 * the control journal (forced to disk) with who gave it and when. Each running sitting applies it within about a
 * second; a stopped one when it is resumed.
 */
public final class RoomControl {

    private final Room room;
    private final ControlJournal journal;
    private final String invigilator;
    private final Clock clock;

    public RoomControl(Room room, String invigilator, Clock clock) {
        this.room = room;
        this.journal = new ControlJournal(room.files().control());
        this.invigilator = invigilator;
        this.clock = clock;
    }

    /** A command as given, and how many sittings it reaches (not yet submitted). */
    public record Given(ControlCommand command, int sittings) {

        /** One line for the log and the screen: time, what, why, who, and how many it reached. */
        public String describe(ZoneId zone) {
            return TimeText.clock(command.at(), zone) + " " + command.describe() + ", by " + command.by() + " ("
                    + sittings + (sittings == 1 ? " sitting" : " sittings") + ")";
        }
    }

    /** Checks the action against the room as it is now and gives it; refused with a message when it cannot apply. */
    public Given give(RoomAction action) {
        room.refresh();
        List<SittingSnapshot> sittings = room.sittings();
        if (sittings.isEmpty()) {
            throw new IllegalArgumentException("no sittings in " + room.files().dir() + " yet: a command reaches only "
                    + "sittings already begun");
        }
        RoomAction a = action.toAll() ? action : action.forTarget(candidate(action.target(), sittings));
        List<Sitting> open = sittings.stream().flatMap(s -> s.sitting().stream())
                .filter(s -> s.phase() != Phase.SUBMITTED && (a.toAll() || s.opened().candidate().equals(a.target())))
                .toList();
        boolean unreadable = sittings.stream().anyMatch(s -> s.sitting().isEmpty() && s.candidate().equals(a.target()));
        if (open.isEmpty() && unreadable) {
            throw new IllegalArgumentException(a.target() + "'s journal cannot be read (see the board): nothing was sent");
        }
        if (open.isEmpty()) {
            throw new IllegalArgumentException(a.toAll() ? "every sitting in the room has been submitted: nothing to "
                    + a.action().word() : a.target() + "'s sitting has been submitted: it cannot be changed");
        }
        ControlCommand written = journal.append(a.draft(invigilator), clock.instant());
        room.refresh();
        return new Given(written, open.size());
    }

    /** The candidate's id as the room spells it; a different case is forgiven when it names one candidate. */
    private static String candidate(String typed, List<SittingSnapshot> sittings) {
        List<String> ids = sittings.stream().map(SittingSnapshot::candidate).distinct().toList();
        if (ids.contains(typed)) {
            return typed;
        }
        List<String> alike = ids.stream().filter(id -> id.equalsIgnoreCase(typed)).toList();
        if (alike.size() == 1) {
            return alike.get(0);
        }
        Optional<String> some = ids.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", ids.subList(0, Math.min(6, ids.size())))
                        + (ids.size() > 6 ? " and " + (ids.size() - 6) + " more" : ""));
        throw new IllegalArgumentException("no candidate " + typed + " in this room" + some.map(s -> " (" + s + ")")
                .orElse(""));
    }
}
