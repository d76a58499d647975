package org.examengine.marking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Streams a long answers file ({@code candidate,question,answer}): UTF-8 with or without a byte-order
 * mark, CRLF or LF, answers quoted over several lines. Rows are handed on one at a time, so memory stays
 * flat. A header that is not the long layout, malformed CSV or invalid UTF-8 is an {@link ExamException}
 * at its line.
 */
public final class AnswerCsv {

    static final List<String> HEADER = List.of("candidate", "question", "answer");

    private AnswerCsv() {
    }

    public static void read(Path path, String shownAs, Consumer<AnswerRow> rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
             CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new ExamException(SourceLocation.startOf(shownAs), "answers file is empty: expected the header "
                        + String.join(",", HEADER));
            }
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw new ExamException(SourceLocation.startOf(shownAs), "header must be " + String.join(",", HEADER)
                        + ", found " + String.join(",", header));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line = parser.getCurrentLineNumber();
                long start = startLine(record, line);
                if (record.size() != HEADER.size()) {
                    throw new ExamException(new SourceLocation(shownAs, (int) start, 1), "expected 3 fields "
                            + "(candidate,question,answer), found " + record.size());
                }
                rows.accept(new AnswerRow(shownAs, start, record.get(0).strip(), record.get(1).strip(), record.get(2)));
            }
        } catch (UncheckedIOException e) {
            throw readError(e.getCause(), shownAs, line);
        } catch (IOException e) {
            throw readError(e, shownAs, line);
        }
    }

    /** The line a record starts on: the parser counts lines read so far, which for a quoted multi-line answer is its last. */
    private static long startLine(CSVRecord record, long lastLine) {
        long newlines = 0;
        for (String value : record.values()) {
            newlines += value.chars().filter(c -> c == '\n').count();
        }
        return Math.max(1, lastLine - newlines);
    }

    private static ExamException readError(IOException e, String shownAs, long line) {
        int at = (int) Math.max(1, Math.min(Integer.MAX_VALUE, line + 1));
        if (e instanceof CharacterCodingException) {
            return new ExamException(new SourceLocation(shownAs, at, 1), "file is not valid UTF-8 text", e);
        }
        return new ExamException(new SourceLocation(shownAs, at, 1), "cannot read the answers: " + e.getMessage(), e);
    }

    private static BufferedReader skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
