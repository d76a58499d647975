package org.examengine.sitting;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal's input as whole lines, waited for with a time limit so the sitting loop can move the clock
 * between waits. The terminal stays in its normal line mode, where the system gives a line only after Enter
 * and a read cannot time out (JLine's timed read relies on a setting that line mode ignores); so one daemon
 * thread does nothing but read and queue lines, and everything else stays on the caller's thread. A CR, an LF
 * or CR LF ends a line; every other character is kept as typed, controls and escapes included.
 */
final class PlainInput {

    enum Kind {
        /** A whole line was typed. */
        LINE,
        /** The time ran out before a line came. */
        WAITING,
        /** The input has ended: the terminal went away. */
        ENDED
    }

    record Read(Kind kind, String line) {
        static final Read WAITING = new Read(Kind.WAITING, "");
        static final Read ENDED = new Read(Kind.ENDED, "");
    }

    private final NonBlockingReader reader;
    private final BlockingQueue<Read> queue = new LinkedBlockingQueue<>();
    private Thread thread;
    private boolean ended;

    PlainInput(NonBlockingReader reader) {
        this.reader = reader;
    }

    /** Waits up to {@code wait} for a line; a line cut short by the end of input is still given as a line. */
    Read next(Duration wait) {
        if (ended) {
            return Read.ENDED;
        }
        if (thread == null) {
            thread = new Thread(this::readLines, "exam-sit-input");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            Read read = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (read == null) {
                return Read.WAITING;
            }
            ended = read.kind() == Kind.ENDED;
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            return Read.ENDED;
        }
    }

    private void readLines() {
        StringBuilder partial = new StringBuilder();
        boolean afterCarriageReturn = false;
        while (true) {
            int c = read();
            if (c == NonBlockingReader.EOF) {
                if (partial.length() > 0) {
                    queue.add(new Read(Kind.LINE, partial.toString()));
                }
                queue.add(Read.ENDED);
                return;
            }
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                queue.add(new Read(Kind.LINE, partial.toString()));
                partial.setLength(0);
            } else {
                partial.append((char) c);
            }
        }
    }

    private int read() {
        try {
            return reader.read();
        } catch (IOException e) {
            return NonBlockingReader.EOF;
        }
    }
}
