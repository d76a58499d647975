package org.examengine.review;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.builtins.ScreenTerminal;

/** A terminal's output drawn on JLine's {@link ScreenTerminal}, so a test reads the rows a person would see. */
final class ScreenOutput extends OutputStream {

    private final ScreenTerminal screen;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int needed;

    ScreenOutput(int cols, int rows) {
        screen = new ScreenTerminal(cols, rows);
    }

    @Override
    public synchronized void write(int b) {
        int v = b & 0xff;
        if (pending.size() == 0) {
            needed = v < 0x80 ? 1 : v >= 0xf0 ? 4 : v >= 0xe0 ? 3 : 2;
        }
        pending.write(v);
        if (pending.size() == needed) {
            screen.write(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    synchronized String[] rows() {
        return screen.toString().split("\n");
    }

    synchronized String text() {
        return String.join("\n", rows());
    }
}
