package org.examengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.marking.AnswerRow;

/** {@code errors.csv}: a row per input row (or examiner mark) that could not be used, with its file and line. */
final class ErrorsCsv {

    private final CSVPrinter out;
    private final String fingerprint;

    ErrorsCsv(Writer writer, String fingerprint) throws IOException {
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180);
        this.fingerprint = fingerprint;
        out.printRecord("file", "line", "candidate", "question", "error", "fingerprint");
    }

    void add(AnswerRow row, String reason) {
        add(row.file(), row.line(), row.candidate(), row.question(), reason);
    }

    void add(String file, long line, String candidate, String question, String reason) {
        try {
            out.printRecord(CsvCells.neutralise(file), line, CsvCells.neutralise(candidate), CsvCells.neutralise(question),
                    CsvCells.neutralise(reason), fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
