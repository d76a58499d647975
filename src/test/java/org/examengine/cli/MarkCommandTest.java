package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam mark --grids as an author uses it to try a grid on answers. */
class MarkCommandTest {

    @TempDir
    Path dir;

    private Path answers(String text) throws Exception {
        Path file = dir.resolve("answers.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void writesOneRowPerAnswerInInputOrderAsTheDesignBriefSays() throws Exception {
        Path in = answers("\uFEFFcandidate,question,answer\r\n"
                + "C001,L1-001,\"Internal customers such as colleagues, and\r\nexternal ones like suppliers\"\r\n"
                + "C002,L1-001,I don't know\r\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("mark", "--grids", "marking-grids", "--banks", "question-banks", "--answers", in.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        List<String> rows = Files.readAllLines(out.resolve("answers.csv"));
        assertThat(rows.get(0)).isEqualTo("candidate,question,mark,max,confidence,points,fingerprint");
        assertThat(rows.get(1)).startsWith("C001,L1-001,3,3,sure,").contains("internal", "external");
        assertThat(rows.get(2)).startsWith("C002,L1-001,0,3,");
        assertThat(rows).hasSize(3);
        String evidence = Files.readAllLines(out.resolve("answers.jsonl")).get(0);
        assertThat(evidence).contains("\"line\":2", "\"point\":\"internal\"", "\"text\":\"Internal\"", "\"match\":\"exact\"");
        assertThat(run.out()).contains("Marked 2 answer(s)");
    }

    @Test
    void rowsWithoutAGridGoToErrorsWithTheirLineAndTheRunGoesOn() throws Exception {
        Path in = answers("candidate,question,answer\nC001,L9-999,anything\nC002,L1-001,colleagues\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("mark", "--grids", "marking-grids", "--answers", in.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(Files.readAllLines(out.resolve("errors.csv"))).anyMatch(l -> l.startsWith(in.toString() + ",2,C001,L9-999,no marking grid for question 'L9-999',exam "));
        assertThat(Files.readAllLines(out.resolve("answers.csv"))).hasSize(2);
    }

    @Test
    void aWideFileIsMarkedCellByCellAndItsUnusableRowsGoToErrors() throws Exception {
        Path in = answers("candidate,L1-001\nC001,colleagues\nC002\n,suppliers\nC003,\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("mark", "--grids", "marking-grids", "--answers", in.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        List<String> marked = Files.readAllLines(out.resolve("answers.csv"));
        assertThat(marked).hasSize(3);
        assertThat(marked.get(1)).startsWith("C001,L1-001,");
        assertThat(marked.get(2)).startsWith("C003,L1-001,0,");
        assertThat(Files.readAllLines(out.resolve("errors.csv")).stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(",exam ")))
                .toList()).containsSubsequence(
                in + ",3,C002,,\"expected 2 fields (candidate and 1 question), found 1\"", in + ",4,,,no candidate id");
    }

    @Test
    void spreadsheetFormulasInCellsAreNeutralised() throws Exception {
        Path in = answers("candidate,question,answer\n=cmd|' /C calc'!A0,L1-001,colleagues\n");
        Path out = dir.resolve("out");
        CliRun.of("mark", "--grids", "marking-grids", "--answers", in.toString(), "--out", out.toString());
        assertThat(Files.readAllLines(out.resolve("answers.csv")).get(1)).startsWith("'=cmd|' /C calc'!A0,");
    }

    @Test
    void aBadHeaderIsOneLineNamingTheFileAndLeavesNoOutput() throws Exception {
        Path in = answers("student,item,text\nC001,L1-001,colleagues\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("mark", "--grids", "marking-grids", "--answers", in.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().strip()).contains("answers.csv:1:1: header must be candidate,question,answer").doesNotContain("\n");
        try (Stream<Path> left = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRowOfInvalidUtf8GoesToErrorsWithItsLine() throws Exception {
        Path in = dir.resolve("latin1.csv");
        Files.write(in, new byte[] {'c', 'a', 'n', 'd', 'i', 'd', 'a', 't', 'e', ',', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', ',',
            'a', 'n', 's', 'w', 'e', 'r', '\n', 'C', '1', ',', 'L', '1', '-', '0', '0', '1', ',', (byte) 0xE9, '\n'});
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("mark", "--grids", "marking-grids", "--answers", in.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(Files.readAllLines(out.resolve("errors.csv"))).anyMatch(l -> l.startsWith(in + ",2,C1,L1-001,invalid UTF-8 in this row,exam "));
    }

    @Test
    void missingGridsFolderIsAUsageError() throws Exception {
        Path in = answers("candidate,question,answer\n");
        CliRun run = CliRun.of("mark", "--grids", dir.resolve("nope").toString(), "--answers", in.toString(), "--out", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void withAPaperOnlyItsQuestionsAreMarkedAndGridsOrBanksThatNoLongerFitAreRefused() throws Exception {
        Path papers = dir.resolve("papers");
        assertThat(CliRun.of("build", "--level", "1", "--seed", "3", "--out", papers.toString()).status()).isEqualTo(ExitStatus.OK);
        Path paper = papers.resolve("L1-3.json");
        String onPaper = new org.examengine.paper.PaperReader(new org.examengine.source.DocumentParser())
                .read(paper, "L1-3.json").orThrow().questions().get(0).id();
        Path in = answers("candidate,question,answer\nC1," + onPaper + ",something\nC1,L2-001,not on this paper\n");
        CliRun fits = CliRun.of("mark", "--paper", paper.toString(), "--grids", "marking-grids", "--banks", "question-banks",
                "--answers", in.toString(), "--out", dir.resolve("ok").toString());
        assertThat(fits.status()).as(fits.err()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(fits.out()).contains("Marked 1 answer(s)", "1 row(s) rejected");

        Path oneLevel = dir.resolve("grids");
        Files.createDirectories(oneLevel.resolve("level2"));
        Files.copy(Path.of("marking-grids/level2/lo1-customers.yaml"), oneLevel.resolve("level2/lo1-customers.yaml"));
        CliRun noGrids = CliRun.of("mark", "--paper", paper.toString(), "--grids", oneLevel.toString(), "--answers",
                in.toString(), "--out", dir.resolve("no").toString());
        assertThat(noGrids.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(noGrids.err()).contains("(" + onPaper + ") of paper L1-3 has no grid", "nothing was written");
        assertThat(dir.resolve("no")).doesNotExist();

        Path banks = dir.resolve("banks");
        try (var files = Files.walk(Path.of("question-banks"))) {
            for (Path f : files.toList()) {
                Path to = banks.resolve(Path.of("question-banks").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(f).replace("stem: \"", "stem: \"Now: "));
                }
            }
        }
        CliRun changed = CliRun.of("mark", "--paper", paper.toString(), "--grids", "marking-grids", "--banks", banks.toString(),
                "--answers", in.toString(), "--out", dir.resolve("changed").toString());
        assertThat(changed.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(changed.err()).contains("paper L1-3 was built from other banks", "rebuild the paper");
    }
}
