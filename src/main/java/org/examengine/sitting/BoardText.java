package org.examengine.sitting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board as lines of plain text, for {@code --once}, the line-by-line board and a screen reader, and the
 * pieces the full-screen board shares: title, summary, notes (one line per note, naming the candidates it
 * concerns) and the last actions. Every line is made safe to show, whatever a journal holds.
 */
public final class BoardText {

    private BoardText() {
    }

    /** The whole board, as wide as it needs, with every note and the last {@code actions} commands. */
    public static List<String> lines(BoardData data, int actions) {
        BoardTable table = BoardTable.fit(data.rows(), Integer.MAX_VALUE, data.now(), data.zone());
        List<String> out = new ArrayList<>();
        out.add(title(data, table));
        out.add(summary(data.rows()));
        if (!data.rows().isEmpty()) {
            out.add(table.header());
            data.rows().forEach(r -> out.add(table.line(r)));
        }
        List<String> notes = notes(data.rows());
        if (!notes.isEmpty()) {
            out.add("Notes:");
            notes.forEach(n -> out.add("  " + n));
        }
        List<String> last = actions(data, actions);
        if (!last.isEmpty()) {
            out.add("Last actions:");
            last.forEach(a -> out.add("  " + a));
        }
        return out.stream().map(SafeText::visible).toList();
    }

    public static String title(BoardData data, BoardTable table) {
        StringBuilder t = new StringBuilder("Room ").append(data.room());
        table.commonPaper().ifPresent(p -> t.append(" · paper ").append(p));
        table.commonCentre().filter(c -> !c.isBlank()).ifPresent(c -> t.append(" · ").append(c));
        t.append(" · ").append(TimeText.clock(data.now(), data.zone()));
        return SafeText.visible(t.toString());
    }

    /** {@code 12 sittings: 8 writing, 1 PAUSED, 1 stopped, 2 submitted}. */
    public static String summary(List<RoomRow> rows) {
        if (rows.isEmpty()) {
            return "No sittings yet: each appears here once its candidate starts exam sit with this folder.";
        }
        Map<RoomRow.Status, Integer> count = new EnumMap<>(RoomRow.Status.class);
        rows.forEach(r -> count.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        count.forEach((status, n) -> parts.add(n + " " + status.label()));
        return rows.size() + (rows.size() == 1 ? " sitting: " : " sittings: ") + String.join(", ", parts);
    }

    /** Each note once, with the candidates it concerns: {@code C01, C02: paused: fire alarm}. */
    public static List<String> notes(List<RoomRow> rows) {
        Map<String, List<String>> who = new LinkedHashMap<>();
        for (RoomRow r : rows) {
            for (String n : r.notes()) {
                who.computeIfAbsent(n, k -> new ArrayList<>()).add(r.candidate());
            }
        }
        List<String> out = new ArrayList<>();
        who.forEach((note, candidates) -> out.add(SafeText.visible(names(candidates) + ": " + note)));
        return out;
    }

    /** The last {@code n} commands given to the room, newest last. */
    public static List<String> actions(BoardData data, int n) {
        List<ControlCommand> all = data.actions();
        return all.subList(Math.max(0, all.size() - n), all.size()).stream().map(c -> action(c, data.zone())).toList();
    }

    public static String action(ControlCommand c, ZoneId zone) {
        return SafeText.visible(TimeText.clock(c.at(), zone) + " " + c.describe() + (c.by().isEmpty() ? "" : ", by " + c.by()));
    }

    private static String names(List<String> candidates) {
        int shown = Math.min(candidates.size(), 5);
        String some = String.join(", ", candidates.subList(0, shown));
        return candidates.size() > shown ? some + " and " + (candidates.size() - shown) + " more" : some;
    }
}
