package org.examengine.review;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link ReviewKillTest}: opens the review of the given folder and decides answers as fast as it
 * can through the walk, as an examiner pressing keys would, printing {@code confirmed <n>} once each decision is
 * saved (as the screen would say "Saved"). Decision n gives answer n the mark n % 4 and the comment
 * "decision n". It never stops on its own; the test kills it.
 */
public final class ReviewDecidingChild {

    private ReviewDecidingChild() {
    }

    static String comment(int n) {
        return "decision " + n + " é∑".repeat(n % 50);
    }

    public static void main(String[] args) {
        PrintStream confirmations = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        ReviewSession session = ReviewSession.open(Path.of(args[0]), Path::toString, "child", Clock.systemUTC());
        ReviewWalk walk = session.begin(ReviewInputs.none());
        for (int n = 1; ; n++) {
            if (walk.atEnd()) {
                walk.go(1);
            }
            ReviewWalk.Reply r = walk.enter(Integer.toString(n % 4), comment(n));
            if (!r.ok()) {
                throw new IllegalStateException(r.message());
            }
            confirmations.println("confirmed " + n);
        }
    }
}
