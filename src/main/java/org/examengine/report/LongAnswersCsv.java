package org.examengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.sitting.SittingAnswers;

/**
 * Answers from sittings as a long answers file ({@code candidate,question,answer}), the layout {@code exam mark}
 * reads; written whole or not at all. Answers go out exactly as typed: CSV quoting carries any character.
 */
public final class LongAnswersCsv {

    private LongAnswersCsv() {
    }

    public static void write(Path target, List<SittingAnswers.Row> rows) {
        try (OutputFile file = new OutputFile(target)) {
            CSVPrinter csv = new CSVPrinter(file.writer(), CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            csv.printRecord("candidate", "question", "answer");
            for (SittingAnswers.Row r : rows) {
                csv.printRecord(r.candidate(), r.question(), r.answer());
            }
            csv.flush();
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
