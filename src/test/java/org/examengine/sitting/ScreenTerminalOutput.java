package org.examengine.sitting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.builtins.ScreenTerminal;

/** What a program writes to a terminal, drawn on JLine's {@link ScreenTerminal} so a test can read the rows back. */
final class ScreenTerminalOutput extends OutputStream {

    final ScreenTerminal screen;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int needed;

    ScreenTerminalOutput(int cols, int rows) {
        this.screen = new ScreenTerminal(cols, rows);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        int v = b & 0xff;
        if (pending.size() == 0) {
            needed = v < 0x80 ? 1 : v >= 0xf0 ? 4 : v >= 0xe0 ? 3 : 2;
        }
        pending.write(v);
        if (pending.size() == needed) {
            screen.write(new String(pending.toByteArray(), StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    /** The screen's rows as text, each as wide as the screen. */
    synchronized String[] rows() {
        return screen.toString().split("\n");
    }

    synchronized String text() {
        return String.join("\n", rows());
    }
}
