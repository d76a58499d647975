package org.examengine.sitting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;

/**
 * A terminal of type xterm whose output is drawn on JLine's {@link ScreenTerminal}, so a test reads back the
 * rows a candidate would see, and whose keyboard is a script: when the program flushes a frame after reading
 * all that was typed, the next step is typed (or done, as a resize), as a person reacts to the screen. No
 * threads, no sleeping.
 */
final class ScriptedTerminal extends LineDisciplineTerminal {

    private final Sink sink;
    private final Deque<Runnable> script = new ArrayDeque<>();
    /** The screen as it was after each flush. */
    final List<String> screens = new ArrayList<>();

    private ScriptedTerminal(Sink sink, int columns, int rows) throws IOException {
        super("test", "xterm", sink, StandardCharsets.UTF_8);
        this.sink = sink;
        sink.screen = new ScreenTerminal(columns, rows);
        sink.terminal = this;
        setSize(new Size(columns, rows));
    }

    static ScriptedTerminal of(int columns, int rows) {
        try {
            return new ScriptedTerminal(new Sink(), columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code keys} (the bytes a keyboard would send) after the next frame. */
    ScriptedTerminal type(String keys) {
        script.add(() -> input(keys));
        return this;
    }

    /** Does {@code step} after the next frame. */
    ScriptedTerminal then(Runnable step) {
        script.add(step);
        return this;
    }

    /** Ends the input after the steps before it, as a closed window does. */
    ScriptedTerminal end() {
        script.add(() -> {
            try {
                slaveInputPipe.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return this;
    }

    void resizeTo(int columns, int rows) {
        sink.screen.setSize(columns, rows);
        setSize(new Size(columns, rows));
        raise(Signal.WINCH);
    }

    /** Every byte the program wrote. */
    String written() {
        return sink.all.toString(StandardCharsets.UTF_8);
    }

    String screen() {
        return sink.screen.toString();
    }

    private void input(String keys) {
        try {
            processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushed() {
        screens.add(sink.screen.toString());
        if (slaveInput.available() > 0) {
            return;
        }
        Runnable next = script.poll();
        if (next != null) {
            next.run();
        }
    }

    private static final class Sink extends OutputStream {
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        ScreenTerminal screen;
        ScriptedTerminal terminal;

        @Override
        public void write(int b) {
            pending.write(b);
            all.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            all.write(b, off, len);
        }

        @Override
        public void flush() {
            if (pending.size() > 0) {
                screen.write(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
            }
            terminal.flushed();
        }
    }
}
