package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.examengine.grid.Example;
import org.examengine.grid.Grid;
import org.examengine.marking.MarkingSources;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam mark --paper as a centre uses it: answers in, graded candidates with codes and evidence out. */
class MarkPaperCommandTest {

    @TempDir
    Path dir;

    private Path paperFile;
    private Paper paper;
    private final Map<String, Grid> grids = MarkingSources.load(Path.of("marking-grids"), null, Path::toString).grids();

    @BeforeEach
    void buildAPaper() {
        Path papers = dir.resolve("papers");
        assertThat(CliRun.of("build", "--level", "1", "--seed", "3", "--out", papers.toString()).status()).isEqualTo(ExitStatus.OK);
        paperFile = papers.resolve("L1-3.json");
        paper = new PaperReader(new DocumentParser()).read(paperFile, "L1-3.json").orThrow();
    }

    /** The grid's own example that earns full marks: a careful examiner's model answer. */
    private String fullMarks(PaperQuestion q) {
        return grids.get(q.id()).examples().stream().max(Comparator.comparingInt(Example::mark)).orElseThrow().answer();
    }

    private Path longFile(String name, List<List<String>> rows) throws Exception {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("candidate", "question", "answer");
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private CliRun mark(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("mark", "--paper", paperFile.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file)).getRecords();
    }

    private List<List<String>> strongAndWeak() {
        List<List<String>> rows = new ArrayList<>();
        List<PaperQuestion> qs = paper.allQuestions();
        for (PaperQuestion q : qs) {
            rows.add(List.of("STRONG", q.id(), fullMarks(q)));
        }
        rows.add(List.of("WEAK", qs.get(0).id(), fullMarks(qs.get(0))));
        rows.add(List.of("WEAK", qs.get(1).id(), ""));
        return rows;
    }

    @Test
    void gradesEveryCandidateAndWritesTheFourFiles() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = mark(out, "--answers", longFile("answers.csv", strongAndWeak()).toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("of 2 candidate(s) (1 Fail, 0 Pass, 1 First Class Pass)");
        List<CSVRecord> results = csv(out.resolve("results.csv"));
        assertThat(results).hasSize(2);
        CSVRecord strong = results.get(0);
        assertThat(strong.get("candidate")).isEqualTo("STRONG");
        assertThat(strong.get("total")).isEqualTo(strong.get("max")).isEqualTo(String.valueOf(paper.marks()));
        assertThat(strong.get("percent")).isEqualTo("100.0");
        assertThat(strong.get("grade")).isEqualTo("First Class Pass");
        assertThat(strong.get("codes")).isEmpty();
        CSVRecord weak = results.get(1);
        assertThat(weak.get("grade")).isEqualTo("Fail");
        // one answer of many, and a blank: too little work, and every topic short of half its marks
        assertThat(weak.get("codes")).startsWith("AB ").contains("FM", "FN", "FO").doesNotContain("AA", "FK");
        assertThat(weak.get(paper.allQuestions().get(1).id())).as("a blank answer is not an answer").isEmpty();
        assertThat(weak.get(paper.allQuestions().get(0).id())).isEqualTo(String.valueOf(paper.allQuestions().get(0).marks()));
        assertThat(strong.get("fingerprint")).matches("exam \\S+ paper:[0-9a-f]{8} grids:[0-9a-f]{8} thesaurus:[0-9a-f]{8}");

        List<String> jsonl = Files.readAllLines(out.resolve("results.jsonl"));
        assertThat(jsonl).hasSize(2);
        assertThat(jsonl.get(0)).startsWith("{\"candidate\":\"STRONG\",\"paper\":\"L1-3\"")
                .contains("\"grade\":\"First Class Pass\"", "\"points\":[{\"point\":", "\"marked_by\":\"marker\"",
                        "\"fingerprint\":\"exam ");
        assertThat(jsonl.get(1)).contains("\"codes\":[\"AB\"", "\"answered\":false");
        assertThat(Files.readAllLines(out.resolve("errors.csv"))).hasSize(1);
        assertThat(Files.readAllLines(out.resolve("review.csv")).get(0))
                .isEqualTo("candidate,question,number,mark,max,reasons,misread,answer,points,examiner_mark,examiner_comment,fingerprint");
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("results.csv", "results.jsonl", "review.csv", "errors.csv");
        }
    }

    @Test
    void wideAnswersGiveTheSameResultsAsLongOnes() throws Exception {
        List<PaperQuestion> qs = paper.allQuestions();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("candidate"));
            qs.forEach(q -> header.add(q.id()));
            csv.printRecord(header);
            List<String> strong = new ArrayList<>(List.of("STRONG"));
            qs.forEach(q -> strong.add(fullMarks(q)));
            csv.printRecord(strong);
            List<String> weak = new ArrayList<>(List.of("WEAK", fullMarks(qs.get(0))));
            qs.stream().skip(1).forEach(q -> weak.add(""));
            csv.printRecord(weak);
        }
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "\uFEFF" + text);
        assertThat(mark(dir.resolve("wide"), "--answers", wide.toString()).status()).isEqualTo(ExitStatus.OK);
        assertThat(mark(dir.resolve("long"), "--answers", longFile("long.csv", strongAndWeak()).toString()).status())
                .isEqualTo(ExitStatus.OK);
        assertThat(dir.resolve("wide/results.csv")).hasSameTextualContentAs(dir.resolve("long/results.csv"));
    }

    @Test
    void badRowsGoToErrorsWithFileAndLineAndTheRestIsMarked() throws Exception {
        String q1 = paper.allQuestions().get(0).id();
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "candidate,question,answer\n"
                + "C1," + q1 + ",\"thank them, then ask\nwhat they need\"\n"
                + "C1,L3-999,not on this paper\n"
                + "C1," + q1 + ",a second try\n"
                + "C2," + q1 + "\n"
                + "," + q1 + ",no candidate\n"
                + "C3," + q1 + "," + "x".repeat(50) + "\n");
        Path out = dir.resolve("out");
        CliRun run = mark(out, "--answers", in.toString(), "--max-answer-chars", "40");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("Marked 1 answer(s) of 1 candidate(s)", "5 row(s) rejected (see errors.csv)");
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        assertThat(errors).as(Files.readString(out.resolve("errors.csv"))).extracting(r -> r.get("line"))
                .containsExactly("4", "5", "6", "7", "8");
        assertThat(errors).allSatisfy(r -> assertThat(r.get("file")).endsWith("bad.csv"));
        assertThat(errors.get(0).get("error")).contains("not on paper L1-3");
        assertThat(errors.get(1).get("error")).contains("a second answer", "line 2 of");
        assertThat(errors.get(2).get("error")).contains("expected 3");
        assertThat(errors.get(3).get("error")).contains("no candidate id");
        assertThat(errors.get(4).get("error")).contains("over the limit of 40");
        assertThat(csv(out.resolve("results.csv"))).extracting(r -> r.get("candidate")).containsExactly("C1");
    }

    @Test
    void theSameAnswersGiveTheSameBytesWhateverTheThreads() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<PaperQuestion> qs = paper.allQuestions();
        for (int c = 0; c < 60; c++) {
            for (int i = 0; i < qs.size(); i++) {
                String answer = (c + i) % 7 == 0 ? "" : (c + i) % 3 == 0 ? fullMarks(qs.get((i + 1) % qs.size()))
                        : fullMarks(qs.get(i)).substring(0, Math.max(1, fullMarks(qs.get(i)).length() * (c % 4 + 1) / 4));
                rows.add(List.of("C" + c, qs.get(i).id(), answer));
            }
        }
        Path in = longFile("many.csv", rows);
        mark(dir.resolve("one"), "--answers", in.toString(), "--threads", "1");
        mark(dir.resolve("four"), "--answers", in.toString(), "--threads", "4");
        for (String f : List.of("results.csv", "results.jsonl", "review.csv", "errors.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("four").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
        assertThat(csv(dir.resolve("one/results.csv"))).hasSize(60);
    }

    @Test
    void answersThatFitOtherQuestionsGiveMisinterpretation() throws Exception {
        List<PaperQuestion> qs = paper.questions();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            // every answer is the model answer of the next question
            rows.add(List.of("MIXUP", qs.get(i).id(), fullMarks(qs.get((i + 1) % qs.size()))));
        }
        Path out = dir.resolve("out");
        mark(out, "--answers", longFile("mixup.csv", rows).toString());
        CSVRecord mixup = csv(out.resolve("results.csv")).get(0);
        assertThat(mixup.get("grade")).isEqualTo("Fail");
        assertThat(mixup.get("codes")).contains("FK");
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("\"misread\":{\"other_question\":\"" + qs.get(1).id());
    }

    @Test
    void examinersMarksReplaceTheMarkersAndRegrade() throws Exception {
        List<PaperQuestion> qs = paper.allQuestions();
        List<List<String>> rows = new ArrayList<>();
        for (PaperQuestion q : qs) {
            rows.add(List.of("C1", q.id(), "no idea"));
        }
        Path in = longFile("answers.csv", rows);
        Path out = dir.resolve("out");
        mark(out, "--answers", in.toString());
        assertThat(csv(out.resolve("results.csv")).get(0).get("total")).isEqualTo("0");
        Path review = dir.resolve("review-filled.csv");
        StringWriter filled = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(filled, CSVFormat.RFC4180)) {
            csv.printRecord("candidate", "question", "examiner_mark", "examiner_comment");
            csv.printRecord("C1", qs.get(0).id(), qs.get(0).marks(), "=the gist is there");
            csv.printRecord("C1", qs.get(1).id(), qs.get(1).marks() + 1, "too many");
            csv.printRecord("C9", qs.get(2).id(), 1, "nobody");
        }
        Files.writeString(review, "\uFEFF" + filled);
        CliRun again = mark(out, "--answers", in.toString(), "--overrides", review.toString());
        assertThat(again.err()).isEmpty();
        assertThat(again.status()).isEqualTo(ExitStatus.FINDINGS);
        CSVRecord c1 = csv(out.resolve("results.csv")).get(0);
        assertThat(c1.get("total")).isEqualTo(String.valueOf(qs.get(0).marks()));
        assertThat(c1.get(qs.get(0).id())).isEqualTo(String.valueOf(qs.get(0).marks()));
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("\"marked_by\":\"examiner\",\"marker_mark\":0,"
                + "\"examiner_comment\":\"=the gist is there\"");
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        assertThat(errors).extracting(r -> r.get("line") + " " + r.get("error")).containsExactly(
                "3 examiner_mark " + (qs.get(1).marks() + 1) + " is outside 0.." + qs.get(1).marks() + ", the marks of question "
                        + qs.get(1).id() + "; not applied",
                "4 no answer from this candidate to this question in the answers files; not applied");
        CSVRecord kept = csv(out.resolve("review.csv")).stream().filter(r -> r.get("question").equals(qs.get(0).id()))
                .findFirst().orElseThrow();
        assertThat(kept.get("examiner_mark")).isEqualTo(String.valueOf(qs.get(0).marks()));
        assertThat(kept.get("examiner_comment")).as("neutralised for spreadsheets").isEqualTo("'=the gist is there");

        // the review.csv written gives back the same marks and comments
        Path again2 = dir.resolve("again");
        assertThat(mark(again2, "--answers", in.toString(), "--overrides", out.resolve("review.csv").toString()).status())
                .isEqualTo(ExitStatus.OK);
        assertThat(again2.resolve("results.csv")).hasSameTextualContentAs(out.resolve("results.csv"));
        assertThat(again2.resolve("review.csv")).hasSameTextualContentAs(out.resolve("review.csv"));
    }
}
