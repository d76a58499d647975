package org.examengine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.marking.AnswerRow;
import org.examengine.marking.BatchListener;
import org.examengine.marking.Evidence;
import org.examengine.marking.QuestionMark;

/**
 * Writes the results of {@code exam mark --grids}: {@code answers.csv} (one row per input row, in input
 * order: candidate, question, mark, max, confidence, credited point ids joined by ';'),
 * {@code answers.jsonl} (the same with every credited point's phrase, span, text and match kind, and the
 * review reasons) and {@code errors.csv} (rows that could not be marked, with file and line).
 */
public final class AnswerMarksWriter implements BatchListener, AutoCloseable {

    private final OutputFiles files = new OutputFiles();
    private final CSVPrinter answers;
    private final CSVPrinter errors;
    private final java.io.Writer jsonl;
    private final ObjectMapper json = new ObjectMapper();

    public AnswerMarksWriter(Path outDir) {
        try {
            answers = new CSVPrinter(files.open(outDir.resolve("answers.csv")), CSVFormat.RFC4180);
            answers.printRecord("candidate", "question", "mark", "max", "confidence", "points");
            jsonl = files.open(outDir.resolve("answers.jsonl"));
            errors = new CSVPrinter(files.open(outDir.resolve("errors.csv")), CSVFormat.RFC4180);
            errors.printRecord("file", "line", "candidate", "question", "error");
        } catch (IOException e) {
            files.close();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void marked(AnswerRow row, QuestionMark mark) {
        try {
            String points = String.join(";", mark.credited().stream().map(Evidence::point).toList());
            answers.printRecord(CsvCells.neutralise(row.candidate()), CsvCells.neutralise(row.question()), mark.mark(),
                    mark.max(), word(mark.confidence()), CsvCells.neutralise(points));
            jsonl.write(json.writeValueAsString(record(row, mark)));
            jsonl.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rejected(AnswerRow row, String reason) {
        try {
            errors.printRecord(CsvCells.neutralise(row.file()), row.line(), CsvCells.neutralise(row.candidate()),
                    CsvCells.neutralise(row.question()), reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static Map<String, Object> record(AnswerRow row, QuestionMark mark) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", row.file());
        out.put("line", row.line());
        out.put("candidate", row.candidate());
        out.put("question", row.question());
        out.put("mark", mark.mark());
        out.put("max", mark.max());
        out.put("confidence", word(mark.confidence()));
        out.put("reasons", mark.reasons().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList());
        List<Map<String, Object>> points = mark.credited().stream().map(e -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("point", e.point());
            p.put("marks", e.marks());
            p.put("phrase", e.phrase());
            p.put("start", e.start());
            p.put("end", e.end());
            p.put("text", row.answer().substring(Math.min(e.start(), row.answer().length()), Math.min(e.end(), row.answer().length())));
            p.put("match", e.kind().name().toLowerCase(Locale.ROOT));
            return p;
        }).toList();
        out.put("points", points);
        return out;
    }

    private static String word(QuestionMark.Confidence confidence) {
        return confidence.name().toLowerCase(Locale.ROOT);
    }
}
