package org.examengine.sitting;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/** The keyboard of a test terminal: bytes typed by the test, read by the terminal as they come; then the end. */
final class PlainKeyboard extends InputStream {

    private static final int END = -1;
    private final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

    void type(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            bytes.add(b & 0xff);
        }
    }

    /** The terminal goes away: every read from now on gives the end of input. */
    void end() {
        bytes.add(END);
    }

    @Override
    public int read() {
        try {
            int b = bytes.take();
            if (b == END) {
                bytes.add(END);
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    @Override
    public int read(byte[] into, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int first = read();
        if (first == END) {
            return END;
        }
        into[off] = (byte) first;
        int n = 1;
        while (n < len && bytes.peek() != null && bytes.peek() != END) {
            into[off + n++] = (byte) (int) bytes.poll();
        }
        return n;
    }

    @Override
    public int available() {
        Integer next = bytes.peek();
        return next == null || next == END ? 0 : bytes.size();
    }
}
