package org.examengine.sitting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * A candidate's journal: entries appended one line each and forced to disk before {@link #append} returns, so
 * whatever the screen confirms after it survives a crash. Reading it back skips a torn last line (a crash
 * mid-write) and says so; damage anywhere else is refused (see {@link LineJournal}).
 */
public final class Journal implements AutoCloseable {

    private final EntryCodec codec = new EntryCodec();
    private final LineJournal lines;

    private Journal(LineJournal lines) {
        this.lines = lines;
    }

    /** What a journal file holds: its entries in order, and the torn tail that was skipped, if any. */
    public record Contents(List<Entry> entries, long lastSeq, long goodBytes, boolean endsWithoutNewline,
                           Optional<String> torn) {
        public Contents {
            entries = List.copyOf(entries);
        }

        LineJournal.Contents<Entry> lines() {
            return new LineJournal.Contents<>(entries, lastSeq, goodBytes, endsWithoutNewline, torn);
        }
    }

    /** A new journal; refuses a file that is already there. */
    public static Journal create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Journal(new LineJournal(ch, new Contents(List.of(), 0, 0, false, Optional.empty()).lines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a journal read as {@code contents} to go on writing: a torn tail is copied beside it and cut off, so the
     * next entry starts on a line of its own.
     */
    public static Journal reopen(Path file, Contents contents) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
            LineJournal.cutTornTail(ch, file, contents.lines());
            return new Journal(new LineJournal(ch, contents.lines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a journal; {@code shown} names it in messages. */
    public static Contents read(Path file, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EntryCodec codec = new EntryCodec();
        LineJournal.Contents<Entry> c = LineJournal.parse(bytes, shown, "journal entry", "the sitting was not opened",
                line -> decode(codec, line));
        if (!c.entries().isEmpty() && !(c.entries().get(0) instanceof Entry.Opened)) {
            throw new ExamException(new SourceLocation(shown, 1, 1), "a journal must begin with the sitting's 'open' entry");
        }
        return new Contents(c.entries(), c.lastSeq(), c.goodBytes(), c.endsWithoutNewline(), c.torn());
    }

    private static LineJournal.Numbered<Entry> decode(EntryCodec codec, String line) {
        try {
            return codec.decodeEntry(line);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Appends the entry and forces it to disk; returns its sequence number. */
    public long append(Entry entry) {
        return lines.append(seq -> codec.encode(seq, entry));
    }

    @Override
    public void close() {
        lines.close();
    }
}
