package org.examengine.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final FileChannel channel;
    private final FileLock lock;
    private final Contents contents;
    private long lastSeq;

    private DecisionJournal(FileChannel channel, FileLock lock, Contents contents) {
        this.channel = channel;
        this.lock = lock;
        this.contents = contents;
        this.lastSeq = contents.lastSeq();
    }

    /** Opens (or creates) the journal to go on writing; {@code shown} names it in messages. */
    public static DecisionJournal open(Path file, String shown) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = lock(ch, shown);
            ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(ch.size()));
            while (all.hasRemaining() && ch.read(all, all.position()) >= 0) {
                // read to the end
            }
            Contents contents = parse(all.array(), shown);
            if (ch.size() > contents.goodBytes()) {
                byte[] tail = java.util.Arrays.copyOfRange(all.array(), (int) contents.goodBytes(), all.array().length);
                Files.write(file.resolveSibling(file.getFileName() + ".torn-" + (contents.lastSeq() + 1)), tail);
                ch.truncate(contents.goodBytes());
                ch.force(true);
            }
            ch.position(contents.goodBytes());
            DecisionJournal journal = new DecisionJournal(ch, lock, contents);
            if (contents.endsWithoutNewline()) {
                journal.write("\n");
            }
            return journal;
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
            return parse(Files.exists(file) ? Files.readAllBytes(file) : new byte[0], shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Contents parse(byte[] bytes, String shown) {
        EntryFormat format = new EntryFormat();
        List<ReviewEntry> entries = new ArrayList<>();
        long seq = 0;
        int start = 0;
        int lineNo = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            boolean last = end >= bytes.length - 1;
            Optional<EntryFormat.Numbered> n = format.decode(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (n.isEmpty() || n.get().seq() != seq + 1) {
                if (last) {
                    return new Contents(entries, seq, start, false, Optional.of(shown + ":" + lineNo + ": the last line is "
                            + "torn or damaged (" + (bytes.length - start) + " bytes, likely a crash while writing); skipped"));
                }
                String why = n.isEmpty() ? "is damaged (its checksum does not match, or it is not a review entry)"
                        : "has sequence number " + n.get().seq() + " where " + (seq + 1) + " was due";
                throw new ExamException(new SourceLocation(shown, lineNo, 1), "decision entry " + why + "; the journal "
                        + "cannot be trusted past this line, so the review was not opened");
            }
            entries.add(n.get().entry());
            seq = n.get().seq();
            start = end + 1;
        }
        boolean noNewline = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        return new Contents(entries, seq, bytes.length, noNewline, Optional.empty());
    }

    public Contents contents() {
        return contents;
    }

    /** Appends the entry and forces it to disk; returns its sequence number. */
    public synchronized long append(ReviewEntry entry) {
        long seq = lastSeq + 1;
        write(format.encode(seq, entry) + "\n");
        lastSeq = seq;
        return seq;
    }

    private void write(String text) {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
