package org.examengine.sitting;

/** A line the invigilator typed on the board, understood. */
public sealed interface RoomCommand {

    /** An action for the room's control journal. */
    record Act(RoomAction action) implements RoomCommand {
    }

    record Help() implements RoomCommand {
    }

    /** Show the board again (the line-by-line board shows it only when asked). */
    record ShowBoard() implements RoomCommand {
    }

    record Quit() implements RoomCommand {
    }

    /** An empty line. */
    record Nothing() implements RoomCommand {
    }

    /** A line that could not be understood, and why. */
    record Invalid(String message) implements RoomCommand {
    }
}
