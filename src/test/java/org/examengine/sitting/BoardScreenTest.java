package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The full-screen board drawn at 80x24, the smallest it promises: everything fits, and a long room scrolls. */
class BoardScreenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final BoardScreen screen = new BoardScreen(false);

    private static RoomRow row(String candidate, String paper, String centre, RoomRow.Status status, int minutesLeft) {
        return new RoomRow(candidate, paper, centre, status, Optional.of(Duration.ofMinutes(minutesLeft)), 25, 3, 12, 1,
                Optional.of(NOW.minusSeconds(150)), status == RoomRow.Status.SUBMITTED ? Optional.of(NOW.minusSeconds(600))
                : Optional.empty(), status == RoomRow.Status.PAUSED ? List.of("paused: fire alarm") : List.of());
    }

    private static List<RoomRow> room(int n, boolean mixed) {
        List<RoomRow> rows = new ArrayList<>();
        RoomRow.Status[] kinds = RoomRow.Status.values();
        for (int i = 1; i <= n; i++) {
            rows.add(row(String.format("C%02d", i), mixed && i % 2 == 0 ? "L2-2026-B" : "L2-2026-A",
                    mixed && i % 3 == 0 ? "Northgate College" : "Southside Centre", kinds[i % (kinds.length - 1)], 40 + i));
        }
        return rows;
    }

    private static List<ControlCommand> actions() {
        return List.of(
                new ControlCommand(1, NOW.minusSeconds(900), ControlCommand.Action.PAUSE, "all", 0, 0, "fire alarm", "J. Smith"),
                new ControlCommand(2, NOW.minusSeconds(300), ControlCommand.Action.RESUME, "all", 0, 0, "resumed", "J. Smith"),
                new ControlCommand(3, NOW.minusSeconds(200), ControlCommand.Action.ADD, "all", 10, 0, "fire alarm", "J. Smith"),
                new ControlCommand(4, NOW.minusSeconds(100), ControlCommand.Action.EXTRA, "C07", 0, 25, "dyslexia", "J. Smith",
                        "J. Okafor"));
    }

    private BoardScreen.Frame render(List<RoomRow> rows, int scroll, int cols, int lines) {
        BoardData data = new BoardData("sittings", NOW, ZoneOffset.UTC, rows, actions());
        return screen.render(data, new BoardScreen.State("pause C0", null, scroll, false), lines, cols);
    }

    private static List<String> text(BoardScreen.Frame f) {
        return f.lines().stream().map(AttributedString::toString).toList();
    }

    @Test
    void atEightyByTwentyFourEveryColumnFitsAndALongRoomIsCutWithAndNMore() {
        BoardScreen.Frame f = render(room(30, false), 0, 80, 24);
        List<String> lines = text(f);
        assertThat(lines).hasSize(24);
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(80));
        assertThat(lines.get(0)).isEqualTo("Room sittings · paper L2-2026-A · Southside Centre · 10:00:00");
        assertThat(lines.get(1)).startsWith("30 sittings: ");
        assertThat(lines.get(2)).contains("CANDIDATE", "PHASE", "LEFT", "EXTRA", "ANSWERED", "FLAGS", "LAST ACTIVE",
                "SUBMITTED");
        assertThat(lines.get(3)).startsWith("C01").contains("writing", "41:00", "+25%", "3/12", "2 min ago");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("and 1\\d more \\(.*scroll\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Notes:   ").contains("paused: fire alarm"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Actions: 09:55:00 resume all (resumed), by J. Smith"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("extra time 25% for C07 (dyslexia; approved by J. Okafor)"));
        assertThat(lines.get(23)).isEqualTo("> pause C0");
        assertThat(f.cursorRow()).isEqualTo(23);
        assertThat(f.cursorColumn()).isEqualTo(10);
    }

    @Test
    void scrollingShowsTheRestAndStopsAtTheEnd() {
        List<String> first = text(render(room(30, false), 0, 80, 24));
        BoardScreen.Frame down = render(room(30, false), 100, 80, 24);
        List<String> lines = text(down);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("C30"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("C01 "));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\d+ above \\(.*scroll\\)"));
        assertThat(down.scroll()).as("kept in bounds").isLessThan(30);
        assertThat(first).noneSatisfy(l -> assertThat(l).startsWith("C30"));
    }

    @Test
    void aRoomOfSeveralPapersAndCentresStillFitsEightyColumns() {
        BoardScreen.Frame f = render(room(8, true), 0, 80, 24);
        List<String> lines = text(f);
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(80));
        assertThat(lines.get(2)).contains("PAPER", "CENTRE", "PHASE", "LEFT", "EXTRA", "ANS", "FLAG", "ACTIVE", "SUBM");
        assertThat(lines.get(3)).contains("L2-2026-A", "Southside Centre", "writing");
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("more ("));
    }

    @Test
    void aSmallerOrNarrowerScreenNeverOverflows() {
        for (int[] size : new int[][] {{60, 20}, {40, 10}, {80, 6}, {20, 3}}) {
            BoardScreen.Frame f = render(room(30, true), 0, size[0], size[1]);
            assertThat(f.lines()).as(size[0] + "x" + size[1]).hasSizeLessThanOrEqualTo(size[1])
                    .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(size[0]));
            assertThat(text(f).get(f.lines().size() - 1)).startsWith(">");
        }
    }

    @Test
    void whatAJournalHoldsIsShownSafely() {
        RoomRow evil = new RoomRow("C01", "P1", "\u001b[2JCentre\u202e", RoomRow.Status.PAUSED, Optional.of(Duration.ZERO), 0,
                0, 4, 0, Optional.empty(), Optional.empty(), List.of("paused: \u001b]0;pwned\u0007"));
        List<String> lines = text(render(List.of(evil), 0, 80, 24));
        assertThat(String.join("\n", lines)).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("^[[2JCentre<U+202E>").contains("paused: ^[]0;pwned^G");
    }

    @Test
    void theQuestionBeforeEndingIsShownWholeOnTwoLines() {
        BoardConsole.Reply ask = new BoardConsole.Reply(List.of("End all 29 sittings still open (fire evacuation)? Answers "
                + "are submitted; it cannot be undone. Type yes to end, anything else to keep going."),
                BoardConsole.Reply.Tone.ASK, BoardConsole.Reply.Request.NONE);
        BoardData data = new BoardData("sittings", NOW, ZoneOffset.UTC, room(30, false), actions());
        List<String> lines = text(screen.render(data, new BoardScreen.State("", ask, 0, false), 24, 80));
        assertThat(lines).hasSize(24);
        assertThat(lines.get(21)).startsWith("End all 29 sittings still open (fire evacuation)?");
        assertThat(lines.get(22)).endsWith("Type yes to end, anything else to keep going.");
        assertThat(lines.get(23)).isEqualTo("yes to end? ");
    }

    @Test
    void helpReplacesTheTableAndFitsTheWidth() {
        BoardData data = new BoardData("sittings", NOW, ZoneOffset.UTC, room(3, false), List.of());
        BoardScreen.Frame f = screen.render(data, new BoardScreen.State("", null, 0, true), 24, 80);
        assertThat(text(f)).anySatisfy(l -> assertThat(l).startsWith("extra ID PCT REASON; approved NAME"));
        assertThat(RoomCommandParser.HELP).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }
}
