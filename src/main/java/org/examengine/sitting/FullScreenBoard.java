package org.examengine.sitting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The live board on a full screen, built as JLine's TTop: raw mode, one thread that waits for a key at most a
 * quarter of a second, re-reads the room once a second, and draws whole frames through {@link Display} (which
 * sends only the differences) each second, after each key and on a resize (noticed on the next wake). The
 * terminal is restored in {@code finally} whatever happens. The command line at the bottom goes to the same {@link BoardConsole} as the plain board.
 */
public final class FullScreenBoard {

    private static final long REFRESH_MILLIS = 1000;
    private static final long WAKE_MILLIS = 250;

    private enum Key { INSERT, ENTER, BACKSPACE, CLEAR_LINE, CANCEL, UP, DOWN, PAGE_UP, PAGE_DOWN, REDRAW, QUIT, EOF, NONE }

    private final Terminal terminal;
    private final BoardConsole console;
    private final BoardScreen screen;
    private final KeyMap<Key> keys = new KeyMap<>();
    private final StringBuilder input = new StringBuilder();
    private BoardConsole.Reply reply;
    private int scroll;
    private int page = 10;
    private boolean help;
    private volatile boolean quit;
    private volatile boolean resized;

    public FullScreenBoard(Terminal terminal, boolean colour, BoardConsole console) {
        this.terminal = terminal;
        this.console = console;
        this.screen = new BoardScreen(colour);
        bindKeys();
    }

    private void bindKeys() {
        keys.setUnicode(Key.INSERT);
        keys.setNomatch(Key.NONE);
        keys.setAmbiguousTimeout(200);
        keys.bind(Key.INSERT, KeyMap.range(" -~"));
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.CLEAR_LINE, KeyMap.ctrl('U'));
        keys.bind(Key.CANCEL, KeyMap.esc(), KeyMap.ctrl('G'));
        keys.bind(Key.UP, "\033[A", "\033OA");
        keys.bind(Key.DOWN, "\033[B", "\033OB");
        keys.bind(Key.PAGE_UP, "\033[5~");
        keys.bind(Key.PAGE_DOWN, "\033[6~");
        keys.bind(Key.REDRAW, KeyMap.ctrl('L'));
        keys.bind(Key.QUIT, KeyMap.ctrl('C'));
        keys.bind(Key.EOF, KeyMap.ctrl('D'));
        RawScreen.bindCapability(keys, terminal, Key.UP, Capability.key_up);
        RawScreen.bindCapability(keys, terminal, Key.DOWN, Capability.key_down);
        RawScreen.bindCapability(keys, terminal, Key.PAGE_UP, Capability.key_ppage);
        RawScreen.bindCapability(keys, terminal, Key.PAGE_DOWN, Capability.key_npage);
    }


    /** Runs the board until the invigilator quits (the quit command, Ctrl-C, Ctrl-D on an empty line). */
    public void run() {
        Display display = new Display(terminal, true);
        Size size = new Size();
        size.copy(terminal.getSize());
        Map<Terminal.Signal, Terminal.SignalHandler> handlers = new EnumMap<>(Terminal.Signal.class);
        handlers.put(Terminal.Signal.WINCH, s -> resized = true);
        handlers.put(Terminal.Signal.INT, s -> quit = true);
        BindingReader reader = new BindingReader(terminal.reader());
        try (RawScreen ignored = RawScreen.enter(terminal, handlers, false)) {
            long nextRefresh = System.nanoTime();
            boolean redraw = true;
            while (!quit) {
                long now = System.nanoTime();
                if (now - nextRefresh >= 0) {
                    console.refresh().ifPresent(problem -> reply = problem);
                    nextRefresh = now + TimeUnit.MILLISECONDS.toNanos(REFRESH_MILLIS);
                    redraw = true;
                }
                if (resized || !terminal.getSize().equals(size)) {
                    resized = false;
                    redraw = true;
                }
                if (redraw) {
                    draw(display, size);
                    redraw = false;
                }
                long wait = Math.max(1, Math.min(WAKE_MILLIS, TimeUnit.NANOSECONDS.toMillis(nextRefresh - System.nanoTime())));
                int ch = reader.peekCharacter(wait);
                if (ch == NonBlockingReader.EOF) {
                    break;
                }
                if (ch != NonBlockingReader.READ_EXPIRED) {
                    Key key = reader.readBinding(keys, null, false);
                    if (key != null) {
                        handle(key, reader.getLastBinding(), display);
                        redraw = true;
                    }
                }
            }
        }
    }

    private void draw(Display display, Size size) {
        Size now = terminal.getSize();
        if (now.getColumns() <= 0 || now.getRows() <= 0) {
            now = new Size(80, 24);
        }
        if (!now.equals(size)) {
            if (now.getColumns() < size.getColumns()) {
                display.clear();
            }
            size.copy(now);
        }
        display.resize(size.getRows(), size.getColumns());
        BoardScreen.Frame frame = screen.render(console.board(),
                new BoardScreen.State(input.toString(), reply, scroll, help), size.getRows(), size.getColumns());
        scroll = frame.scroll();
        page = Math.max(1, size.getRows() - 10);
        display.update(frame.lines(), size.cursorPos(frame.cursorRow(), frame.cursorColumn()));
        terminal.flush();
    }

    private void handle(Key key, String typed, Display display) {
        switch (key) {
            case INSERT -> {
                if (typed != null) {
                    typed.codePoints().filter(cp -> !SafeText.hidden(cp)).forEach(input::appendCodePoint);
                }
            }
            case BACKSPACE -> {
                if (input.length() > 0) {
                    input.setLength(input.offsetByCodePoints(input.length(), -1));
                }
            }
            case CLEAR_LINE -> input.setLength(0);
            case CANCEL -> {
                input.setLength(0);
                help = false;
            }
            case UP -> scroll = Math.max(0, scroll - 1);
            case DOWN -> scroll++;
            case PAGE_UP -> scroll = Math.max(0, scroll - page);
            case PAGE_DOWN -> scroll += page;
            case REDRAW -> display.clear();
            case QUIT -> quit = true;
            case EOF -> quit = quit || input.length() == 0;
            case ENTER -> enter();
            case NONE -> { }
        }
    }

    private void enter() {
        String line = input.toString();
        input.setLength(0);
        if (line.isBlank() && help) {
            help = false;
            return;
        }
        reply = console.handle(line);
        switch (reply.request()) {
            case QUIT -> quit = true;
            case HELP -> help = true;
            case BOARD -> help = false;
            case NONE -> { }
        }
        if (reply.request() == BoardConsole.Reply.Request.HELP) {
            reply = new BoardConsole.Reply(List.of("Enter on an empty line goes back to the board"),
                    BoardConsole.Reply.Tone.INFO, BoardConsole.Reply.Request.NONE);
        }
    }
}
