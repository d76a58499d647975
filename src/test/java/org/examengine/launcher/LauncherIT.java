package org.examengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command as a user runs it: {@code scripts/exam} against the packaged jar, from a
 * directory that is not the project.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("scripts/exam").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Result(int code, String out, String err) {
    }

    private Result exam(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("exam %s finished", List.of(args)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void demoRunsFromAnyDirectoryOnTheShippedBanks() throws Exception {
        Result demo = exam("demo");
        assertThat(demo.code()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("Level 1 (unit 111/021)", "Level 3 (unit 113)", " 0 error(s)", "L2-2026: Level 2",
                "Step 3", "candidate  marks  percent  grade", "Demo finished");
        assertThat(demo.out()).containsPattern("C\\d\\d +\\d+/36 +\\d+\\.\\d +Fail +AB")
                .containsPattern("C\\d\\d +\\d+/36 +\\d+\\.\\d +Fail +(AA )?FK")
                .containsPattern("C\\d\\d +\\d+/36 +\\d+\\.\\d +First Class Pass");
        assertThat(elsewhere.resolve("demo-output/level1-sample-results/results.csv")).isNotEmptyFile();
        for (int level = 1; level <= 3; level++) {
            assertThat(elsewhere.resolve("demo-output/L" + level + "-2026.html")).isNotEmptyFile();
            assertThat(elsewhere.resolve("demo-output/L" + level + "-2026-marker.html")).isNotEmptyFile();
        }
    }

    @Test
    void versionComesFromTheJar() throws Exception {
        Result version = exam("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).matches("exam \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void brokenBankExitsOneWithLocatedFindingsAndNoStackTrace() throws Exception {
        Files.writeString(elsewhere.resolve("bank.yaml"), "level: 1\nquestions:\n  - id: L1-1\n    lo: 1\n");
        Result run = exam("validate", "bank.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("bank.yaml:3:5: error: missing field 'ac' in question L1-1");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void usageErrorExitsTwoWithOneLine() throws Exception {
        Result run = exam("validate", "no-such-folder");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void explainThroughAPipeUsesBracketsNotColour() throws Exception {
        Path grids = LAUNCHER.getParent().getParent().resolve("marking-grids");
        Result run = exam("explain", "--grids", grids.toString(), "--question", "L1-001", "colleages from another departmant");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("L1-001: 1 of 3 mark(s)").contains("](1)", "(spelling)").doesNotContain("\u001B[");
    }
}
