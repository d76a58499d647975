package org.examengine.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.examengine.sitting.LineJournal;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The review decisions journal, {@code review-decisions.jsonl} beside {@code review.csv}: entries appended one
 * line each and forced to disk (fsync) before {@link #append} returns, so every decision the screen has
 * confirmed survives a crash. Opening it takes the operating system's lock on it (one review of a folder at a
 * time), reads it back, and cuts off a torn last line (copied aside first to {@code <journal>.torn-<seq>}), which
 * is reported, never fatal; damage anywhere else is refused with its line.
 */
public final class DecisionJournal implements AutoCloseable {

    /** What the journal held when it was opened, and the torn tail that was skipped, if any. */
    public record Contents(List<ReviewEntry> entries, long lastSeq, long goodBytes, boolean endsWithoutNewline,
                           Optional<String> torn) {
        public Contents {
            entries = List.copyOf(entries);
        }
    }

    private final EntryFormat format = new EntryFormat();
    private final LineJournal lines;
    private final FileLock lock;
    private final Contents contents;

    private DecisionJournal(LineJournal lines, FileLock lock, Contents contents) {
        this.lines = lines;
        this.lock = lock;
        this.contents = contents;
    }

    /** Opens (or creates) the journal to go on writing; {@code shown} names it in messages. */
    public static DecisionJournal open(Path file, String shown) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = lock(ch, shown);
            LineJournal.Contents<ReviewEntry> read = parse(LineJournal.readAll(ch), shown);
            LineJournal.cutTornTail(ch, file, read);
            Contents contents = new Contents(read.entries(), read.lastSeq(), read.goodBytes(), read.endsWithoutNewline(),
                    read.torn());
            return new DecisionJournal(new LineJournal(ch, read), lock, contents);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new ExamException(SourceLocation.startOf(shown), "cannot open the decisions journal: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static FileLock lock(FileChannel ch, String shown) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new ExamException(SourceLocation.startOf(shown), "another exam review is open on this folder; "
                    + "finish it first (one review of a folder at a time)");
        }
        return lock;
    }

    /** Reads a journal without opening it for writing (a torn tail is reported, not cut off). */
    public static Contents read(Path file, String shown) {
        try {
            LineJournal.Contents<ReviewEntry> c = parse(Files.exists(file) ? Files.readAllBytes(file) : new byte[0], shown);
            return new Contents(c.entries(), c.lastSeq(), c.goodBytes(), c.endsWithoutNewline(), c.torn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LineJournal.Contents<ReviewEntry> parse(byte[] bytes, String shown) {
        EntryFormat format = new EntryFormat();
        return LineJournal.parse(bytes, shown, "decision entry", "the review was not opened",
                line -> format.decode(line).map(n -> new LineJournal.Numbered<>(n.seq(), n.entry())).orElse(null));
    }

    public Contents contents() {
        return contents;
    }

    /** Appends the entry and forces it to disk; returns its sequence number. */
    public long append(ReviewEntry entry) {
        return lines.append(seq -> format.encode(seq, entry));
    }

    @Override
    public void close() {
        if (lock.isValid()) {
            try {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.close();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the open failed already; that is what is reported
            }
        }
    }
}
