package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.review.ReviewFixtures.CLOCK;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk through the queue without a terminal: what each action decides, saves, refuses and where it goes. */
class ReviewWalkTest {

    private final ReviewFixtures.Recorder sink = new ReviewFixtures.Recorder();

    private ReviewWalk walk(int n, Map<AnswerKey, Decision> decided) {
        return new ReviewWalk(ReviewFixtures.items(n), decided, sink, "A. Marker", CLOCK);
    }

    private static Decision decided(int i, int mark) {
        ReviewItem item = ReviewFixtures.item(i);
        return new Decision(item.key(), mark, "", item.mark(), "", null);
    }

    @Test
    void enterAloneAcceptsTheMarkersMarkSavesItAndGoesOn() {
        ReviewWalk w = walk(3, Map.of());
        assertThat(w.position()).isZero();
        ReviewWalk.Reply r = w.enter("");
        assertThat(r.ok()).isTrue();
        assertThat(r.message()).isEqualTo("Saved 0 of 3 for C001, question 1 (the marker's mark).");
        assertThat(sink.saved).containsExactly(new Decision(ReviewFixtures.item(0).key(), 0, "", 0, "A. Marker",
                CLOCK.instant()));
        assertThat(w.position()).isEqualTo(1);
        assertThat(w.decided()).isEqualTo(1);
        assertThat(w.changed()).isZero();
    }

    @Test
    void aTypedMarkReplacesTheMarkersMark() {
        ReviewWalk w = walk(3, Map.of());
        w.next();
        assertThat(w.enter(" 3 ").message()).isEqualTo("Saved 3 of 3 for C002, question 1 (the marker gave 1).");
        Decision d = w.decision(ReviewFixtures.item(1)).orElseThrow();
        assertThat(d.mark()).isEqualTo(3);
        assertThat(d.markerMark()).isEqualTo(1);
        assertThat(d.accepted()).isFalse();
        assertThat(w.changed()).isEqualTo(1);
        assertThat(w.position()).as("on to the next undecided").isEqualTo(2);
    }

    @Test
    void aMarkOutsideTheQuestionsMarksOrNotAWholeNumberIsRefusedAndNothingIsSaved() {
        ReviewWalk w = walk(2, Map.of());
        for (String typed : List.of("4", "10", "-1", "x", "1.5", "2 marks", "+2", "\u001b[2J")) {
            ReviewWalk.Reply r = w.enter(typed);
            assertThat(r.ok()).as(typed).isFalse();
            assertThat(r.message()).as(typed).endsWith("type a whole number from 0 to 3, or Enter alone to accept 0")
                    .doesNotContain("\u001b");
        }
        assertThat(w.enter("4").message()).startsWith("4 is more than the 3 mark(s) of question 1");
        assertThat(w.enter("x").message()).startsWith("'x' is not a mark");
        assertThat(sink.saved).isEmpty();
        assertThat(w.position()).isZero();
        assertThat(w.decided()).isZero();
    }

    @Test
    void aCommentIsSavedWithTheMarkOrAtOnceOnADecidedAnswer() {
        ReviewWalk w = walk(3, Map.of());
        assertThat(w.comment("  names the law only ").message()).startsWith("Comment noted");
        assertThat(sink.saved).as("no mark yet, so nothing saved").isEmpty();
        assertThat(w.pendingComment()).isEqualTo("names the law only");
        w.enter("1");
        assertThat(w.decision(ReviewFixtures.item(0)).orElseThrow().comment()).isEqualTo("names the law only");
        assertThat(sink.saved).hasSize(1);

        w.back();
        assertThat(w.comment("second look: fair").message()).isEqualTo("Comment saved with the mark 1.");
        assertThat(sink.saved).hasSize(2).last().isEqualTo(new Decision(ReviewFixtures.item(0).key(), 1,
                "second look: fair", 0, "A. Marker", CLOCK.instant()));
        assertThat(w.position()).as("a comment does not move on").isZero();

        w.next();
        assertThat(w.enter("2", "words after the mark").ok()).isTrue();
        assertThat(w.decision(ReviewFixtures.item(1)).orElseThrow().comment()).isEqualTo("words after the mark");
    }

    @Test
    void backAndForwardMoveWithoutDecidingAndEnterKeepsAnEarlierDecision() {
        ReviewWalk w = walk(3, Map.of());
        w.enter("2");
        w.back();
        assertThat(w.position()).isZero();
        w.back();
        assertThat(w.position()).isZero();
        assertThat(w.enter("").message()).isEqualTo("Kept 2 of 3 for C001, question 1 (the marker gave 0).");
        assertThat(sink.saved).as("keeping saves nothing new").hasSize(1);
        assertThat(w.position()).isEqualTo(1);
        w.next();
        w.next();
        assertThat(w.atEnd()).isTrue();
        assertThat(w.current()).isNull();
        w.next();
        assertThat(w.position()).isEqualTo(3);
        assertThat(w.enter("1").ok()).isFalse();
        assertThat(w.go(2).ok()).isTrue();
        assertThat(w.position()).isEqualTo(1);
        assertThat(w.go(4).ok()).isFalse();
        w.firstUndecided();
        assertThat(w.position()).isEqualTo(1);
    }

    @Test
    void afterTheLastUndecidedItGoesBackToAnEarlierOneThenToTheEnd() {
        ReviewWalk w = walk(3, Map.of());
        w.go(3);
        w.enter("");
        assertThat(w.position()).isZero();
        w.enter("");
        w.enter("");
        assertThat(w.atEnd()).isTrue();
        assertThat(w.decided()).isEqualTo(3);
    }

    @Test
    void takingADecisionBackLeavesTheAnswerUndecided() {
        ReviewWalk w = walk(2, Map.of());
        assertThat(w.clear().ok()).isFalse();
        w.enter("3");
        w.back();
        assertThat(w.clear().ok()).isTrue();
        assertThat(sink.saved).last().isEqualTo("cleared C001 Q1");
        assertThat(w.decided()).isZero();
    }

    @Test
    void itStartsAtTheFirstUndecidedAnswerAndCountsEarlierDecisions() {
        ReviewWalk w = walk(4, Map.of(ReviewFixtures.item(0).key(), decided(0, 2), ReviewFixtures.item(2).key(),
                decided(2, 0)));
        assertThat(w.position()).isEqualTo(1);
        assertThat(w.decided()).isEqualTo(2);
        w.enter("");
        assertThat(w.position()).as("item 2 is decided: on to 3").isEqualTo(3);
        ReviewWalk all = walk(2, Map.of(ReviewFixtures.item(0).key(), decided(0, 2), ReviewFixtures.item(1).key(),
                decided(1, 1)));
        assertThat(all.atEnd()).isTrue();
    }
}
