package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.sitting.Claim;
import org.examengine.sitting.SittingFiles;
import org.examengine.sitting.SittingSession;
import org.examengine.sitting.SteppedClock;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam sit's refusals and its read-only view, which all happen before a terminal is opened. */
class SitCommandTest {

    private static final String PAPER = "samples/level1-paper.json";

    @TempDir
    Path dir;

    private CliRun sit(String... more) {
        String[] base = {"sit", "--paper", PAPER, "--dir", dir.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    private static Paper paper() {
        return new PaperReader(new DocumentParser()).read(Path.of(PAPER), PAPER).orThrow();
    }

    @Test
    void extraTimeIsAnAccessArrangementAndNeedsAReasonAndAnApprover() {
        CliRun run = sit("--candidate", "C01", "--centre", "X", "--extra-time", "25", "--reason", "dyslexia");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("give --reason and --approved-by");
        assertThat(Files.exists(new SittingFiles(dir).journal("C01", "L1-2026"))).isFalse();
    }

    @Test
    void aCandidateIdThatCannotNameAFileIsRefused() {
        CliRun run = sit("--candidate", "../C01", "--centre", "X");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("--candidate '../C01'");
    }

    @Test
    void resumingWhatWasNeverBegunSaysSo() {
        CliRun run = sit("--candidate", "C01", "--resume");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .contains("there is no sitting of C01 for L1-2026").contains("to resume");
    }

    @Test
    void aSecondWindowOnTheSameSittingIsRefusedInOneLine() {
        SteppedClock clock = SteppedClock.at9();
        try (Claim held = Claim.of(new SittingFiles(dir), paper(), "C01", clock)) {
            CliRun run = sit("--candidate", "C01", "--centre", "X");
            assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
            assertThat(run.err().lines()).hasSize(1).first().asString()
                    .contains("C01 is already sitting L1-2026 in another window", "process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aSubmittedSittingIsShownReadOnlyWithItsAnswersMadeSafe() {
        SteppedClock clock = SteppedClock.at9();
        Paper p = paper();
        String first = p.allQuestions().get(0).id();
        try (Claim claim = Claim.of(new SittingFiles(dir), p, "C01", clock);
             SittingSession s = claim.begin("X", Optional.empty(), clock)) {
            clock.advanceMinutes(6);
            s.tick();
            s.saveAnswer(first, "Smile\n\u001b[2Jand greet them");
            s.submit();
        }
        CliRun run = sit("--candidate", "C01");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("C01's sitting of L1-2026 was submitted", "cannot be reopened", "Question 1 (",
                "  Smile", "  ^[[2Jand greet them", "(no answer)").doesNotContain("\u001b");
    }
}
