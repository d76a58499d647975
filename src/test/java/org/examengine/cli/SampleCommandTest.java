package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam sample: made-up answers to a built paper, as the throughput benchmark and a curious marker use it. */
class SampleCommandTest {

    @TempDir
    Path dir;

    private Path paper;

    @BeforeEach
    void buildAPaper() {
        CliRun build = CliRun.of("build", "--level", "1", "--seed", "3", "--out", dir.resolve("papers").toString());
        assertThat(build.status()).as(build.err()).isEqualTo(ExitStatus.OK);
        paper = dir.resolve("papers/L1-3.json");
    }

    private CliRun sample(String... more) {
        return CliRun.of(Stream.concat(Stream.of("sample", "--paper", paper.toString()), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void writesTheAnswersAndSaysSoInOneLine() throws Exception {
        Path out = dir.resolve("answers.csv");
        CliRun run = sample("--candidates", "20", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out().strip()).isEqualTo("Wrote 300 answers of 20 candidates to " + out);
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(out)).startsWith("candidate,question,answer\r\nC000001,L1-");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("papers", "answers.csv");
        }
    }

    @Test
    void theDefaultSeedIsOneAndASeedGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        sample("--candidates", "30", "--out", a.toString());
        sample("--candidates", "30", "--seed", "1", "--out", b.toString());
        sample("--candidates", "30", "--seed", "2", "--out", c.toString());
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
        assertThat(Files.readString(c)).isNotEqualTo(Files.readString(a));
    }

    @Test
    void theWideLayoutHasAColumnPerQuestion() throws Exception {
        Path out = dir.resolve("wide.csv");
        CliRun run = sample("--candidates", "4", "--layout", "wide", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Wrote 60 answers of 4 candidates");
        assertThat(Files.readAllLines(out).get(0)).startsWith("candidate,L1-").doesNotContain("question");
    }

    @Test
    void theMarkerReadsWhatItWrites() throws Exception {
        Path answers = dir.resolve("answers.csv");
        sample("--candidates", "10", "--out", answers.toString());
        CliRun mark = CliRun.of("mark", "--paper", paper.toString(), "--grids", "marking-grids", "--answers",
                answers.toString(), "--out", dir.resolve("marked").toString());
        assertThat(mark.status()).as(mark.err()).isEqualTo(ExitStatus.OK);
        assertThat(mark.out()).contains("Marked 150 answer(s)");
    }

    @Test
    void aQuestionWithoutAGridIsOneLineAndNothingIsWritten() throws Exception {
        Path grids = dir.resolve("grids");
        Files.createDirectories(grids.resolve("level1"));
        Files.copy(Path.of("marking-grids/level1/lo1-customers.yaml"), grids.resolve("level1/lo1-customers.yaml"));
        Path out = dir.resolve("answers.csv");
        CliRun run = sample("--candidates", "5", "--grids", grids.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().strip()).startsWith("exam sample: ").contains("L1-3.json has question(s) with no grid in")
                .containsPattern("grids: L1-\\d{3}(, L1-\\d{3})*; nothing was written").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path out = dir.resolve("answers.csv");
        assertThat(sample("--candidates", "0", "--out", out.toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(sample("--candidates", "5", "--layout", "tall", "--out", out.toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("sample", "--paper", dir.resolve("none.json").toString(), "--candidates", "5", "--out",
                out.toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(List.of(out)).allSatisfy(p -> assertThat(p).doesNotExist());
    }
}
