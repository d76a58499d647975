package org.examengine.sitting;

import java.io.IOError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen sitting, the only part that knows the terminal, built as JLine's {@code TTop}: raw mode with
 * signals off (Ctrl-C and Ctrl-Z arrive as keys and only bring up a calm message), one thread that waits for a
 * key at most {@link #PASS_MILLIS} so the clock ticks between keys, whole frames drawn through {@link Display},
 * a resize redrawn from scratch, and bracketed paste so pasted text is text. Everything the terminal was, it is
 * again when the view returns, whatever happened.
 */
public final class FullScreenView implements SittingView {

    static final long PASS_MILLIS = 250;
    /** Keys already typed are handled together for at most this long before the clock and screen catch up. */
    static final long BATCH_NANOS = 100_000_000L;
    static final String PASTE_ON = "\033[?2004h";
    static final String PASTE_OFF = "\033[?2004l";
    static final Size FALLBACK = new Size(80, 24);

    private final Terminal terminal;
    private final ToneStyles styles;
    private final Display display;
    private final Keys.KeyReader reader;
    private final KeyMap<Action> keys;
    private final AtomicBoolean resized = new AtomicBoolean();
    private final AtomicReference<String> signalled = new AtomicReference<>();
    private Size size = FALLBACK;
    private RawScreen raw;
    private boolean cursorVisible = true;

    public FullScreenView(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.styles = new ToneStyles(colour);
        this.display = new Display(terminal, true);
        this.reader = new Keys.KeyReader(terminal.reader());
        this.keys = Keys.keyMap(terminal);
    }

    @Override
    public boolean confirm(StartDetails details) {
        enter();
        try {
            String hint = "";
            while (true) {
                followResize();
                draw(StartScreen.render(details, hint, size.getColumns(), size.getRows()));
                int c = peek(PASS_MILLIS);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                KeyInput key = c < 0 ? null : Keys.read(reader, keys);
                if (key == null || key.action() == Action.CANCEL || key.action() == Action.INTERRUPT
                        || key.action() == Action.TYPE && key.text().equalsIgnoreCase("n")) {
                    return false;
                }
                if (key.action() == Action.NEWLINE) {
                    return true;
                }
                hint = "Press Enter to begin, or N if these details are not yours.";
            }
        } finally {
            leave();
        }
    }

    @Override
    public Ending run(SittingSession session) {
        SittingController controller = new SittingController(session);
        // closing the window sends SIGHUP, which runs shutdown hooks: the answer on screen is saved then
        Thread hook = new Thread(controller::saveOnExit, "exam-sit-save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        enter();
        try {
            return loop(controller);
        } catch (RuntimeException | Error e) {
            controller.saveOnExit();
            throw e;
        } finally {
            leave();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down, and the hook saves
            }
        }
    }

    private Ending loop(SittingController controller) {
        while (true) {
            String signal = signalled.getAndSet(null);
            if (signal != null) {
                controller.interrupted(signal);
            }
            controller.tick();
            Optional<Ending> ending = controller.ending();
            if (ending.isPresent()) {
                return ending.get();
            }
            if (controller.takeClearRequest()) {
                display.clear();
            }
            followResize();
            Frame frame = SittingScreen.render(controller.screen(), size.getColumns(), size.getRows());
            draw(frame);
            controller.drawn(frame);
            if (!keys(controller)) {
                controller.endOfInput();
                return controller.ending().orElse(Ending.LEFT);
            }
        }
    }

    /**
     * Waits up to a pass for a key, then handles it and every key already typed behind it (up to a batch), so
     * keys typed before the clock runs out count before it is ticked. False at the end of input.
     */
    private boolean keys(SittingController controller) {
        long until = System.nanoTime() + BATCH_NANOS;
        int c = peek(PASS_MILLIS);
        while (c != NonBlockingReader.READ_EXPIRED) {
            KeyInput key = c < 0 ? null : Keys.read(reader, keys);
            if (key == null) {
                return false;
            }
            controller.handle(key);
            if (controller.ending().isPresent() || System.nanoTime() > until) {
                return true;
            }
            c = peek(1);
        }
        return true;
    }

    private int peek(long millis) {
        try {
            return reader.peekCharacter(millis);
        } catch (IOError e) {
            return -1;
        }
    }

    /** After a resize (WINCH), the next frame is drawn for the new size on a cleared screen. */
    private void followResize() {
        if (resized.getAndSet(false)) {
            Size now = usable(terminal.getSize());
            if (!now.equals(size)) {
                size = now;
                display.clear();
                display.resize(size.getRows(), size.getColumns());
            }
        }
    }

    private void draw(Frame frame) {
        if (frame.cursorShown() != cursorVisible) {
            cursorVisible = frame.cursorShown();
            terminal.puts(cursorVisible ? Capability.cursor_visible : Capability.cursor_invisible);
        }
        // Display keeps the list and edits it when it scrolls: a list of its own
        List<AttributedString> lines = new ArrayList<>(frame.lines().stream().map(styles::line).toList());
        int cursor = frame.cursorShown() ? size.cursorPos(frame.cursorRow(), frame.cursorColumn()) : 0;
        display.update(lines, cursor);
    }

    private void enter() {
        if (raw != null) {
            return;
        }
        size = usable(terminal.getSize());
        Map<Terminal.Signal, Terminal.SignalHandler> handlers = new EnumMap<>(Terminal.Signal.class);
        handlers.put(Terminal.Signal.WINCH, s -> resized.set(true));
        // with ISIG off the terminal sends none of these; a signal from elsewhere gets the same calm message
        handlers.put(Terminal.Signal.INT, s -> signalled.set("Ctrl-C"));
        handlers.put(Terminal.Signal.TSTP, s -> signalled.set("Ctrl-Z"));
        raw = RawScreen.enter(terminal, handlers, true);
        terminal.writer().write(PASTE_ON);
        terminal.flush();
        display.clear();
        display.resize(size.getRows(), size.getColumns());
    }

    private void leave() {
        if (raw == null) {
            return;
        }
        try {
            terminal.writer().write(PASTE_OFF);
        } finally {
            raw.close();
            raw = null;
            cursorVisible = true;
        }
    }

    private static Size usable(Size s) {
        return s == null || s.getColumns() <= 0 || s.getRows() <= 0 ? FALLBACK : new Size(s.getColumns(), s.getRows());
    }

    @Override
    public void close() {
        leave();
    }
}
