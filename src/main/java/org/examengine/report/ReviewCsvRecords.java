package org.examengine.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ByteOrderMark;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The records of a {@code review.csv} (as {@code exam mark --paper} writes it, or as a spreadsheet saved it:
 * byte-order mark or not, columns in any order), each with the line it starts on, for the three readers of it:
 * the examiners' marks for re-grading, the marker/examiner pairs of the report, and {@code exam review}.
 */
public final class ReviewCsvRecords {

    /** Receives each record with the line it starts on (the header being line 1). */
    public interface Visitor {
        void record(CSVRecord record, long line);
    }

    private ReviewCsvRecords() {
    }

    /**
     * Reads the file, refusing one without the {@code required} columns; returns the header. {@code what} names what
     * was being read in the message of a read failure ("the examiners' marks").
     */
    public static List<String> read(Path file, String shownAs, List<String> required, String what, Visitor visitor) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = ByteOrderMark.skip(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new ExamException(SourceLocation.startOf(shownAs), "not a review.csv of exam mark --paper: it "
                            + "has no '" + column + "' column");
                }
            }
            var records = parser.iterator();
            while (true) {
                // between records the parser has just read a line end, so the next record starts on the line after
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                visitor.record(records.next(), line);
            }
            return header;
        } catch (IOException | UncheckedIOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot read " + what + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }
}
