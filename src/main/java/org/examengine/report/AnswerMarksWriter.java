package org.examengine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.marking.BatchListener;
import org.examengine.marking.Evidence;
import org.examengine.marking.Outcome;
import org.examengine.marking.QuestionMark;
import org.examengine.marking.RunFingerprint;

/**
 * Writes the results of {@code exam mark --grids}: {@code answers.csv} (one row per input row, in input
 * order: candidate, question, mark, max, confidence, credited point ids joined by ';', fingerprint),
 * {@code answers.jsonl} (the same with every credited point's phrase, span, text and match kind, and the
 * review reasons) and {@code errors.csv} (rows that could not be marked, with file and line).
 */
public final class AnswerMarksWriter implements BatchListener, AutoCloseable {

    private final OutputFiles files = new OutputFiles();
    private final CSVPrinter answers;
    private final ErrorsCsv errors;
    private final java.io.Writer jsonl;
    private final ObjectMapper json = new ObjectMapper();
    private final String fingerprint;
    private final Tally tally = new Tally();

    public AnswerMarksWriter(Path outDir, RunFingerprint fingerprint) {
        this.fingerprint = fingerprint.render();
        try {
            answers = new CSVPrinter(files.open(outDir.resolve("answers.csv")), CSVFormat.RFC4180);
            answers.printRecord("candidate", "question", "mark", "max", "confidence", "points", "fingerprint");
            jsonl = files.open(outDir.resolve("answers.jsonl"));
            errors = new ErrorsCsv(files.open(outDir.resolve("errors.csv")), this.fingerprint);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public void accept(Outcome outcome) {
        if (outcome instanceof Outcome.Marked m) {
            marked(m);
        } else if (outcome instanceof Outcome.Rejected r) {
            tally.rejected++;
            errors.add(r.row(), r.reason());
        }
    }

    private void marked(Outcome.Marked m) {
        QuestionMark mark = m.mark();
        tally.marked++;
        tally.review += mark.confidence() == QuestionMark.Confidence.REVIEW ? 1 : 0;
        try {
            String points = String.join(";", mark.credited().stream().map(Evidence::point).toList());
            answers.printRecord(CsvCells.neutralise(m.row().candidate()), CsvCells.neutralise(m.row().question()),
                    mark.mark(), mark.max(), AnswerJson.word(mark.confidence()), CsvCells.neutralise(points), fingerprint);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", m.row().file());
            out.put("line", m.row().line());
            out.put("candidate", m.row().candidate());
            out.put("question", m.row().question());
            AnswerJson.putMark(out, m.row().answer(), mark);
            out.put("fingerprint", fingerprint);
            jsonl.write(json.writeValueAsString(out));
            jsonl.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Tally tally() {
        return tally;
    }

    /** Renames the finished files into place. */
    public void commit() {
        try {
            answers.flush();
            errors.flush();
            jsonl.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.commit();
    }

    @Override
    public void close() {
        files.close();
    }
}
