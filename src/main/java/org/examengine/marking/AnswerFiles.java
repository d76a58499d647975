package org.examengine.marking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ByteOrderMark;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Reads answers files, long ({@code candidate,question,answer}, a row per answer) or wide
 * ({@code candidate,<question id>,...}, a row per candidate), streaming: one record is held at a time, so
 * memory stays flat whatever the file's size. What a user can rely on:
 * <ul>
 * <li>UTF-8 with or without a byte-order mark; CRLF or LF; quoted fields over several lines (RFC 4180).
 *     A row's line is the one its record starts on, the header being line 1.</li>
 * <li>The header (cells stripped, case ignored) gives the layout: exactly {@code candidate,question,answer}
 *     is long; {@code candidate} then one or more question ids is wide, the ids kept as written. A blank or
 *     repeated question id in a wide header, or any other header, is fatal.</li>
 * <li>Long: one answer per record, candidate and question stripped, the answer as written. Wide: one
 *     answer per question column, in column order, a blank cell being a blank answer.</li>
 * <li>Empty lines are skipped. A file with no header is fatal; a header alone holds no answers.</li>
 * <li>Rejected, and reading goes on: a record with the wrong number of fields; invalid UTF-8 anywhere in
 *     it (a U+FFFD after decoding); a blank candidate id, or one over 100 characters or with a control
 *     character; in a long file a blank question id; an answer over the limit (in a wide file only that
 *     cell, the others of the row go through).</li>
 * <li>Fatal, an {@link ExamException} at the file and line: the header, CSV the parser cannot go past
 *     (text after a closing quote, end of file inside quotes), an unreadable file, and, so that a missing
 *     quote cannot make memory grow without bound, a quoted field over max(4 x the answer limit, 1 MiB)
 *     characters, a row over that times its number of columns, or a row of over 10,000 fields. Rows read
 *     before a fatal problem have been handed on, though not always every one of them.</li>
 * </ul>
 */
public final class AnswerFiles {

    public static final int DEFAULT_MAX_ANSWER_CHARS = 20_000;

    private static final long MIN_FIELD_LIMIT = 1 << 20;

    private final int maxAnswerChars;

    public AnswerFiles(int maxAnswerChars) {
        if (maxAnswerChars < 1) {
            throw new IllegalArgumentException("maxAnswerChars must be 1 or more, was " + maxAnswerChars);
        }
        this.maxAnswerChars = maxAnswerChars;
    }

    /** Which layout a file has, from its header. */
    public enum Layout { LONG, WIDE }

    /** Streams one file: memory stays flat whatever its size. Returns the layout found. */
    public Layout read(Path path, String shownAs, AnswerSink sink) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(shownAs, "shownAs");
        Objects.requireNonNull(sink, "sink");
        try (BufferedReader text = utf8(path);
             RunOnGuard guard = new RunOnGuard(text, shownAs, Math.max(4L * maxAnswerChars, MIN_FIELD_LIMIT));
             CSVParser parser = CSVParser.builder().setReader(guard).setFormat(CSVFormat.RFC4180).get()) {
            Records records = new Records(parser, shownAs);
            List<String> first = records.next();
            if (first == null) {
                throw new ExamException(SourceLocation.startOf(shownAs), "answers file is empty: expected a header, "
                        + AnswerHeader.EXPECTED);
            }
            AnswerHeader header = AnswerHeader.of(first, shownAs, records.line);
            guard.columns(header.columns());
            AnswerRows rows = new AnswerRows(header, shownAs, maxAnswerChars, sink);
            for (List<String> cells = records.next(); cells != null; cells = records.next()) {
                rows.take(records.line, cells);
            }
            return header.layout();
        } catch (IOException e) {
            throw unreadable(shownAs, 1, e);
        }
    }

    /** A line number as {@link SourceLocation} takes it. */
    static int lineNumber(long line) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, line));
    }

    /** Bytes that are not UTF-8 become U+FFFD, so that one bad row is rejected rather than the whole file. */
    private static BufferedReader utf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
        try {
            return ByteOrderMark.skip(reader);
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    private static ExamException unreadable(String shownAs, long line, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied"
                : Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).replaceAll("\\R", " ");
        return new ExamException(new SourceLocation(shownAs, lineNumber(line), 1), "cannot read the answers file: " + why, e);
    }

    /** The records of a file one at a time, empty lines skipped, each with the line it starts on. */
    private static final class Records {

        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;
        private final String shownAs;
        long line;

        Records(CSVParser parser, String shownAs) {
            this.parser = parser;
            this.iterator = parser.iterator();
            this.shownAs = shownAs;
        }

        /** The next record's cells, or null at the end of the file. */
        List<String> next() {
            while (true) {
                // Between records the parser has just read a line end, so the next record starts on the line after.
                long start = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        return null;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    throw broken(start, e.getCause());
                }
                line = start;
                List<String> cells = record.toList();
                if (cells.size() != 1 || !cells.get(0).isEmpty()) {
                    return cells;
                }
            }
        }

        private ExamException broken(long start, IOException cause) {
            if (!(cause instanceof CSVException)) {
                return unreadable(shownAs, start, cause);
            }
            String said = String.valueOf(cause.getMessage());
            String what;
            if (said.contains("EOF reached before encapsulated token finished")) {
                what = "a quoted field from line " + start + " is still open at the end of the file: is a closing quote missing?";
            } else if (said.contains("Invalid character between encapsulated token and delimiter")) {
                what = "the row from line " + start + " has text after a closing quote: is a quote inside a field not "
                        + "doubled, or a closing quote missing?";
            } else {
                what = "the row from line " + start + " is not CSV that can be read: is a closing quote missing?";
            }
            long at = Math.max(start, parser.getCurrentLineNumber());
            return new ExamException(new SourceLocation(shownAs, lineNumber(at), 1), what, cause);
        }
    }
}
