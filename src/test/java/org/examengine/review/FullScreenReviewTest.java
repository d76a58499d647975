package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.review.ReviewFixtures.CLOCK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen: frames that fit any size from 80x24 down, and keys through a terminal with no person at it. */
class FullScreenReviewTest {

    @TempDir
    Path dir;

    private ReviewPage pages() {
        return new ReviewPage(Map.of(), Map.of("Q1", "State three ways to keep customer records confidential. ".repeat(4)),
                ResultsEvidence.read(dir.resolve("none"), "none", Set.of()), "marking-grids");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
            Thread.sleep(10);
        }
    }

    @Test
    void everyFrameFillsTheScreenExactlyWithTheProgressOnTopAtAnySize() {
        ReviewWalk walk = new ReviewWalk(ReviewFixtures.items(3), Map.of(), new ReviewFixtures.Recorder(), "A", CLOCK);
        List<TextLine> page = pages().lines(walk.current(), walk.decision(walk.current()), "");
        for (int[] size : new int[][] {{80, 24}, {132, 50}, {40, 12}, {20, 6}, {12, 3}, {5, 1}}) {
            for (boolean colour : new boolean[] {true, false}) {
                ReviewScreen.State state = new ReviewScreen.State(ReviewText.progress(walk) + " · exam review x", page,
                        "'x' is not a mark", true, ReviewText.markPrompt(walk), "12", 0, "Enter=accept");
                ReviewScreen.Frame f = new ReviewScreen(colour).render(state, size[1], size[0]);
                int cols = Math.max(10, size[0]);
                assertThat(f.lines()).as("%dx%d", size[0], size[1]).hasSize(size[1]);
                assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(cols));
                assertThat(f.lines().get(0).toString()).startsWith("Answer 1 of 3".substring(0, Math.min(13, cols)));
                assertThat(f.cursorRow()).isBetween(0, size[1] - 1);
            }
        }
        ReviewScreen.Frame f = new ReviewScreen(false).render(new ReviewScreen.State("Answer 1 of 3", page, "", false,
                "Mark: ", "", 0, "keys"), 24, 80);
        List<String> rows = f.lines().stream().map(AttributedString::toString).toList();
        assertThat(rows.get(22)).isEqualTo("Mark: ");
        assertThat(rows.get(23)).isEqualTo("keys");
        assertThat(rows.get(2)).startsWith("  State three ways").hasSizeLessThanOrEqualTo(80);
        assertThat(rows.get(3)).as("wrapped at a word, at the line's indent").startsWith("  ");
    }

    @Test
    void keysDecideMoveAndQuitAndTheTerminalIsRestored() throws Exception {
        ScreenOutput screen = new ScreenOutput(80, 24);
        LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        Attributes before = new Attributes(terminal.getAttributes());
        ReviewFixtures.Recorder sink = new ReviewFixtures.Recorder();
        ReviewWalk walk = new ReviewWalk(ReviewFixtures.items(3), Map.of(), sink, "A. Marker", CLOCK);
        CompletableFuture<ReviewOutcome> run = CompletableFuture.supplyAsync(
                () -> new FullScreenReview(terminal, walk, pages(), "exam review out", false).run());
        await("the first answer", () -> screen.text().contains("Answer from candidate C001"));
        assertThat(screen.rows()[0]).startsWith("Answer 1 of 3 · 0 decided, 3 to go · exam review out");
        terminal.processInputBytes("5\r".getBytes(StandardCharsets.UTF_8));
        await("the refusal", () -> screen.text().contains("5 is more than the 3 mark(s)"));
        assertThat(sink.saved).isEmpty();
        terminal.processInputBytes("\u00152\r".getBytes(StandardCharsets.UTF_8));
        await("the second answer", () -> screen.rows()[0].startsWith("Answer 2 of 3 · 1 decided"));
        assertThat(sink.saved).containsExactly(new Decision(ReviewFixtures.item(0).key(), 2, "", 0, "A. Marker",
                CLOCK.instant()));
        terminal.processInputBytes("cgood\r\r".getBytes(StandardCharsets.UTF_8));
        await("the third answer", () -> screen.rows()[0].startsWith("Answer 3 of 3 · 2 decided"));
        assertThat(((Decision) sink.saved.get(1)).comment()).isEqualTo("good");
        terminal.processInputBytes("\033[D".getBytes(StandardCharsets.UTF_8));
        await("back", () -> screen.rows()[0].startsWith("Answer 2 of 3"));
        terminal.processInputBytes("q".getBytes(StandardCharsets.UTF_8));
        assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(ReviewOutcome.QUIT);
        assertThat(terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        assertThat(terminal.getAttributes().getInputFlags()).isEqualTo(before.getInputFlags());
    }
}
