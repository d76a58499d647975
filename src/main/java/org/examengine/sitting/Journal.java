package org.examengine.sitting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * A candidate's journal: entries appended one line each and forced to disk before {@link #append} returns, so
 * whatever the screen confirms after it survives a crash. Reading it back skips a torn last line (a crash
 * mid-write) and says so; damage anywhere else is refused, since what follows could not be trusted.
 */
public final class Journal implements AutoCloseable {

    private final EntryCodec codec = new EntryCodec();
    private final FileChannel channel;
    private long lastSeq;

    private Journal(FileChannel channel, long lastSeq) {
        this.channel = channel;
        this.lastSeq = lastSeq;
    }

    /** What a journal file holds: its entries in order, and the torn tail that was skipped, if any. */
    public record Contents(List<Entry> entries, long lastSeq, long goodBytes, boolean endsWithoutNewline,
                           Optional<String> torn) {
        public Contents {
            entries = List.copyOf(entries);
        }
    }

    /** A new journal; refuses a file that is already there. */
    public static Journal create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new Journal(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a journal read as {@code contents} to go on writing: a torn tail is copied beside it (so nothing
     * typed is thrown away unseen) and cut off, so the next entry starts on a line of its own.
     */
    public static Journal reopen(Path file, Contents contents) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
            if (ch.size() > contents.goodBytes()) {
                Path aside = file.resolveSibling(file.getFileName() + ".torn-" + (contents.lastSeq() + 1));
                ByteBuffer tail = ByteBuffer.allocate((int) (ch.size() - contents.goodBytes()));
                ch.read(tail, contents.goodBytes());
                Files.write(aside, tail.array());
                ch.truncate(contents.goodBytes());
            }
            ch.position(contents.goodBytes());
            Journal journal = new Journal(ch, contents.lastSeq());
            if (contents.endsWithoutNewline()) {
                journal.write("\n");
            }
            return journal;
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
        List<Entry> entries = new ArrayList<>();
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
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            EntryCodec.Numbered<Entry> n = decode(codec, line);
            if (n == null || n.seq() != seq + 1) {
                if (last) {
                    String why = n == null ? "torn or damaged" : "out of sequence";
                    return new Contents(entries, seq, start, false, Optional.of(shown + ":" + lineNo + ": the last line is "
                            + why + " (" + (bytes.length - start) + " bytes, likely a crash while writing); skipped"));
                }
                String why = n == null ? "is damaged (its checksum does not match)" : "has sequence number " + n.seq()
                        + " where " + (seq + 1) + " was due";
                throw new ExamException(new SourceLocation(shown, lineNo, 1), "journal entry " + why
                        + "; the journal cannot be trusted past this line, so the sitting was not opened");
            }
            if (seq == 0 && !(n.value() instanceof Entry.Opened)) {
                throw new ExamException(new SourceLocation(shown, lineNo, 1), "a journal must begin with the sitting's "
                        + "'open' entry");
            }
            entries.add(n.value());
            seq = n.seq();
            start = end + 1;
        }
        boolean noNewline = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        return new Contents(entries, seq, bytes.length, noNewline, Optional.empty());
    }

    private static EntryCodec.Numbered<Entry> decode(EntryCodec codec, String line) {
        try {
            return codec.decodeEntry(line);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Appends the entry and forces it to disk; returns its sequence number. */
    public synchronized long append(Entry entry) {
        long seq = lastSeq + 1;
        write(codec.encode(seq, entry) + "\n");
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
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
