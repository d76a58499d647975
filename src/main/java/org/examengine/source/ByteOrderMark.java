package org.examengine.source;

import java.io.BufferedReader;
import java.io.IOException;

/** Text files saved by spreadsheets ("CSV UTF-8") start with a byte-order mark, which is not part of the text. */
public final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The reader, past a byte-order mark if the text starts with one. */
    public static BufferedReader skip(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
