package org.examengine.marking;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Watches the characters on their way to the CSV parser and stops the file, before the parser's buffer
 * grows without bound, at a quoted field or a row that runs on too long, or a row with too many fields.
 * It follows RFC 4180 as Commons CSV does (a quote opens a field only as its first character; CR, LF
 * and CRLF each end a line), so it sees the same fields as the parser, which it may read ahead of.
 */
final class RunOnGuard extends FilterReader {

    static final int MAX_FIELDS = 10_000;

    private enum State { FIELD_START, PLAIN, QUOTED, CLOSING_QUOTE, AFTER_QUOTE }

    private final String shownAs;
    private final long fieldLimit;
    private long rowLimit;
    private State state = State.FIELD_START;
    private boolean lastWasCr;
    private long line = 1;
    private long rowStartLine = 1;
    private long rowChars;
    private long fieldChars;
    private int fields = 1;

    RunOnGuard(Reader in, String shownAs, long fieldLimit) {
        super(in);
        this.shownAs = shownAs;
        this.fieldLimit = fieldLimit;
        this.rowLimit = fieldLimit;
    }

    /** The header is known: a row may then hold a field of the longest length in each column. */
    void columns(int columns) {
        rowLimit = fieldLimit * columns;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark not supported");
    }

    private void see(char c) {
        boolean lfOfCrlf = c == '\n' && lastWasCr;
        lastWasCr = c == '\r';
        if (lfOfCrlf) {
            return;
        }
        boolean endOfLine = c == '\n' || c == '\r';
        if (endOfLine) {
            line++;
        }
        rowChars++;
        fieldChars++;
        if (state == State.QUOTED) {
            if (c == '"') {
                state = State.CLOSING_QUOTE;
            }
        } else if (state == State.CLOSING_QUOTE && c == '"') {
            state = State.QUOTED;
        } else if (c == ',') {
            fields++;
            fieldChars = 0;
            state = State.FIELD_START;
        } else if (endOfLine) {
            fields = 1;
            fieldChars = 0;
            rowChars = 0;
            rowStartLine = line;
            state = State.FIELD_START;
        } else if (state == State.FIELD_START) {
            state = c == '"' ? State.QUOTED : State.PLAIN;
        } else if (state == State.CLOSING_QUOTE) {
            state = State.AFTER_QUOTE;
        }
        check();
    }

    private void check() {
        if (state == State.QUOTED && fieldChars > fieldLimit) {
            throw stop("a quoted field from line " + rowStartLine + " runs on for over " + fieldLimit
                    + " characters: is a closing quote missing?");
        }
        if (rowChars > rowLimit) {
            throw stop("a row from line " + rowStartLine + " runs on for over " + rowLimit + " characters");
        }
        if (fields > MAX_FIELDS) {
            throw stop("a row from line " + rowStartLine + " has over " + MAX_FIELDS + " fields");
        }
    }

    private ExamException stop(String message) {
        return new ExamException(new SourceLocation(shownAs, AnswerFiles.lineNumber(line), 1), message);
    }
}
