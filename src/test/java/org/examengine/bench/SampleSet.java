package org.examengine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.cli.Exam;
import org.examengine.grading.CandidateGrade;
import org.examengine.grading.CandidateScript;
import org.examengine.grading.Grade;
import org.examengine.grading.Grader;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.examengine.syllabus.Syllabus;

/**
 * A shipped sample set ({@code samples/levelN-paper.json}, {@code -answers.csv}, {@code -intended.csv}): answers
 * written for fictional candidates with the marks their writer intended, marked by {@code exam mark} and compared
 * with those marks answer by answer and candidate by candidate.
 */
public record SampleSet(int level, Path paper, Path answers, Path intended) {

    /** The level's sample set under {@code root/samples}, if all three files are there. */
    public static java.util.Optional<SampleSet> at(Path root, int level) {
        Path dir = root.resolve("samples");
        SampleSet set = new SampleSet(level, dir.resolve("level" + level + "-paper.json"),
                dir.resolve("level" + level + "-answers.csv"), dir.resolve("level" + level + "-intended.csv"));
        return Files.isRegularFile(set.paper()) && Files.isRegularFile(set.answers()) && Files.isRegularFile(set.intended())
                ? java.util.Optional.of(set) : java.util.Optional.empty();
    }

    /** One candidate: the intended and the marker's grade. */
    public record Candidate(String id, CandidateGrade intended, CandidateGrade marked) {
        public boolean sameGrade() {
            return intended.grade() == marked.grade();
        }

        public boolean sameCodes() {
            return intended.codes().equals(marked.codes());
        }
    }

    /** How the marker's marks compare with the intended ones. */
    public record Comparison(Paper paper, Agreement answers, double withinOne, List<Candidate> candidates) {
        public long sameGrades() {
            return candidates.stream().filter(Candidate::sameGrade).count();
        }

        public long sameCodes() {
            return candidates.stream().filter(Candidate::sameCodes).count();
        }

        public double meanTotalDifference() {
            return candidates.stream().mapToInt(c -> Math.abs(c.intended().total() - c.marked().total())).average().orElse(0);
        }

        public int largestTotalDifference() {
            return candidates.stream().mapToInt(c -> Math.abs(c.intended().total() - c.marked().total())).max().orElse(0);
        }
    }

    /** Marks the answers with {@code exam mark --paper} into {@code out}, then compares. */
    public Comparison compare(Path banks, Path grids, Path out) throws IOException {
        StringWriter log = new StringWriter();
        int status = Exam.commandLine(new PrintWriter(log), new PrintWriter(log)).execute("mark", "--paper", paper.toString(),
                "--answers", answers.toString(), "--banks", banks.toString(), "--grids", grids.toString(),
                "--out", out.toString());
        if (status != 0) {
            throw new IllegalStateException("exam mark failed for Level " + level + ":\n" + log);
        }
        Paper p = new PaperReader(new DocumentParser()).read(paper, paper.toString()).orThrow();
        Grader grader = new Grader(p, Syllabus.standard());
        List<PaperQuestion> questions = grader.questions();
        Map<String, CandidateScript> marked = scripts(grader, out.resolve("results.csv"), questions);
        Map<String, CandidateGrade> graded = grades(out.resolve("results.csv"));
        Map<String, CandidateScript> intendedScripts = intendedScripts(grader, questions, marked);
        List<Agreement.Pair> pairs = new ArrayList<>();
        int withinOne = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (var entry : intendedScripts.entrySet()) {
            CandidateScript byMarker = marked.get(entry.getKey());
            if (byMarker == null) {
                throw new IllegalStateException(intended + ": candidate " + entry.getKey() + " has no marked answers");
            }
            for (int q = 0; q < questions.size(); q++) {
                int a = entry.getValue().mark(q);
                int b = byMarker.mark(q);
                pairs.add(new Agreement.Pair(a, b));
                withinOne += Math.abs(a - b) <= 1 ? 1 : 0;
            }
            candidates.add(new Candidate(entry.getKey(), grader.grade(entry.getValue()), graded.get(entry.getKey())));
        }
        return new Comparison(p, Agreement.of(pairs), pairs.isEmpty() ? Double.NaN : (double) withinOne / pairs.size(),
                candidates);
    }

    /** Scripts from results.csv: an empty cell is a question not attempted. */
    private static Map<String, CandidateScript> scripts(Grader grader, Path resultsCsv, List<PaperQuestion> questions)
            throws IOException {
        Map<String, CandidateScript> scripts = new LinkedHashMap<>();
        for (CSVRecord row : rows(resultsCsv)) {
            CandidateScript script = grader.newScript();
            for (int q = 0; q < questions.size(); q++) {
                String cell = row.get(questions.get(q).id());
                script.record(q, cell.isEmpty() ? 0 : Integer.parseInt(cell), !cell.isEmpty(), false);
            }
            scripts.put(row.get("candidate"), script);
        }
        return scripts;
    }

    /** The grade and codes {@code exam mark} gave each candidate (FK needs the misreadings only it saw). */
    private static Map<String, CandidateGrade> grades(Path resultsCsv) throws IOException {
        Map<String, CandidateGrade> grades = new LinkedHashMap<>();
        for (CSVRecord row : rows(resultsCsv)) {
            Grade grade = java.util.Arrays.stream(Grade.values()).filter(g -> g.label().equals(row.get("grade"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(resultsCsv + ": unknown grade " + row.get("grade")));
            String codes = row.get("codes").strip();
            grades.put(row.get("candidate"), new CandidateGrade(Integer.parseInt(row.get("total")),
                    Integer.parseInt(row.get("max")), grade, codes.isEmpty() ? List.of() : List.of(codes.split(" "))));
        }
        return grades;
    }

    /**
     * Scripts from the intended marks ({@code candidate,question,mark,misread}); a question the marker saw no
     * answer to stays unattempted, and {@code misread} (yes or empty) says the writer meant the answer as a
     * misreading of the question.
     */
    private Map<String, CandidateScript> intendedScripts(Grader grader, List<PaperQuestion> questions,
                                                         Map<String, CandidateScript> marked) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            index.put(questions.get(q).id(), q);
        }
        Map<String, CandidateScript> scripts = new LinkedHashMap<>();
        for (CSVRecord row : rows(intended)) {
            String candidate = row.get("candidate");
            Integer q = index.get(row.get("question"));
            if (q == null) {
                throw new IllegalStateException(intended + ":" + row.getRecordNumber() + ": question " + row.get("question")
                        + " is not on the paper");
            }
            int mark = Integer.parseInt(row.get("mark"));
            if (mark < 0 || mark > questions.get(q).marks()) {
                throw new IllegalStateException(intended + ":" + row.getRecordNumber() + ": mark " + mark + " is outside 0.."
                        + questions.get(q).marks());
            }
            CandidateScript byMarker = marked.get(candidate);
            boolean attempted = byMarker != null && byMarker.answered(q);
            boolean misread = row.isMapped("misread") && row.get("misread").strip().equalsIgnoreCase("yes");
            scripts.computeIfAbsent(candidate, c -> grader.newScript()).record(q, mark, attempted, misread);
        }
        return scripts;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            return parser.getRecords();
        }
    }
}
