package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exam build} as an exam officer runs it, on the shipped banks. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private Paper read(Path file) {
        return new PaperReader(new DocumentParser()).read(file, file.toString()).orThrow();
    }

    @Test
    void buildsAPaperPerLevelThatRebuildsByteForByteFromItsSeed() throws Exception {
        for (int level = 1; level <= 3; level++) {
            CliRun run = CliRun.of("build", "--level", String.valueOf(level), "--seed", "42", "--out", dir.resolve("a").toString());
            assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
            assertThat(run.out()).contains("L" + level + "-42: Level " + level + ", seed 42");
        }
        CliRun again = CliRun.of("build", "--level", "2", "--seed", "42", "--out", dir.resolve("b").toString());
        assertThat(again.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllBytes(dir.resolve("b/L2-42.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a/L2-42.json")));
        Paper paper = read(dir.resolve("a/L2-42.json"));
        assertThat(paper.marks()).isEqualTo(60);
        assertThat(paper.duration()).isEqualTo(90);
        assertThat(paper.allQuestions().stream().mapToInt(PaperQuestion::marks).sum()).isEqualTo(60);
        assertThat(paper.scenarios()).hasSize(3);
        assertThat(paper.bankFingerprint()).startsWith("sha256:");
        assertThat(Files.readString(dir.resolve("a/L2-42.json"))).doesNotContain("accept", "grid");
    }

    @Test
    void aSeriesReportsItsOverlapAndAvoidingEarlierPapersIsCounted() {
        CliRun series = CliRun.of("build", "--level", "3", "--seed", "1", "--count", "3", "--out", dir.toString());
        assertThat(series.status()).as(series.err()).isEqualTo(ExitStatus.OK);
        assertThat(series.out()).contains("L3-1:", "L3-2:", "L3-3:", "Overlap: two papers share at most");
        CliRun avoiding = CliRun.of("build", "--level", "3", "--seed", "9", "--avoid", dir.resolve("L3-1.json").toString(),
                "--out", dir.resolve("next").toString());
        assertThat(avoiding.status()).as(avoiding.err()).isEqualTo(ExitStatus.OK);
        assertThat(avoiding.out()).containsPattern("\\d+ question\\(s\\) from the papers avoided");
    }

    @Test
    void theShippedBanksGiveASeriesOfTenDistinctPapersPerLevel() {
        for (int level = 1; level <= 3; level++) {
            Path out = dir.resolve("series" + level);
            CliRun series = CliRun.of("build", "--level", String.valueOf(level), "--seed", "100", "--count", "10",
                    "--out", out.toString());
            assertThat(series.status()).as(series.err()).isEqualTo(ExitStatus.OK);
            java.util.Set<java.util.List<String>> selections = new java.util.HashSet<>();
            for (int seed = 100; seed < 110; seed++) {
                Paper paper = read(out.resolve("L" + level + "-" + seed + ".json"));
                assertThat(paper.allQuestions().stream().mapToInt(PaperQuestion::marks).sum()).isEqualTo(paper.marks());
                selections.add(paper.allQuestions().stream().map(PaperQuestion::id).sorted().toList());
            }
            assertThat(selections).as("Level %d papers with different questions", level).hasSize(10);
        }
    }

    @Test
    void aBlueprintTheBankCannotMeetSaysWhichRuleAndWhatTheBankLacks() throws Exception {
        Path banks = dir.resolve("banks");
        Path level1 = Files.createDirectories(banks.resolve("level1"));
        try (Stream<Path> files = Files.list(Path.of("question-banks/level1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, level1.resolve(f.getFileName()));
            }
        }
        Path blueprint = level1.resolve("blueprint.yaml");
        Files.writeString(blueprint, Files.readString(blueprint).replaceFirst("(?m)^scenarios: *\\d+", "scenarios: 40"));
        CliRun run = CliRun.of("build", "--level", "1", "--seed", "1", "--banks", banks.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).contains("level1/blueprint.yaml:").containsPattern("\\d+ scenario task\\(s\\), fewer than the 40 a paper needs");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void printsACandidatesPaperAndAMarkersCopyWithTheGrids() throws Exception {
        CliRun run = CliRun.of("build", "--level", "1", "--seed", "5", "--print", "html", "--out", dir.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        Paper paper = read(dir.resolve("L1-5.json"));
        String candidate = Files.readString(dir.resolve("L1-5.html"));
        assertThat(candidate).contains("Candidate number", "Centre number", "Time allowed: <strong>60 minutes</strong>",
                "5 minutes' reading time", "break-after: page", "@page");
        for (PaperQuestion q : paper.allQuestions()) {
            assertThat(candidate).contains("<span class=\"num\">" + q.number() + "</span>", "[" + q.marks() + " mark");
        }
        String marker = Files.readString(dir.resolve("L1-5-marker.html"));
        assertThat(marker).contains("marker's copy", paper.questions().get(0).id());
        // the grids' phrases are on the marker's copy only
        assertThat(marker).contains("<ul>\n<li><strong>");
        assertThat(candidate).doesNotContain("<li><strong>1</strong>");
        CliRun md = CliRun.of("build", "--level", "1", "--seed", "5", "--print", "md", "--out", dir.resolve("md").toString());
        assertThat(md.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(dir.resolve("md/L1-5.md"))).startsWith("# Level 1").contains("| Candidate number | |");
        assertThat(dir.resolve("md/L1-5-marker.md")).exists();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("build", "--level", "7", "--out", dir.toString()).status()).isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("build", "--level", "1", "--avoid", "nope.json", "--out", dir.toString()).status())
                .isEqualTo(ExitStatus.USAGE);
        assertThat(CliRun.of("build", "--level", "1", "--count", "0", "--out", dir.toString()).status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void aBrokenPaperToAvoidIsOneLineNamingItsFieldAndLine() throws Exception {
        Path bad = dir.resolve("old.json");
        Files.writeString(bad, "{\"id\": \"X\",\n \"level\": \"two\"}\n");
        CliRun run = CliRun.of("build", "--level", "1", "--avoid", bad.toString(), "--out", dir.resolve("o").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().strip().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("old.json:", "missing field");
        assertThat(List.of(run.err())).noneMatch(e -> e.contains("Exception"));
    }
}
