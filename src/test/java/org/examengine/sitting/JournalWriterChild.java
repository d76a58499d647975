package org.examengine.sitting;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The child JVM of {@link KillDuringWriteTest}: begins a sitting of {@link Papers#small()} in the given folder,
 * skips the reading time, and saves ever longer answers as fast as it can, printing {@code confirmed <n>} after
 * each save returns, as the screen would show "saved". It never stops on its own; the test kills it.
 */
public final class JournalWriterChild {

    private JournalWriterChild() {
    }

    public static void main(String[] args) {
        PrintStream confirmations = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        ShiftedClock clock = new ShiftedClock();
        Claim claim = Claim.of(new SittingFiles(Path.of(args[0])), Papers.small(), "C01", clock);
        SittingSession s = claim.begin("Centre 1", Optional.empty(), clock);
        clock.shift = Duration.ofMinutes(6);
        s.tick();
        List<String> questions = List.of("L1-201", "L1-202", "L1-301", "L1-302");
        for (int n = 1; ; n++) {
            if (!s.saveAnswer(questions.get(n % questions.size()), KillDuringWriteTest.answer(n))) {
                throw new IllegalStateException("answering is not open: " + s.state().phase());
            }
            confirmations.println("confirmed " + n);
        }
    }

    /** The system clock moved on by {@code shift}, so reading time can be skipped. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
