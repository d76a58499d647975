package org.examengine.sitting;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The screen of a test terminal: everything written, as text. {@link #expect} waits (without sleeping: it is
 * woken by each write) until a text appears after the last one expected, as an expect script would.
 */
final class PlainScreen extends OutputStream {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int seen;

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits for {@code wanted} after what was expected before; returns the output from there to its end. */
    synchronized String expect(String wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String all = text();
            int at = all.indexOf(wanted, seen);
            if (at >= 0) {
                String got = all.substring(seen, at + wanted.length());
                seen = at + wanted.length();
                return got;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return fail("waited " + PATIENCE.toSeconds() + " s for \"" + wanted + "\"; after what was expected "
                        + "before, the terminal shows:\n" + all.substring(seen));
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted");
            }
        }
    }
}
