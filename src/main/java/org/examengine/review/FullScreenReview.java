package org.examengine.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.examengine.sitting.RawScreen;
import org.examengine.sitting.SafeText;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.NonBlockingReader;

/**
 * The review on a full screen, built as JLine's TTop: raw mode, one thread waiting for a key at most a quarter
 * of a second (so a resize is noticed), whole frames drawn through {@link Display}, which sends only the
 * differences. Digits type a mark, Enter saves it (or accepts the marker's), letters are commands. The
 * terminal is restored in {@code finally}, whatever happens.
 */
public final class FullScreenReview {

    private static final long WAKE_MILLIS = 250;
    private static final String KEYS = "Enter=accept 0-9=mark c=comment Left/Right=move Up/Down=scroll u=undo "
            + "f=finish q=quit ?=help";

    private enum Mode { MARK, COMMENT, CONFIRM }

    private final Terminal terminal;
    private final ReviewWalk walk;
    private final ReviewPage pages;
    private final String title;
    private final ReviewScreen screen;
    private final KeyMap<ReviewKeys.Key> keys;
    private final StringBuilder input = new StringBuilder();
    private Mode mode = Mode.MARK;
    private boolean help;
    private String message = "";
    private boolean refused;
    private int scroll;
    private int page = 10;
    private volatile ReviewOutcome outcome;
    private volatile boolean resized;

    public FullScreenReview(Terminal terminal, ReviewWalk walk, ReviewPage pages, String title, boolean colour) {
        this.terminal = terminal;
        this.walk = walk;
        this.pages = pages;
        this.title = SafeText.visible(title);
        this.screen = new ReviewScreen(colour);
        this.keys = ReviewKeys.of(terminal);
    }

    /** Runs until the examiner finishes or leaves (q, Ctrl-C, Ctrl-D, end of input). */
    public ReviewOutcome run() {
        Display display = new Display(terminal, true);
        Size size = new Size();
        size.copy(terminal.getSize());
        Map<Terminal.Signal, Terminal.SignalHandler> handlers = new EnumMap<>(Terminal.Signal.class);
        handlers.put(Terminal.Signal.WINCH, s -> resized = true);
        handlers.put(Terminal.Signal.INT, s -> outcome = ReviewOutcome.QUIT);
        BindingReader reader = new BindingReader(terminal.reader());
        try (RawScreen ignored = RawScreen.enter(terminal, handlers, false)) {
            boolean redraw = true;
            while (outcome == null) {
                if (resized || !terminal.getSize().equals(size)) {
                    resized = false;
                    redraw = true;
                }
                if (redraw) {
                    draw(display, size);
                    redraw = false;
                }
                int ch = reader.peekCharacter(WAKE_MILLIS);
                if (ch == NonBlockingReader.EOF) {
                    outcome = ReviewOutcome.QUIT;
                } else if (ch != NonBlockingReader.READ_EXPIRED) {
                    ReviewKeys.Key key = reader.readBinding(keys, null, false);
                    if (key != null) {
                        handle(key, reader.getLastBinding(), display);
                        redraw = true;
                    }
                }
            }
            return outcome;
        }
    }

    private void draw(Display display, Size size) {
        Size now = terminal.getSize();
        if (now.getColumns() <= 0 || now.getRows() <= 0) {
            now = new Size(80, 24);
        }
        if (!now.equals(size)) {
            // a terminal that grows may bring back lines from its history, one that shrinks reflows: draw it all afresh
            display.clear();
            size.copy(now);
        }
        display.resize(size.getRows(), size.getColumns());
        ReviewScreen.Frame frame = screen.render(state(), size.getRows(), size.getColumns());
        scroll = frame.scroll();
        page = Math.max(1, frame.bodyRows() - 1);
        display.update(frame.lines(), size.cursorPos(frame.cursorRow(), frame.cursorColumn()));
        terminal.flush();
    }

    private ReviewScreen.State state() {
        List<TextLine> body = help ? ReviewHelp.fullScreen() : walk.atEnd() ? ReviewText.endPage(walk)
                : pages.lines(walk.current(), walk.decision(walk.current()), walk.pendingComment());
        String prompt = switch (mode) {
            case COMMENT -> "Comment (Enter keeps it, Esc cancels): ";
            case CONFIRM -> (walk.size() - walk.decided()) + " undecided keep the marker's mark. Finish now? y/n ";
            case MARK -> walk.atEnd() ? "Enter or f finishes; Left goes back; q leaves: " : ReviewText.markPrompt(walk);
        };
        return new ReviewScreen.State(ReviewText.progress(walk) + " · " + title, body, message, refused, prompt,
                SafeText.visible(input.toString()), scroll, KEYS);
    }

    private void handle(ReviewKeys.Key key, String typed, Display display) {
        if (key == ReviewKeys.Key.QUIT || (key == ReviewKeys.Key.EOF && input.length() == 0)) {
            outcome = ReviewOutcome.QUIT;
            return;
        }
        if (mode == Mode.CONFIRM) {
            mode = Mode.MARK;
            if (key == ReviewKeys.Key.INSERT && typed != null && typed.equalsIgnoreCase("y")) {
                outcome = ReviewOutcome.FINISH;
            } else {
                say(false, "Not finished.");
            }
            return;
        }
        switch (key) {
            case INSERT -> typed(typed);
            case ENTER -> enter();
            case BACKSPACE -> {
                if (input.length() > 0) {
                    input.setLength(input.offsetByCodePoints(input.length(), -1));
                }
            }
            case CANCEL -> {
                input.setLength(0);
                mode = Mode.MARK;
                help = false;
                say(false, "");
            }
            case LEFT -> move(-1);
            case RIGHT -> move(1);
            case UP -> scroll = Math.max(0, scroll - 1);
            case DOWN -> scroll++;
            case PAGE_UP -> scroll = Math.max(0, scroll - page);
            case PAGE_DOWN -> scroll += page;
            case REDRAW -> display.clear();
            default -> { }
        }
    }

    private void typed(String typed) {
        if (typed == null) {
            return;
        }
        if (mode == Mode.COMMENT) {
            typed.codePoints().filter(cp -> !SafeText.hidden(cp)).forEach(input::appendCodePoint);
            return;
        }
        char c = typed.charAt(0);
        if (Character.isDigit(c) && !walk.atEnd()) {
            input.append(c);
            help = false;
            return;
        }
        help = false;
        switch (Character.toLowerCase(c)) {
            case 'c' -> {
                if (walk.atEnd()) {
                    say(false, "Go back to an answer to comment on it.");
                } else {
                    mode = Mode.COMMENT;
                    input.setLength(0);
                    input.append(walk.decision(walk.current()).map(Decision::comment).orElse(walk.pendingComment()));
                }
            }
            case 'u' -> reply(walk.clear());
            case 'n', 's' -> move(1);
            case 'p', 'b' -> move(-1);
            case 'g' -> {
                walk.firstUndecided();
                scroll = 0;
                say(false, walk.atEnd() ? "No answer is undecided." : "The first undecided answer.");
            }
            case 'f' -> finish();
            case 'q' -> outcome = ReviewOutcome.QUIT;
            case '?', 'h' -> help = !help;
            default -> say(true, "'" + SafeText.visible(typed) + "' does nothing here: type a mark, or ? for the keys.");
        }
    }

    private void enter() {
        if (help) {
            help = false;
            return;
        }
        if (mode == Mode.COMMENT) {
            mode = Mode.MARK;
            String text = input.toString();
            input.setLength(0);
            reply(walk.comment(text));
            return;
        }
        if (walk.atEnd()) {
            finish();
            return;
        }
        int before = walk.position();
        ReviewWalk.Reply r = walk.enter(input.toString());
        if (r.ok()) {
            input.setLength(0);
        }
        reply(r);
        if (walk.position() != before) {
            scroll = 0;
        }
    }

    private void finish() {
        if (walk.decided() < walk.size()) {
            mode = Mode.CONFIRM;
            input.setLength(0);
        } else {
            outcome = ReviewOutcome.FINISH;
        }
    }

    private void move(int by) {
        input.setLength(0);
        if (by < 0) {
            walk.back();
        } else {
            walk.next();
        }
        scroll = 0;
        say(false, "");
    }

    private void reply(ReviewWalk.Reply r) {
        say(!r.ok(), r.message());
    }

    private void say(boolean isRefusal, String text) {
        refused = isRefusal;
        message = text;
    }
}
