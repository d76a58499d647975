package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, what goes to stdout, one-line errors on stderr. */
class CliTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.status()).isEqualTo(ExitStatus.OK);
        assertThat(version.out()).startsWith("exam ");
        CliRun help = CliRun.of("--help");
        assertThat(help.out()).contains("validate", "demo", "Exit codes");
    }

    @Test
    void validatingTheShippedTreeExitsZeroAndPrintsCoverage() {
        CliRun run = CliRun.of("validate", "question-banks", "marking-grids");
        assertThat(run.status()).as(run.out()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Level 1 (unit 111/021)", "Level 2 (unit 112/022)", "Level 3 (unit 113)", " 0 error(s)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brokenFilesAreListedWithFileAndLineAndExitOne() throws Exception {
        Path bank = write("level1/bad.yaml", """
                level: 1
                questions:
                  - id: L1-900
                    lo: 9
                    ac: "1.1"
                    topic: FP
                    kind: short
                    marks: 2
                    minutes: 2
                    stem: "State two things."
                """);
        write("level1/broken.yaml", "questions: [\n  {id: x\n");
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        String shown = bank.toAbsolutePath().toString();
        assertThat(run.out()).contains(shown + ":4:9: error: question L1-900: Level 1 has no learning outcome 9");
        assertThat(run.out()).contains(shown + ":6:12: error: question L1-900: topic FP");
        assertThat(run.out()).containsPattern("broken\\.yaml:\\d+:\\d+: error: cannot parse");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void jsonFormatCarriesTheSameFindings() throws Exception {
        write("level1/bad.yaml", "level: 1\nquestions:\n  - {id: L1-900, lo: 1, ac: \"1.1\", topic: FL, kind: short, marks: 2, minutes: 2, stem: \"S\", extra: 1}\n");
        CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("line").asInt()).isEqualTo(3);
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("message").asText()).contains("unknown field 'extra'");
        assertThat(json.get("coverage").get(0).get("level").asInt()).isEqualTo(1);
    }

    @Test
    void demoValidatesTheShippedBanksAndShowsCoverage() {
        CliRun run = CliRun.of("demo");
        assertThat(run.status()).as(run.out()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Step 1", "Level 3 (unit 113)", "Step 3", "First Class Pass", "Demo finished");
    }

    @Test
    void missingPathIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err().strip()).contains("no such file or folder").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--colour");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err().strip()).contains("Unknown option: '--colour'").doesNotContain("\n");
    }

    @Test
    void badFormatValueIsAUsageError() {
        assertThat(CliRun.of("validate", "--format", "xml").status()).isEqualTo(ExitStatus.USAGE);
    }
}
