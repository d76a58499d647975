package org.examengine.sitting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full-screen board as one frame of lines, for a given size: title and summary, the table (scrolled, with
 * "and N more" when the room does not fit), notes, the last actions, a message line and the command line at the
 * bottom. Pure: the same data, state and size give the same frame. Without colour, bold and reverse video still
 * mark what needs attention.
 */
public final class BoardScreen {

    private static final Duration LOW = Duration.ofMinutes(5);
    private static final String PROMPT = "> ";
    private static final String ASK_PROMPT = "yes to end? ";
    private static final String HINT = "Type a command and Enter (help lists them). ↑↓ PgUp PgDn scroll; Ctrl-L redraws.";

    private final boolean colour;

    public BoardScreen(boolean colour) {
        this.colour = colour;
    }

    /** What the invigilator sees besides the room: the line being typed, the last reply, the scroll, help or not. */
    public record State(String input, BoardConsole.Reply reply, int scroll, boolean help) {
    }

    /** A frame: exactly {@code rows} lines, none wider than the screen, and where the cursor goes. */
    public record Frame(List<AttributedString> lines, int cursorRow, int cursorColumn, int scroll) {
    }

    public Frame render(BoardData data, State state, int rows, int cols) {
        BoardTable table = BoardTable.fit(data.rows(), cols, data.now(), data.zone());
        List<String> notes = BoardText.notes(data.rows());
        List<String> actions = BoardText.actions(data, 3);
        List<AttributedString> message = message(state.reply(), cols);
        int fixed = 4 + message.size(); // title, summary, header, message, command line
        int notesShown = Math.min(notes.size(), 2);
        int actionsShown = actions.size();
        while (rows - fixed - notesShown - actionsShown < 3 && (notesShown > 0 || actionsShown > 0)) {
            if (actionsShown > 0) {
                actionsShown--;
            } else {
                notesShown--;
            }
        }
        int body = Math.max(0, rows - fixed - notesShown - actionsShown);
        List<AttributedString> out = new ArrayList<>();
        out.add(line(BoardText.title(data, table), style().bold(), cols));
        out.add(line(BoardText.summary(data.rows()), style(), cols));
        int scroll = state.scroll();
        if (state.help()) {
            out.add(line("Commands (Enter on an empty line goes back to the board)", style().inverse(), cols));
            for (int i = 0; i < body; i++) {
                out.add(line(i < RoomCommandParser.HELP.size() ? RoomCommandParser.HELP.get(i) : "", style(), cols));
            }
        } else {
            out.add(line(table.header(), style().inverse(), cols));
            scroll = tableRows(out, data, table, body, scroll, cols);
        }
        if (notesShown > 0) {
            for (int i = 0; i < notesShown; i++) {
                String text = i == notesShown - 1 && notes.size() > notesShown
                        ? "and " + (notes.size() - i) + " more notes (exam invigilate --once lists them all)" : notes.get(i);
                out.add(line((i == 0 ? "Notes:   " : "         ") + text, style(), cols));
            }
        }
        List<String> lastActions = actions.subList(actions.size() - actionsShown, actions.size());
        for (int i = 0; i < lastActions.size(); i++) {
            out.add(line((i == 0 ? "Actions: " : "         ") + lastActions.get(i), style(), cols));
        }
        out.addAll(message);
        String typed = SafeText.visible(state.input());
        boolean asking = state.reply() != null && state.reply().tone() == BoardConsole.Reply.Tone.ASK;
        String prompt = asking ? ASK_PROMPT : PROMPT;
        int room = Math.max(1, cols - prompt.length() - 1);
        if (BoardTable.columns(typed) > room) {
            AttributedString a = new AttributedString(typed);
            typed = "…" + a.columnSubSequence(a.columnLength() - room + 1, a.columnLength());
        }
        out.add(line(prompt + typed, style(), cols));
        while (out.size() > rows) {
            out.remove(2);
        }
        return new Frame(out, out.size() - 1, Math.min(cols - 1, prompt.length() + BoardTable.columns(typed)), scroll);
    }

    /** Adds the rows that fit from {@code scroll} on; returns the scroll as it was kept in bounds. */
    private int tableRows(List<AttributedString> out, BoardData data, BoardTable table, int body, int scroll, int cols) {
        List<RoomRow> rows = data.rows();
        boolean cut = rows.size() > body;
        int shown = cut ? Math.max(0, body - 1) : rows.size();
        int first = cut ? Math.max(0, Math.min(scroll, rows.size() - shown)) : 0;
        for (int i = first; i < first + shown; i++) {
            out.add(row(table, rows.get(i), cols));
        }
        if (cut && body > 0) {
            int below = rows.size() - first - shown;
            String more = (first > 0 ? first + " above" + (below > 0 ? ", " : "") : "")
                    + (below > 0 ? "and " + below + " more" : "") + " (↑↓ PgUp PgDn to scroll)";
            out.add(line(more, style().italic(), cols));
        }
        for (int i = shown + (cut && body > 0 ? 1 : 0); i < body; i++) {
            out.add(AttributedString.EMPTY);
        }
        return first;
    }

    private AttributedString row(BoardTable table, RoomRow r, int cols) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        List<String> cells = table.cells(r);
        AttributedStyle base = switch (r.status()) {
            case PAUSED -> colour ? style().bold().foreground(AttributedStyle.YELLOW) : style().bold();
            case STOPPED, UNREADABLE -> colour ? style().bold().foreground(AttributedStyle.RED) : style().bold();
            case SUBMITTED -> style().faint();
            default -> style();
        };
        boolean low = (r.status() == RoomRow.Status.WRITING) && r.left().map(d -> d.compareTo(LOW) <= 0).orElse(false);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(" ", base);
            }
            AttributedStyle s = low && i == table.leftCell()
                    ? (colour ? style().bold().foreground(AttributedStyle.RED) : style().bold().inverse()) : base;
            b.append(cells.get(i), s);
        }
        return cut(b.toAttributedString(), cols);
    }

    /** The last reply, on two lines when it needs them (an end asks a long question); the hint when there is none. */
    private List<AttributedString> message(BoardConsole.Reply reply, int cols) {
        if (reply == null || reply.lines().isEmpty()) {
            return List.of(line(HINT, style().faint(), cols));
        }
        String text = SafeText.visible(String.join("; ", reply.lines()));
        AttributedStyle s = switch (reply.tone()) {
            case ERROR -> colour ? style().bold().foreground(AttributedStyle.RED) : style().bold();
            case ASK -> colour ? style().bold().foreground(AttributedStyle.YELLOW) : style().bold().inverse();
            case DONE -> colour ? style().foreground(AttributedStyle.GREEN) : style();
            case INFO -> style();
        };
        AttributedString all = new AttributedString(text, s);
        if (all.columnLength() <= cols || cols < 20) {
            return List.of(cut(all, cols));
        }
        int split = text.lastIndexOf(' ', Math.min(text.length() - 1, cols));
        split = split <= 0 ? Math.min(cols, text.length()) : split;
        return List.of(line(text.substring(0, split), s, cols), line(text.substring(split).strip(), s, cols));
    }

    private static AttributedString line(String text, AttributedStyle s, int cols) {
        return cut(new AttributedString(SafeText.visible(text), s), cols);
    }

    private static AttributedString cut(AttributedString a, int cols) {
        return a.columnLength() <= cols ? a : a.columnSubSequence(0, Math.max(0, cols));
    }

    private static AttributedStyle style() {
        return AttributedStyle.DEFAULT;
    }
}
