package org.examengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.marking.Evidence;
import org.examengine.marking.Outcome;
import org.examengine.paper.PaperQuestion;

/**
 * {@code review.csv}: the answers a human should mark, with the marker's mark and reasons, the answer, and
 * two columns for the examiner ({@code examiner_mark}, {@code examiner_comment}) that
 * {@code exam mark --overrides} reads back. An answer already given an examiner's mark is listed with it.
 */
final class ReviewCsv {

    static final List<String> HEADER = List.of("candidate", "question", "number", "mark", "max", "reasons", "misread",
            "answer", "points", "examiner_mark", "examiner_comment", "fingerprint");

    private final CSVPrinter out;
    private final String fingerprint;

    ReviewCsv(Writer writer, String fingerprint) throws IOException {
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180);
        this.fingerprint = fingerprint;
        out.printRecord(HEADER);
    }

    void add(Outcome.Marked m, PaperQuestion question, ExaminerMarks.ExaminerMark examiner) {
        String points = String.join(";", m.mark().credited().stream().map(Evidence::point).toList());
        try {
            out.printRecord(CsvCells.neutralise(m.row().candidate()), CsvCells.neutralise(question.id()), question.number(),
                    m.mark().mark(), m.mark().max(), String.join(";", AnswerJson.reasons(m.mark())),
                    m.misreading() == null ? "" : CsvCells.neutralise(m.misreading().describe()),
                    CsvCells.neutralise(m.row().answer()), CsvCells.neutralise(points),
                    examiner == null ? "" : examiner.mark(), examiner == null ? "" : CsvCells.neutralise(examiner.comment()),
                    fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
