package org.examengine.review;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full screen as one frame for a given size: the progress bar on top (always, "answer n of m" first), the
 * page wrapped at word breaks and scrolled (a last row saying how much more there is), a message row, the
 * prompt with what is being typed, and the keys. Pure: the same state and size give the same frame. Without
 * colour (NO_COLOR), bold and reverse video still mark headings, highlights and warnings.
 */
public final class ReviewScreen {

    /** What is on screen besides the page: the top bar, the last reply, the prompt and what is typed. */
    public record State(String status, List<TextLine> page, String message, boolean refused, String prompt,
                        String input, int scroll, String keys) {
        public State {
            page = List.copyOf(page);
        }
    }

    /** Exactly {@code rows} lines, none wider than the screen; the cursor's place; the scroll as clamped. */
    public record Frame(List<AttributedString> lines, int cursorRow, int cursorColumn, int scroll, int bodyRows) {
    }

    private final boolean colour;

    public ReviewScreen(boolean colour) {
        this.colour = colour;
    }

    public Frame render(State state, int rows, int cols) {
        rows = Math.max(1, rows);
        cols = Math.max(10, cols);
        List<AttributedString> body = new ArrayList<>();
        for (TextLine line : state.page()) {
            body.addAll(wrap(styled(line), cols));
        }
        boolean keysShown = rows >= 6;
        boolean messageShown = rows >= 4;
        int fixed = 2 + (keysShown ? 1 : 0) + (messageShown ? 1 : 0);
        int bodyRows = Math.max(0, rows - fixed);
        int visible = body.size() > bodyRows ? Math.max(0, bodyRows - 1) : bodyRows;
        int scroll = Math.max(0, Math.min(state.scroll(), body.size() - visible));
        List<AttributedString> out = new ArrayList<>();
        out.add(fit(new AttributedString(state.status(), AttributedStyle.DEFAULT.inverse()), cols, true));
        for (int i = 0; i < visible; i++) {
            out.add(scroll + i < body.size() ? fit(body.get(scroll + i), cols, false) : AttributedString.EMPTY);
        }
        if (visible < bodyRows) {
            int below = body.size() - scroll - visible;
            String more = below > 0 ? "-- " + below + " more line(s) below: Down or PgDn scrolls --"
                    : "-- " + scroll + " line(s) above: Up or PgUp scrolls --";
            out.add(fit(new AttributedString(more, style(TextLine.Style.NOTE)), cols, false));
        }
        if (messageShown) {
            AttributedStyle tone = state.refused() ? (colour ? AttributedStyle.BOLD.foreground(AttributedStyle.RED)
                    : AttributedStyle.BOLD) : AttributedStyle.DEFAULT;
            out.add(fit(new AttributedString(state.message(), tone), cols, false));
        }
        String prompt = state.prompt();
        String input = state.input();
        int room = Math.max(1, cols - prompt.length() - 1);
        String shownInput = input.length() > room ? input.substring(input.length() - room) : input;
        AttributedString promptLine = new AttributedStringBuilder().style(AttributedStyle.BOLD).append(prompt)
                .style(AttributedStyle.DEFAULT).append(shownInput).toAttributedString();
        int promptRow = out.size();
        out.add(fit(promptLine, cols, false));
        if (keysShown) {
            out.add(fit(new AttributedString(state.keys(), style(TextLine.Style.NOTE)), cols, false));
        }
        while (out.size() < rows) {
            out.add(promptRow, AttributedString.EMPTY);
            promptRow++;
        }
        while (out.size() > rows) {
            out.remove(out.size() - 1);
        }
        int cursorRow = Math.min(promptRow, rows - 1);
        int cursorColumn = Math.min(cols - 1, promptLine.columnLength());
        return new Frame(out, cursorRow, cursorColumn, scroll, visible);
    }

    private AttributedString styled(TextLine line) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (TextLine.Run r : line.runs()) {
            b.style(style(r.style())).append(r.text());
        }
        return b.toAttributedString();
    }

    private AttributedStyle style(TextLine.Style s) {
        return switch (s) {
            case PLAIN -> AttributedStyle.DEFAULT;
            case HEADING -> AttributedStyle.BOLD;
            case HIGHLIGHT -> colour ? AttributedStyle.BOLD.foreground(AttributedStyle.GREEN).underline()
                    : AttributedStyle.DEFAULT.inverse();
            case NOTE -> colour ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
            case WARNING -> colour ? AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW) : AttributedStyle.BOLD;
            case DECIDED -> colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN) : AttributedStyle.BOLD;
        };
    }

    /** A line cut to the width; a bar is padded to it, so its reverse video runs across the screen. */
    private static AttributedString fit(AttributedString line, int cols, boolean pad) {
        AttributedString cut = line.columnLength() > cols ? line.columnSubSequence(0, cols) : line;
        if (!pad || cut.columnLength() >= cols) {
            return cut;
        }
        AttributedStringBuilder b = new AttributedStringBuilder().append(cut);
        b.style(AttributedStyle.DEFAULT.inverse()).append(" ".repeat(cols - cut.columnLength()));
        return b.toAttributedString();
    }

    /** Breaks a line at spaces (or anywhere, for a word longer than the width), continuing at its indent. */
    static List<AttributedString> wrap(AttributedString line, int width) {
        List<AttributedString> out = new ArrayList<>();
        String text = line.toString();
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        indent = Math.min(indent, width / 2);
        AttributedString rest = line;
        while (rest.columnLength() > width) {
            int fits = rest.columnSubSequence(0, width).length();
            int cut = fits;
            int space = rest.toString().lastIndexOf(' ', fits);
            if (space > indent) {
                cut = space;
            }
            if (cut <= 0) {
                cut = Character.charCount(rest.toString().codePointAt(0));
            }
            out.add(rest.subSequence(0, cut));
            int next = cut;
            while (next < rest.length() && rest.charAt(next) == ' ') {
                next++;
            }
            if (next >= rest.length()) {
                return out;
            }
            rest = new AttributedStringBuilder().append(" ".repeat(indent)).append(rest.subSequence(next, rest.length()))
                    .toAttributedString();
        }
        out.add(rest);
        return out;
    }
}
