package org.examengine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.grading.CandidateGrade;
import org.examengine.grading.Grade;
import org.examengine.grading.Grader;
import org.examengine.marking.BatchListener;
import org.examengine.marking.Outcome;
import org.examengine.marking.QuestionMark;
import org.examengine.marking.RunFingerprint;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;

/**
 * Writes the results of marking a paper: {@code results.csv} (a row per candidate: mark per question, total,
 * max, percent, grade, codes), {@code results.jsonl} (the same with every answer's evidence),
 * {@code review.csv} and {@code errors.csv}, all under temporary names until {@link #commit()}. Takes the
 * outcomes in input order; a second answer of a candidate to a question is an error. Examiners' marks
 * replace the marker's as their answers come.
 */
public final class PaperResultsWriter implements BatchListener, AutoCloseable {

    private final OutputFiles files = new OutputFiles();
    private final Path outDir;
    private final Paper paper;
    private final Grader grader;
    private final ExaminerMarks examiner;
    private final String fingerprint;
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final CandidateTable candidates;
    private final List<String> fileNames = new ArrayList<>();
    private final EvidenceSpill spill;
    private final ReviewCsv review;
    private final ErrorsCsv errors;
    private final ObjectMapper json = new ObjectMapper();
    private final Tally tally = new Tally();
    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);

    public PaperResultsWriter(Path outDir, Paper paper, Grader grader, ExaminerMarks examiner, RunFingerprint fingerprint) {
        this.outDir = outDir;
        this.paper = paper;
        this.grader = grader;
        this.examiner = examiner;
        this.fingerprint = fingerprint.render();
        List<PaperQuestion> questions = grader.questions();
        for (int i = 0; i < questions.size(); i++) {
            questionIndex.put(questions.get(i).id(), i);
        }
        this.candidates = new CandidateTable(grader);
        try {
            review = new ReviewCsv(files.open(outDir.resolve("review.csv")), this.fingerprint);
            errors = new ErrorsCsv(files.open(outDir.resolve("errors.csv")), this.fingerprint);
            spill = new EvidenceSpill(outDir);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public void accept(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected r) {
            reject(r.row().file(), r.row().line(), r.row().candidate(), r.row().question(), r.reason());
        } else if (outcome instanceof Outcome.Marked m) {
            Integer q = questionIndex.get(m.row().question());
            if (q == null) {
                reject(m.row().file(), m.row().line(), m.row().candidate(), m.row().question(),
                        "question '" + m.row().question() + "' is not on paper " + paper.id());
                return;
            }
            marked(m, q);
        }
    }

    private void marked(Outcome.Marked m, int q) {
        CandidateTable.Entry entry = candidates.entry(m.row().candidate());
        if (entry.hasRow(q)) {
            reject(m.row().file(), m.row().line(), m.row().candidate(), m.row().question(), "a second answer from this "
                    + "candidate to question " + m.row().question() + " (the first is on line " + entry.line[q] + " of "
                    + fileNames.get(entry.file[q]) + ")");
            return;
        }
        tally.marked++;
        boolean answered = !m.row().answer().isBlank();
        QuestionMark mark = m.mark();
        entry.script.record(q, mark.mark(), answered, m.misreading() != null);
        ExaminerMarks.ExaminerMark byExaminer = examiner.take(m.row().candidate(), m.row().question());
        if (byExaminer != null) {
            entry.script.override(q, byExaminer.mark());
        }
        PaperQuestion question = grader.questions().get(q);
        if (mark.confidence() == QuestionMark.Confidence.REVIEW || byExaminer != null) {
            review.add(m, question, byExaminer);
            tally.review += byExaminer == null ? 1 : 0;
        }
        byte[] evidence = answerJson(m, question, answered, byExaminer);
        entry.evidenceAt[q] = spill.add(evidence);
        entry.evidenceLength[q] = evidence.length;
        entry.line[q] = m.row().line();
        entry.file[q] = fileIndex(m.row().file());
    }

    private short fileIndex(String file) {
        int i = fileNames.indexOf(file);
        if (i < 0) {
            fileNames.add(file);
            i = fileNames.size() - 1;
        }
        return (short) i;
    }

    private byte[] answerJson(Outcome.Marked m, PaperQuestion question, boolean answered,
                              ExaminerMarks.ExaminerMark byExaminer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("question", question.id());
        out.put("number", question.number());
        out.put("answered", answered);
        AnswerJson.putMark(out, m.row().answer(), m.mark());
        if (byExaminer != null) {
            out.put("mark", byExaminer.mark());
            out.put("marked_by", "examiner");
            out.put("marker_mark", m.mark().mark());
            out.put("examiner_comment", byExaminer.comment());
        } else {
            out.put("marked_by", "marker");
        }
        if (m.misreading() != null) {
            out.put("misread", AnswerJson.misreading(m.misreading()));
        }
        try {
            return json.writeValueAsBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reject(String file, long line, String candidate, String question, String reason) {
        tally.rejected++;
        errors.add(file, line, candidate, question, reason);
    }

    /** Grades every candidate and writes their results; then examiners' marks that found no answer are errors. */
    public void finish() {
        for (ExaminerMarks.Problem p : examiner.problems()) {
            reject(p.file(), p.line(), p.candidate(), p.question(), p.message());
        }
        for (ExaminerMarks.ExaminerMark x : examiner.unused()) {
            reject(x.file(), x.line(), x.candidate(), x.question(), "no answer from this candidate to this question "
                    + "in the answers files; not applied");
        }
        List<PaperQuestion> questions = grader.questions();
        try (JsonGenerator jsonl = json.getFactory().createGenerator(files.open(outDir.resolve("results.jsonl")))) {
            CSVPrinter csv = new CSVPrinter(files.open(outDir.resolve("results.csv")), CSVFormat.RFC4180);
            List<Object> header = new ArrayList<>(List.of("candidate"));
            questions.forEach(q -> header.add(q.id()));
            header.addAll(List.of("total", "max", "percent", "grade", "codes", "fingerprint"));
            csv.printRecord(header);
            jsonl.setRootValueSeparator(null);
            for (CandidateTable.Entry entry : candidates.inOrder()) {
                CandidateGrade grade = grader.grade(entry.script);
                grades.merge(grade.grade(), 1, Integer::sum);
                List<Object> row = new ArrayList<>(List.of(CsvCells.neutralise(entry.candidate)));
                for (int q = 0; q < questions.size(); q++) {
                    row.add(entry.script.answered(q) ? Integer.toString(entry.script.mark(q)) : "");
                }
                row.addAll(List.of(grade.total(), grade.max(), grade.percent(), grade.grade().label(),
                        String.join(" ", grade.codes()), fingerprint));
                csv.printRecord(row);
                resultsLine(jsonl, entry, grade);
            }
            csv.flush();
            jsonl.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void resultsLine(JsonGenerator out, CandidateTable.Entry entry, CandidateGrade grade) throws IOException {
        out.writeStartObject();
        out.writeStringField("candidate", entry.candidate);
        out.writeStringField("paper", paper.id());
        out.writeNumberField("total", grade.total());
        out.writeNumberField("max", grade.max());
        out.writeFieldName("percent");
        out.writeNumber(grade.percent());
        out.writeStringField("grade", grade.grade().label());
        out.writeArrayFieldStart("codes");
        for (String code : grade.codes()) {
            out.writeString(code);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("answers");
        for (int q = 0; q < entry.script.questions(); q++) {
            if (entry.hasRow(q)) {
                out.writeRawValue(new String(spill.get(entry.evidenceAt[q], entry.evidenceLength[q]), StandardCharsets.UTF_8));
            }
        }
        out.writeEndArray();
        out.writeStringField("fingerprint", fingerprint);
        out.writeEndObject();
        out.writeRaw('\n');
    }

    public Tally tally() {
        return tally;
    }

    /** Candidates per grade, once {@link #finish()} has run. */
    public Map<Grade, Integer> grades() {
        return Map.copyOf(grades);
    }

    public int candidates() {
        return candidates.size();
    }

    public void commit() {
        try {
            review.flush();
            errors.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spill.close();
        files.commit();
    }

    @Override
    public void close() {
        spill.close();
        files.close();
    }
}
