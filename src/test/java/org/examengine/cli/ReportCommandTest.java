package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam report on the Level 1 sample set, marked once for the class. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static Path results;

    @BeforeAll
    static void markTheSampleSet() {
        results = dir.resolve("results");
        CliRun mark = CliRun.of("mark", "--paper", "samples/level1-paper.json", "--answers", "samples/level1-answers.csv",
                "--out", results.toString());
        assertThat(mark.status()).as(mark.err()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void theMarkdownReportHasEverySection() {
        CliRun run = CliRun.of("report", results.toString(), "--paper", "samples/level1-paper.json");

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("# Report: paper L1-", "## Centre summary", "### Mark distribution",
                "### Performance codes", "### Attainment per topic", "## Paper statistics", "Cronbach's alpha",
                "Standard error of measurement", "## Item analysis", "Discrimination %", "### Grid points",
                "## Agreement between the marker and the examiners");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void csvIsTheItemAnalysisTableARowPerQuestion() throws IOException {
        Path out = dir.resolve("items.csv");
        CliRun run = CliRun.of("report", results.toString(), "--paper", "samples/level1-paper.json", "--format", "csv",
                "--out", out.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("paper,question,number,topic,lo,ac,max,n,facility,sd,discrimination");
        int questions = (int) Files.readString(Path.of("samples/level1-paper.json")).lines()
                .filter(l -> l.contains("\"stem\"")).count();
        assertThat(lines).hasSize(1 + questions);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void agreementFromAFilledInReviewFile() throws IOException {
        // every reviewed answer given the marker's mark by the examiner: exact agreement 100 %
        List<String> review = Files.readAllLines(results.resolve("review.csv"));
        assertThat(review).hasSizeGreaterThan(1);
        StringBuilder filled = new StringBuilder(review.get(0)).append('\n');
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get();
        int n = 0;
        try (var parser = org.apache.commons.csv.CSVParser.parse(results.resolve("review.csv"),
                java.nio.charset.StandardCharsets.UTF_8, format);
             var printer = new org.apache.commons.csv.CSVPrinter(filled, org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (var r : parser) {
                List<String> cells = new java.util.ArrayList<>(r.toList());
                cells.set(9, r.get("mark"));
                printer.printRecord(cells);
                n++;
            }
        }
        Path file = dir.resolve("filled.csv");
        Files.writeString(file, filled);

        CliRun run = CliRun.of("report", results.toString(), "--paper", "samples/level1-paper.json", "--overrides",
                file.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("| Answers marked by both (n) | " + n + " |", "| Exact agreement | " + n + " (100.0 %) |");

        // the same marks applied by exam mark --overrides are found in the results themselves
        Path applied = dir.resolve("applied");
        assertThat(CliRun.of("mark", "--paper", "samples/level1-paper.json", "--answers", "samples/level1-answers.csv",
                "--overrides", file.toString(), "--out", applied.toString()).status()).isEqualTo(ExitStatus.OK);
        CliRun fromResults = CliRun.of("report", applied.toString(), "--paper", "samples/level1-paper.json");
        assertThat(fromResults.out()).contains("From the results:", "| Answers marked by both (n) | " + n + " |");
    }

    @Test
    void aPaperNotBesideTheResultsIsAskedFor() {
        CliRun run = CliRun.of("report", results.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("results.jsonl:1:1: results of paper L1-").contains("give it with --paper");
    }

    @Test
    void aBrokenResultsLineIsOneLineNamingFileLineAndField() throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        List<String> lines = Files.readAllLines(results.resolve("results.jsonl"));
        lines.set(1, lines.get(1).replaceFirst("\"total\":\\d+", "\"total\":\"many\""));
        Files.write(broken.resolve("results.jsonl"), lines);
        Path out = dir.resolve("never.md");

        CliRun run = CliRun.of("report", broken.toString(), "--paper", "samples/level1-paper.json", "--out", out.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().lines()).singleElement().asString().endsWith("results.jsonl:2:1: field 'total': expected a "
                + "whole number, 0 or more");
        assertThat(out).doesNotExist();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("report", dir.resolve("nowhere").toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("report", results.toString(), results.toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("report", results.toString(), "--format", "html").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("build", "--level", "1", "--out", dir.resolve("p").toString(), "--target-mean", "50")
                .status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void severalSittingsMergeIntoBankStatisticsThatBuildReads() throws IOException {
        // the sample paper's results, and a second Level 1 paper (sharing 8 of its questions) sat by made-up candidates
        Path papers = dir.resolve("papers");
        assertThat(CliRun.of("build", "--level", "1", "--seed", "6", "--out", papers.toString()).status())
                .isEqualTo(ExitStatus.OK);
        Path answers = dir.resolve("l1-6.csv");
        assertThat(CliRun.of("sample", "--paper", papers.resolve("L1-6.json").toString(), "--candidates", "25",
                "--out", answers.toString()).status()).isEqualTo(ExitStatus.OK);
        Path second = dir.resolve("second");
        assertThat(CliRun.of("mark", "--paper", papers.resolve("L1-6.json").toString(), "--answers", answers.toString(),
                "--out", second.toString()).status()).isEqualTo(ExitStatus.OK);
        Path bank = dir.resolve("bank.csv");

        CliRun run = CliRun.of("report", results.toString(), second.toString(), "--paper", "samples/level1-paper.json",
                "--paper", papers.resolve("L1-6.json").toString(), "--bank-stats", bank.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("# Bank statistics over time: Level 1", "## Sittings", "| S1 |", "| S2 |");
        List<String> rows = Files.readAllLines(bank);
        assertThat(rows.get(0)).isEqualTo("question,level,topic,max,sittings,n,facility,discrimination,per_sitting");
        assertThat(rows).anySatisfy(r -> assertThat(r).matches("L1-[^,]+,1,F.,\\d+,2,\\d+,.*"));

        CliRun build = CliRun.of("build", "--level", "1", "--seed", "9", "--out", dir.resolve("p9").toString(),
                "--bank-stats", bank.toString(), "--target-mean", "70");
        assertThat(build.status()).as(build.err()).isEqualTo(ExitStatus.OK);
        assertThat(build.out()).containsPattern("L1-9: expected mean \\d+\\.\\d of \\d+ marks \\(\\d+\\.\\d %\\): \\d+ of \\d+ "
                + "questions from the statistics, the rest at \\d+\\.\\d %; target 70\\.0 %");
    }
}
