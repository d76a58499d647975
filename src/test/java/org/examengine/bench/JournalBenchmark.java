package org.examengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.examengine.sitting.Entry;
import org.examengine.sitting.Journal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one saved answer costs a sitting: an entry of the whole answer appended to the journal and forced to disk
 * (fsync) before the screen may say "saved". A sitting saves at most about once a second per candidate, so the
 * figure says how much headroom a slow disk or a shared drive leaves. Run by {@code scripts/bench Journal}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalBenchmark {

    /** Answer length in characters: a short answer and a long Level 3 one. */
    @Param({"200", "4000"})
    public int chars;

    private Path dir;
    private Journal journal;
    private String text;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("exam-journal-bench");
        journal = Journal.create(dir.resolve("C01.B-1.journal.jsonl"));
        journal.append(new Entry.Opened(Instant.now(), "C01", "Bench", "B-1", "sha256:bench", List.of(), 5, 60, 0));
        text = "Greet the customer, smile and listen; ".repeat(chars / 38 + 1).substring(0, chars);
    }

    @Benchmark
    public long saveAnswer() {
        return journal.append(new Entry.AnswerSaved(Instant.now(), "L1-201", text));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        journal.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
