package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examengine.review.AnswerKey;
import org.examengine.review.ReviewFile;
import org.examengine.review.ReviewItem;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** exam review on a real marked sample, in process: an examiner's decisions in plain mode, then the re-grade. */
class ReviewCommandTest {

    private static final String PAPER = "samples/level1-paper.json";
    private static final String ANSWERS = "samples/level1-answers.csv";

    @TempDir
    Path dir;

    private Path out;
    private String screen;

    @BeforeEach
    void markTheSample() {
        out = dir.resolve("out");
        CliRun marked = CliRun.of("mark", "--paper", PAPER, "--answers", ANSWERS, "--out", out.toString());
        assertThat(marked.status()).as(marked.err()).isEqualTo(ExitStatus.OK);
        assertThat(marked.out()).contains("72 for review");
    }

    /** exam review with {@code typed} as the keyboard of a dumb terminal; what it showed is left in {@link #screen}. */
    private CliRun review(String typed, String... args) throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cmd = Exam.commandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        ReviewCommand command = cmd.getSubcommands().get("review").getCommand();
        command.terminals = () -> new DumbTerminal("review-test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), shown, StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(List.of("review", out.toString()));
        all.addAll(List.of(args));
        int code = cmd.execute(all.toArray(String[]::new));
        screen = shown.toString(StandardCharsets.UTF_8);
        return new CliRun(ExitStatus.fromCode(code), stdout.toString(), stderr.toString());
    }

    private List<ReviewItem> queue() {
        return ReviewFile.read(out.resolve("review.csv"), "review.csv").items();
    }

    /** Each answer's mark and who gave it, from results.jsonl; and each candidate's total checked against them. */
    private Map<AnswerKey, JsonNode> results() throws Exception {
        Map<AnswerKey, JsonNode> byAnswer = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
            JsonNode candidate = json.readTree(line);
            int sum = 0;
            for (JsonNode a : candidate.path("answers")) {
                byAnswer.put(new AnswerKey(candidate.path("candidate").asText(), a.path("question").asText()), a);
                sum += a.path("mark").asInt();
            }
            assertThat(candidate.path("total").asInt()).as(candidate.path("candidate").asText()).isEqualTo(sum);
        }
        return byAnswer;
    }

    @Test
    void anExaminerReviewsEveryAnswerInPlainModeAndTheReGradedResultsCarryTheirMarks() throws Exception {
        List<ReviewItem> queue = queue();
        String original = Files.readString(out.resolve("review.csv"));
        StringBuilder typed = new StringBuilder();
        Map<AnswerKey, Integer> expected = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            ReviewItem item = queue.get(i);
            switch (i % 3) {
                case 0 -> {
                    typed.append(item.max()).append(" full marks on a second look\n");
                    expected.put(item.key(), item.max());
                }
                case 1 -> {
                    typed.append("0\n");
                    expected.put(item.key(), 0);
                }
                default -> {
                    typed.append("\n");
                    expected.put(item.key(), item.mark());
                }
            }
        }
        typed.append("f\n");
        CliRun run = review(typed.toString(), "--paper", PAPER, "--answers", ANSWERS, "--plain", "--examiner", "R. Patel");
        assertThat(run.status()).as(run.err() + run.out()).isEqualTo(ExitStatus.OK);
        assertThat(run.err()).isEmpty();
        assertThat(screen).doesNotContain("\u001b").contains("== Answer 72 of 72 · 71 decided, 1 to go ==")
                .contains("== End of the list (72 answers) · 72 decided, 0 to go ==");
        assertThat(run.out()).contains("Wrote " + out.resolve("review.csv") + ": 72 examiner mark(s), 0 answer(s) undecided")
                .contains("Re-grading: exam mark --paper " + PAPER)
                .contains("Marked 450 answer(s) of 30 candidate(s)").contains("; 0 for review; 0 row(s) rejected");
        assertThat(out.resolve("review.csv.orig")).hasContent(original);
        assertThat(queue()).allSatisfy(i -> assertThat(i.examinerMark()).isEqualTo(expected.get(i.key())));
        assertThat(queue().get(0).examinerComment()).isEqualTo("full marks on a second look");

        Map<AnswerKey, JsonNode> results = results();
        expected.forEach((key, mark) -> {
            assertThat(results.get(key).path("mark").asInt()).as(key.toString()).isEqualTo(mark);
            assertThat(results.get(key).path("marked_by").asText()).isEqualTo("examiner");
        });
        assertThat(Files.readAllLines(out.resolve("review-decisions.jsonl"))).hasSize(1 + 72 + 1)
                .first().asString().contains("\"examiner\":\"R. Patel\"");

        // later: nothing is left to decide, and --finish alone re-grades with the paper and answers recorded the first time
        byte[] resultsCsv = Files.readAllBytes(out.resolve("results.csv"));
        CliRun again = review("", "--plain");
        assertThat(again.out()).startsWith("72 of 72 answer(s) decided");
        CliRun finish = review("", "--finish");
        assertThat(finish.status()).as(finish.err()).isEqualTo(ExitStatus.OK);
        assertThat(finish.out()).contains("Re-grading: exam mark --paper " + PAPER).contains("Marked 450 answer(s)");
        assertThat(out.resolve("results.csv")).hasBinaryContent(resultsCsv);
    }

    @Test
    void marksFilledInASpreadsheetCountAsDecidedAndWithoutThePaperTheReGradeCommandIsPrinted() throws Exception {
        List<ReviewItem> queue = queue();
        Path csv = out.resolve("review.csv");
        List<String> lines = Files.readAllLines(csv);
        // a spreadsheet user fills in the first two rows' examiner_mark (the answers on them are one line each)
        for (int row = 1; row <= 2; row++) {
            assertThat(lines.get(row)).endsWith(",,," + queue.get(row - 1).fingerprint());
            lines.set(row, lines.get(row).replace(",,," + queue.get(row - 1).fingerprint(), ",0,by hand,"
                    + queue.get(row - 1).fingerprint()));
        }
        Files.write(csv, lines);
        CliRun run = review("q\n", "--plain");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(screen).contains("72 answer(s) to review, 2 decided.").contains("== Answer 3 of 72 · 2 decided, 70 to go ==")
                .contains("(its wording is not known here: give --paper)");
        CliRun finish = review("", "--finish");
        assertThat(finish.out()).contains("Not re-graded: the paper and answers files are not known (give --paper and "
                + "--answers). To re-grade, run:\n  exam mark --paper PAPER --answers ANSWERS.csv --grids ")
                .contains(" --out " + out + " --overrides " + out.resolve("review.csv") + "\n");
        CliRun byHand = CliRun.of("mark", "--paper", PAPER, "--answers", ANSWERS, "--out", out.toString(), "--overrides",
                csv.toString());
        assertThat(byHand.status()).isEqualTo(ExitStatus.OK);
        Map<AnswerKey, JsonNode> results = results();
        assertThat(results.get(queue.get(0).key()).path("marked_by").asText()).isEqualTo("examiner");
        assertThat(results.get(queue.get(1).key()).path("examiner_comment").asText()).isEqualTo("by hand");
        assertThat(results.get(queue.get(2).key()).path("marked_by").asText()).isEqualTo("marker");
    }

    @Test
    void aTornLastLineOfTheJournalIsReportedAndSkipped() throws Exception {
        review("2\nq\n", "--plain");
        Path journal = out.resolve("review-decisions.jsonl");
        Files.writeString(journal, "{\"seq\":3,\"at\":\"2026-11", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = review("q\n", "--plain");
        assertThat(run.err()).isEqualTo("exam review: " + journal + ":3: the last line is torn or damaged (22 bytes, likely "
                + "a crash while writing); skipped\n");
        assertThat(run.out()).startsWith("1 of 72 answer(s) decided");
        assertThat(Files.exists(out.resolve("review-decisions.jsonl.torn-3"))).isTrue();
    }

    @Test
    void anotherPaperThanTheMarkingsIsNamedAndNotUsedToReGrade() throws Exception {
        CliRun run = review("", "--paper", "samples/level2-paper.json", "--answers", ANSWERS, "--finish");
        assertThat(run.err()).startsWith("exam review: " + out + " was marked with other inputs than these (paper ");
        assertThat(run.out()).contains("Not re-graded: the inputs differ from the marking's (paper ");
    }

    @Test
    void aFolderWithoutReviewCsvIsAUsageError() throws Exception {
        CliRun run = CliRun.of("review", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("review.csv: no such file (exam mark --paper ... --out " + dir + " writes it)");
        assertThat(CliRun.of("review", dir.resolve("none").toString()).status()).isEqualTo(ExitStatus.USAGE);
    }
}
