package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.review.ReviewFixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review of a folder over several runs: resume, the spreadsheet's marks, finishing. */
class ReviewSessionTest {

    @TempDir
    Path dir;

    private ReviewSession open() {
        return ReviewSession.open(dir, Path::toString, "A. Marker", CLOCK);
    }

    @Test
    void aSecondRunResumesAtTheFirstUndecidedAnswerWithTheEarlierDecisionsKept() {
        ReviewFixtures.reviewCsv(dir, 5, null);
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            w.enter("3");
            w.enter("");
        }
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            assertThat(w.position()).isEqualTo(2);
            assertThat(w.decided()).isEqualTo(2);
            assertThat(w.decision(ReviewFixtures.item(0)).orElseThrow().mark()).isEqualTo(3);
            assertThat(s.notes()).isEmpty();
        }
    }

    @Test
    void marksFilledInTheFileCountAsDecidedAndABadOneIsShownUndecidedWithANote() {
        ReviewFixtures.reviewCsv(dir, 4, null, "2", "", "9");
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            assertThat(w.decided()).isEqualTo(1);
            assertThat(w.position()).isEqualTo(1);
            assertThat(s.notes()).containsExactly(dir.resolve("review.csv") + ":4: examiner_mark '9' is not a whole number "
                    + "from 0 to 3; the answer is shown as undecided");
        }
    }

    @Test
    void finishingFillsInReviewCsvKeepsTheOriginalAndALaterSpreadsheetEditStands() throws Exception {
        Path csv = ReviewFixtures.reviewCsv(dir, 3, "=cmd|' /C calc'!A0");
        String original = Files.readString(csv);
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            w.enter("1", "-fine");
            w.enter("");
            ReviewSession.Finished f = s.finish();
            assertThat(f.filled()).isEqualTo(2);
            assertThat(f.undecided()).isEqualTo(1);
        }
        assertThat(dir.resolve("review.csv.orig")).hasContent(original);
        ReviewFile filled = ReviewFile.read(csv, "review.csv");
        assertThat(filled.items()).extracting(ReviewItem::examinerMark).containsExactly(1, 1, null);
        assertThat(filled.items().get(0).examinerComment()).isEqualTo("-fine");
        assertThat(Files.readString(csv)).contains(",'-fine,").contains("'=cmd|");

        // a marker changes row 1 in a spreadsheet after the review wrote the file: the file's mark stands
        Files.writeString(csv, Files.readString(csv).replaceFirst(",1,'-fine,", ",3,'-fine,"));
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            assertThat(w.decision(ReviewFixtures.item(0)).orElseThrow().mark()).isEqualTo(3);
            assertThat(w.position()).isEqualTo(2);
            w.go(2);
            w.enter("0");
            s.finish();
        }
        assertThat(dir.resolve("review.csv.orig")).as("kept from the first time").hasContent(original);
        assertThat(ReviewFile.read(csv, "review.csv").items()).extracting(ReviewItem::examinerMark)
                .containsExactly(3, 0, null);
    }

    @Test
    void aJournalDecisionNotYetWrittenWinsOverTheFileAndTheConflictIsNamed() throws Exception {
        ReviewFixtures.reviewCsv(dir, 2, null);
        try (ReviewSession s = open()) {
            s.begin(ReviewInputs.none()).enter("2");
        }
        ReviewFixtures.reviewCsv(dir, 2, null, "1");
        try (ReviewSession s = open()) {
            ReviewWalk w = s.begin(ReviewInputs.none());
            assertThat(w.decisions()).containsOnlyKeys(ReviewFixtures.item(0).key());
            assertThat(w.decision(ReviewFixtures.item(0)).orElseThrow().mark()).isEqualTo(2);
            assertThat(s.notes()).containsExactly(dir.resolve("review.csv") + ":2: gives 1 for C001 Q1; the later decision "
                    + "in the journal, 2, is kept");
        }
    }

    @Test
    void theInputsGivenOnceAreRecordedForTheNextRun() {
        ReviewFixtures.reviewCsv(dir, 1, null);
        ReviewInputs given = new ReviewInputs(dir.resolve("paper.json"), List.of(dir.resolve("a.csv")), dir, null);
        try (ReviewSession s = open()) {
            assertThat(s.recorded()).isEqualTo(ReviewInputs.none());
            s.begin(given);
        }
        try (ReviewSession s = open()) {
            assertThat(s.recorded()).isEqualTo(new ReviewInputs(dir.resolve("paper.json").toAbsolutePath(),
                    List.of(dir.resolve("a.csv").toAbsolutePath()), dir.toAbsolutePath(), null));
            assertThat(ReviewInputs.none().over(s.recorded())).isEqualTo(s.recorded());
            assertThat(new ReviewInputs(Path.of("/p.json"), List.of(), null, null).over(s.recorded()).paper())
                    .isEqualTo(Path.of("/p.json"));
        }
        assertThat(Map.of()).isEmpty();
    }
}
