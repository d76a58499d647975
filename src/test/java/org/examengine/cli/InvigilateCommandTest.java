package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.sitting.Arrangement;
import org.examengine.sitting.Claim;
import org.examengine.sitting.Phase;
import org.examengine.sitting.SittingFiles;
import org.examengine.sitting.SittingSession;
import org.examengine.sitting.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam invigilate's one-shot commands, run in-process, then applied by the sittings as they tick. */
class InvigilateCommandTest {

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();
    private final List<SittingSession> sessions = new ArrayList<>();

    private static Paper paper() {
        PaperQuestion q1 = new PaperQuestion("1", "L1-201", 2, 3, 1, "1.1", "FL", "State two ways to greet a customer.");
        PaperQuestion q2 = new PaperQuestion("2", "L1-202", 3, 4, 1, "1.2", "FL", "Explain why first impressions matter.");
        return new Paper("T1-2026", 1, "111/021", 2026, "sha256:test", 60, 5, 5, List.of(q1, q2), List.of(),
                GradingRules.DEFAULTS);
    }

    @BeforeEach
    void room() {
        begin("C01", Optional.of(new Arrangement(25, "dyslexia", "J. Okafor")));
        begin("C02", Optional.empty());
        tick(Duration.ofMinutes(7));
    }

    private void begin(String candidate, Optional<Arrangement> extra) {
        Claim claim = Claim.of(new SittingFiles(dir), paper(), candidate, clock);
        sessions.add(claim.begin("Centre 1", extra, clock));
        claim.close();
    }

    @AfterEach
    void close() {
        sessions.forEach(SittingSession::close);
    }

    private void tick(Duration d) {
        for (long i = 0; i < d.getSeconds(); i++) {
            clock.advance(Duration.ofSeconds(1));
            sessions.forEach(SittingSession::tick);
        }
    }

    private CliRun invigilate(String... args) {
        List<String> all = new ArrayList<>(List.of("invigilate", "--dir", dir.toString(), "--invigilator", "J. Smith"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("exam invigilate: " + message);
    }

    @Test
    void minutesAddedToAllKeepEachCandidatesExtraTimeInProportion() {
        Duration before1 = sessions.get(0).state().remainingAt(clock.instant());
        Duration before2 = sessions.get(1).state().remainingAt(clock.instant());
        CliRun run = invigilate("--add", "10", "--to", "all", "--reason", "fire alarm");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out().lines()).singleElement().asString()
                .matches("\\d\\d:\\d\\d:\\d\\d add 10 min to all \\(fire alarm\\), by J. Smith \\(2 sittings\\)");
        tick(Duration.ofSeconds(1));
        assertThat(sessions.get(0).state().remainingAt(clock.instant()))
                .as("25 % extra: 12.5 minutes more").isEqualTo(before1.minusSeconds(1).plusSeconds(750));
        assertThat(sessions.get(1).state().remainingAt(clock.instant())).isEqualTo(before2.minusSeconds(1).plusMinutes(10));
        invigilate("--add", "5", "--to", "C01", "--reason", "machine restarted");
        tick(Duration.ofSeconds(1));
        assertThat(sessions.get(0).state().remainingAt(clock.instant()))
                .as("to one candidate: the minutes as given").isEqualTo(before1.minusSeconds(2).plusSeconds(750 + 300));
    }

    @Test
    void pauseAndResumeAllOrOne() {
        assertThat(invigilate("--pause", "all", "--reason", "fire alarm").status()).isEqualTo(ExitStatus.OK);
        tick(Duration.ofSeconds(1));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.state().paused()).isTrue();
            assertThat(s.canAnswer()).isFalse();
        });
        Duration left = sessions.get(1).state().remainingAt(clock.instant());
        tick(Duration.ofMinutes(5));
        assertThat(sessions.get(1).state().remainingAt(clock.instant())).isEqualTo(left);
        CliRun resume = invigilate("--resume", "C02");
        assertThat(resume.out()).contains("resume C02 (resumed), by J. Smith (1 sitting)");
        tick(Duration.ofSeconds(1));
        assertThat(sessions.get(1).state().paused()).isFalse();
        assertThat(sessions.get(0).state().paused()).isTrue();
    }

    @Test
    void extraTimeIsRecordedAsAnArrangementWithWhoApprovedIt() {
        CliRun run = invigilate("--extra", "50", "--to", "C02", "--reason", "broken wrist", "--approved-by", "Head of centre");
        assertThat(run.out()).contains("extra time 50% for C02 (broken wrist; approved by Head of centre), by J. Smith");
        tick(Duration.ofSeconds(1));
        assertThat(sessions.get(1).state().timing().percent()).isEqualTo(50);
        assertThat(sessions.get(1).state().arrangements()).singleElement()
                .satisfies(a -> assertThat(a.approvedBy()).isEqualTo("Head of centre"));
    }

    @Test
    void endSubmitsTheSittingAndTheBoardShowsIt() {
        assertThat(invigilate("--end", "C01", "--reason", "taken ill").status()).isEqualTo(ExitStatus.OK);
        tick(Duration.ofSeconds(1));
        assertThat(sessions.get(0).state().phase()).isEqualTo(Phase.SUBMITTED);
        CliRun board = invigilate("--once");
        assertThat(board.status()).isEqualTo(ExitStatus.OK);
        List<String> lines = board.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Room ").contains("paper T1-2026 · Centre 1");
        assertThat(lines.get(2)).startsWith("CANDIDATE").contains("SUBMITTED");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("C01").contains("submitted", "+25%", "09:07"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("C02").contains("0/2"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("end C01 (taken ill), by J. Smith"));
        assertThat(invigilate("--pause", "C01", "--reason", "too late").err())
                .contains("C01's sitting has been submitted: it cannot be changed");
    }

    @Test
    void theInvigilatorIsTheUserUnlessNamed() {
        CliRun run = CliRun.of("invigilate", "--dir", dir.toString(), "--pause", "all", "--reason", "drill");
        assertThat(run.out()).contains("by " + System.getProperty("user.name"));
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        assertUsage(invigilate("--pause", "all"), "pause needs a reason");
        assertUsage(invigilate("--add", "10", "--reason", "alarm"), "--add needs --to all or --to ID");
        assertUsage(invigilate("--add", "0", "--to", "all", "--reason", "alarm"), "add takes 1 to 180 minutes");
        assertUsage(invigilate("--extra", "25", "--to", "all", "--reason", "x", "--approved-by", "y"),
                "extra time is one candidate's access arrangement");
        assertUsage(invigilate("--extra", "25", "--to", "C01", "--reason", "x"), "extra time is an access arrangement");
        assertUsage(invigilate("--pause", "C09", "--reason", "x"), "no candidate C09 in this room (C01, C02)");
        assertUsage(invigilate("--pause", "all", "--resume", "all", "--reason", "x"), "--pause and --resume cannot go");
        assertUsage(invigilate("--once", "--end", "all", "--reason", "x"), "--end and --once cannot go together");
        assertUsage(invigilate("--to", "C01"), "--to goes with --add or --extra");
        assertUsage(invigilate("--once", "--reason", "x"), "--reason goes with");
        assertUsage(invigilate("--add", "ten", "--to", "all"), "Invalid value for option '--add'");
        assertUsage(CliRun.of("invigilate", "--dir", dir.resolve("nowhere").toString(), "--once"), "--dir: no such folder");
        assertThat(Files.exists(new SittingFiles(dir).control())).as("nothing was given").isFalse();
    }

    @Test
    void theRootHelpListsInvigilate() {
        assertThat(CliRun.of("--help").out()).contains("invigilate");
        assertThat(CliRun.of("invigilate", "--help").out()).contains("--pause", "--add", "--extra", "--end", "--once",
                "--plain", "Exit codes");
    }
}
