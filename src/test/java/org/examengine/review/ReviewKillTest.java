package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.examengine.sitting.KilledChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No confirmed review decision is lost when the machine dies: a child JVM decides answers as fast as it can and is
 * killed (SIGKILL, no shutdown hooks) after a random number of confirmations, often in the middle of a write;
 * every decision it confirmed is in the journal, and the next review resumes at the first undecided answer.
 */
class ReviewKillTest {

    private static final int ANSWERS = 2000;

    @Test
    void everyConfirmedDecisionSurvivesAKillAndTheReviewResumesAfterThem(@TempDir Path dir) throws Exception {
        Random random = new Random(20261123);
        int torn = 0;
        for (int run = 0; run < 4; run++) {
            Path folder = dir.resolve("run" + run);
            ReviewFixtures.reviewCsv(folder, ANSWERS, null);
            int killAfter = 20 + random.nextInt(300);
            int confirmed = KilledChild.runAndKill(ReviewDecidingChild.class, folder, killAfter);
            assertThat(confirmed).isGreaterThanOrEqualTo(killAfter);

            DecisionJournal.Contents contents = DecisionJournal.read(folder.resolve(ReviewSession.JOURNAL_FILE), "journal");
            torn += contents.torn().isPresent() ? 1 : 0;
            List<Decision> saved = contents.entries().stream().filter(e -> e instanceof ReviewEntry.Decided)
                    .map(e -> ((ReviewEntry.Decided) e).decision()).toList();
            assertThat(saved.size()).as("run %d: saved decisions", run).isBetween(confirmed, confirmed + 1);
            for (int n = 1; n <= confirmed; n++) {
                Decision d = saved.get(n - 1);
                assertThat(d.comment()).as("run %d: confirmed decision %d", run, n).isEqualTo(ReviewDecidingChild.comment(n));
                assertThat(d.mark()).isEqualTo(n % 4);
                assertThat(d.key()).isEqualTo(ReviewFixtures.item(n - 1).key());
            }
            try (ReviewSession s = ReviewSession.open(folder, Path::toString, "examiner", ReviewFixtures.CLOCK)) {
                ReviewWalk w = s.begin(ReviewInputs.none());
                assertThat(w.decided()).isEqualTo(saved.size());
                assertThat(w.position()).as("resumes at the first undecided answer").isEqualTo(saved.size());
                assertThat(w.enter("1").ok()).isTrue();
            }
            assertThat(DecisionJournal.read(folder.resolve(ReviewSession.JOURNAL_FILE), "journal").torn()).isEmpty();
        }
        System.out.printf("ReviewKillTest: %d of 4 kills tore the last line%n", torn);
    }
}
