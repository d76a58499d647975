package org.examengine.sitting;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The board's command line, whichever way it is drawn: understands a typed line, gives the action (asking first
 * before ending sittings, which cannot be undone) and says what happened. The full-screen and the line-by-line
 * board share it, so they behave alike.
 */
public final class BoardConsole {

    private final Room room;
    private final RoomControl control;
    private final Clock clock;
    private final String roomName;
    private final RoomCommandParser parser = new RoomCommandParser();
    private Optional<RoomAction> pendingEnd = Optional.empty();

    public BoardConsole(Room room, RoomControl control, Clock clock, String roomName) {
        this.room = room;
        this.control = control;
        this.clock = clock;
        this.roomName = roomName;
    }

    /** What became of a line: what to tell the invigilator, in which tone, and anything the view should do. */
    public record Reply(List<String> lines, Tone tone, Request request) {

        public enum Tone { INFO, DONE, ASK, ERROR }

        public enum Request { NONE, BOARD, HELP, QUIT }

        public Reply {
            lines = List.copyOf(lines);
        }

        static Reply say(Tone tone, String line) {
            return new Reply(List.of(line), tone, Request.NONE);
        }

        static Reply request(Request request) {
            return new Reply(List.of(), Tone.INFO, request);
        }
    }

    /** Reads what changed in the room; a folder that cannot be read is a message, and the board shows what it had. */
    public Optional<Reply> refresh() {
        try {
            room.refresh();
            return Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.of(Reply.say(Reply.Tone.ERROR, "cannot read " + roomName + ": " + e.getCause().getMessage()
                    + " (the board shows what it read last)"));
        }
    }

    public BoardData board() {
        return new BoardData(roomName, clock.instant(), clock.getZone(), room.rows(clock.instant(), clock.getZone()),
                room.actions());
    }

    /** Whether the console waits for a yes before ending sittings. */
    public boolean asking() {
        return pendingEnd.isPresent();
    }

    public Reply handle(String line) {
        try {
            return understood(line);
        } catch (UncheckedIOException e) {
            return Reply.say(Reply.Tone.ERROR, "cannot read or write " + roomName + ": " + e.getCause().getMessage()
                    + "; look at the actions to see whether the command was given");
        }
    }

    private Reply understood(String line) {
        if (pendingEnd.isPresent()) {
            RoomAction end = pendingEnd.get();
            pendingEnd = Optional.empty();
            return "yes".equalsIgnoreCase(line.strip()) ? give(end) : Reply.say(Reply.Tone.INFO, "Not ended: the sittings go on.");
        }
        RoomCommand c = parser.parse(line);
        if (c instanceof RoomCommand.Invalid invalid) {
            return Reply.say(Reply.Tone.ERROR, invalid.message());
        }
        if (c instanceof RoomCommand.Help) {
            return new Reply(RoomCommandParser.HELP, Reply.Tone.INFO, Reply.Request.HELP);
        }
        if (c instanceof RoomCommand.ShowBoard) {
            return Reply.request(Reply.Request.BOARD);
        }
        if (c instanceof RoomCommand.Quit) {
            return Reply.request(Reply.Request.QUIT);
        }
        if (c instanceof RoomCommand.Act act) {
            return act.action().action() == ControlCommand.Action.END ? askToEnd(act.action()) : give(act.action());
        }
        return Reply.request(Reply.Request.NONE);
    }

    private Reply askToEnd(RoomAction end) {
        room.refresh();
        long open = room.sittings().stream().flatMap(s -> s.sitting().stream())
                .filter(s -> s.phase() != Phase.SUBMITTED && (end.toAll() || s.opened().candidate().equalsIgnoreCase(end.target())))
                .count();
        if (open == 0) {
            return give(end);
        }
        pendingEnd = Optional.of(end);
        String who = end.toAll() ? "all " + open + " sittings still open" : end.target() + "'s sitting";
        return Reply.say(Reply.Tone.ASK, "End " + who + " (" + end.reason() + ")? Answers are submitted; it cannot be "
                + "undone. Type yes to end, anything else to keep going.");
    }

    private Reply give(RoomAction action) {
        try {
            return Reply.say(Reply.Tone.DONE, control.give(action).describe(clock.getZone()));
        } catch (IllegalArgumentException e) {
            return Reply.say(Reply.Tone.ERROR, e.getMessage());
        }
    }
}
