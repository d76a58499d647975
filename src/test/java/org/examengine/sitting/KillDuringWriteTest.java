package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No confirmed answer is lost when the machine dies: a child JVM saves answers as fast as it can and is killed
 * (SIGKILL, no shutdown hooks) at random moments, mostly in the middle of a write; every answer it confirmed is in
 * the journal, and the sitting resumes and goes on writing, a torn last line reported and skipped.
 */
class KillDuringWriteTest {

    /** The n-th answer: different each time, up to 30 KB, with non-Latin text and a control character. */
    static String answer(int n) {
        return ("Answer " + n + ": greet the customer, smile, 顧客 👍\u001b[0m ").repeat(1 + n % 600);
    }

    @Test
    void everyConfirmedAnswerSurvivesAKillAtARandomMoment(@TempDir Path dir) throws Exception {
        Random random = new Random(20261123);
        int torn = 0;
        for (int run = 0; run < 6; run++) {
            Path room = dir.resolve("room" + run);
            int killAfter = 20 + random.nextInt(400);
            int confirmed = KilledChild.runAndKill(JournalWriterChild.class, room, killAfter);
            assertThat(confirmed).isGreaterThanOrEqualTo(killAfter);

            Journal.Contents contents = Journal.read(new SittingFiles(room).journal("C01", "T1-2026"), "journal");
            torn += contents.torn().isPresent() ? 1 : 0;
            Set<String> saved = new HashSet<>();
            contents.entries().stream().filter(e -> e instanceof Entry.AnswerSaved)
                    .forEach(e -> saved.add(((Entry.AnswerSaved) e).text()));
            for (int n = 1; n <= confirmed; n++) {
                assertThat(saved).as("run %d: confirmed answer %d", run, n).contains(answer(n));
            }
            try (Claim claim = Claim.of(new SittingFiles(room), Papers.small(), "C01", Clock.systemUTC());
                 SittingSession s = claim.resume(false, Optional.empty(), Clock.systemUTC())) {
                assertThat(s.state().phase()).isEqualTo(Phase.WRITING);
                assertThat(s.saveAnswer("L1-201", "after the crash")).isTrue();
            }
            assertThat(Journal.read(new SittingFiles(room).journal("C01", "T1-2026"), "journal").torn()).isEmpty();
        }
        System.out.printf("KillDuringWriteTest: %d of 6 kills tore the last line%n", torn);
    }
}
