package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.review.ReviewFixtures.CLOCK;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain mode through a JLine dumb terminal over piped streams: lines in, lines out, never an escape sequence. */
class PlainReviewTest {

    /** An answer that tries to clear the screen, colour it, set the window title, ring the bell and reorder text. */
    static final String HOSTILE = "Call them back\u001b[2J\u001b[31m at once\u001b[0m\u001b]0;owned\u0007 \u009b2J"
            + " \u202eesrever\nsecond line\tafter a tab";

    @TempDir
    Path dir;

    private static ReviewItem item(int i, String answer) {
        ReviewItem base = ReviewFixtures.item(i);
        return new ReviewItem(base.line(), base.key(), base.number(), base.mark(), base.max(), base.reasons(),
                "fits question Q2 better (2 of 2 there)", answer, base.points(), null, "", base.fingerprint());
    }

    private String run(List<ReviewItem> items, ReviewFixtures.Recorder sink, String typed, ReviewOutcome expected)
            throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.close();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ReviewWalk walk = new ReviewWalk(items, Map.of(), sink, "A. Marker", CLOCK);
        ResultsEvidence none = ResultsEvidence.read(dir.resolve("results.jsonl"), "results.jsonl", Set.of());
        try (Terminal terminal = new DumbTerminal("review-test", Terminal.TYPE_DUMB, in, screen, StandardCharsets.UTF_8)) {
            ReviewOutcome outcome = new PlainReview(terminal, walk, new ReviewPage(Map.of(), Map.of("Q1", "Say how.\u001b[5m"),
                    none, "marking-grids")).run();
            assertThat(outcome).isEqualTo(expected);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerFullOfEscapeSequencesIsShownVisiblyAndNoEscapeReachesTheTerminal() throws Exception {
        ReviewFixtures.Recorder sink = new ReviewFixtures.Recorder();
        String out = run(List.of(item(0, HOSTILE), item(1, "fine")), sink, "\n2 \u001b[1mbold comment\nq\n",
                ReviewOutcome.QUIT);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u0007").doesNotContain("\u202e");
        assertThat(out).contains("  Call them back^[[2J^[[31m at once^[[0m^[]0;owned^G <U+009B>2J <U+202E>esrever\n"
                + "  second line    after a tab\n");
        assertThat(out).contains("Question 1 (Q1), 3 marks\n  Say how.^[[5m\n");
        assertThat(out).contains("== Answer 1 of 2 · 0 decided, 2 to go ==");
        assertThat(out).contains("- it looks like a misreading of the question: fits question Q2 better (2 of 2 there) "
                + "(misread)");
        assertThat(out).contains("- a phrase almost matched (all its words but one) and its point was not given (near_miss)");
        assertThat(out).contains("Mark 0-3 (Enter accepts 0): Saved 0 of 3 for C001, question 1 (the marker's mark).");
        assertThat(out).contains("== Answer 2 of 2 · 1 decided, 1 to go ==");
        assertThat(sink.saved).hasSize(2);
        assertThat(((Decision) sink.saved.get(1)).comment()).isEqualTo("\u001b[1mbold comment");
        assertThat(out).contains("Saved 2 of 3 for C002, question 1 (the marker gave 1), with a comment.");
    }

    @Test
    void aRefusedMarkIsSaidAndTheEndOfInputLeavesWithEverythingSaved() throws Exception {
        ReviewFixtures.Recorder sink = new ReviewFixtures.Recorder();
        String out = run(List.of(item(0, "a")), sink, "7\nc kind words\n1\nf\n", ReviewOutcome.FINISH);
        assertThat(out).contains("7 is more than the 3 mark(s) of question 1: type a whole number from 0 to 3, or Enter "
                + "alone to accept 0");
        assertThat(out).contains("Comment noted");
        assertThat(out).contains("== End of the list (1 answers) · 1 decided, 0 to go ==");
        assertThat(sink.saved).containsExactly(new Decision(ReviewFixtures.item(0).key(), 1, "kind words", 0, "A. Marker",
                CLOCK.instant()));

        ReviewFixtures.Recorder none = new ReviewFixtures.Recorder();
        String left = run(List.of(item(0, "a"), item(1, "b")), none, "n\np\nf\nno\n", ReviewOutcome.QUIT);
        assertThat(left).contains("2 answer(s) are undecided and keep the marker's mark. Finish now? (y/n) Not finished.");
        assertThat(none.saved).isEmpty();
    }

    @Test
    void aCandidateIdOrQuestionNumberWithEscapesIsShownSafelyInRepliesToo() throws Exception {
        ReviewItem base = ReviewFixtures.item(0);
        ReviewItem hostile = new ReviewItem(2, new AnswerKey("C\u001b[2J01", "Q1"), "1\u001b[5m", 0, 3, List.of("odd\u001b"),
                "", "text", List.of(), null, "", "");
        String out = run(List.of(hostile, base), new ReviewFixtures.Recorder(), "5\n1\nq\n", ReviewOutcome.QUIT);
        assertThat(out).doesNotContain("\u001b").contains("Saved 1 of 3 for C^[[2J01, question 1^[[5m")
                .contains("5 is more than the 3 mark(s) of question 1^[[5m").contains("- odd^[");
    }
}
