package org.examengine.sitting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What the board shows at one moment: the room's name, the time, a row per sitting and the commands given. */
public record BoardData(String room, Instant now, ZoneId zone, List<RoomRow> rows, List<ControlCommand> actions) {

    public BoardData {
        rows = List.copyOf(rows);
        actions = List.copyOf(actions);
    }
}
