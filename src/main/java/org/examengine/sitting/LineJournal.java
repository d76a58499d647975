package org.examengine.sitting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * An append-only file of numbered lines (framed by {@link JournalLines}) that must never lose a confirmed one:
 * the sittings' journals and the review decisions journal. Reading it skips a torn last line (a crash mid-write)
 * and says so; damage or a gap in the numbers anywhere else is refused with its line, since what follows could
 * not be trusted. Each append is forced to disk before it returns.
 */
public final class LineJournal implements AutoCloseable {

    /** A decoded line: its sequence number and what it holds. */
    public record Numbered<T>(long seq, T value) {
    }

    /** What a file holds: its entries in order, how many bytes of it are good, and the torn tail skipped, if any. */
    public record Contents<T>(List<T> entries, long lastSeq, long goodBytes, boolean endsWithoutNewline,
                              Optional<String> torn) {
        public Contents {
            entries = List.copyOf(entries);
        }
    }

    private final FileChannel channel;
    private long lastSeq;

    /**
     * Writes on {@code channel} (positioned at its end) after entry {@code lastSeq}. Its torn tail, if any, must
     * have been cut with {@link #cutTornTail}; a last line without its newline gets one first.
     */
    public LineJournal(FileChannel channel, Contents<?> contents) {
        this.channel = channel;
        this.lastSeq = contents.lastSeq();
        if (contents.endsWithoutNewline()) {
            write("\n");
        }
    }

    /**
     * Parses a journal's bytes. {@code decode} gives a line's entry, or null when the line is not a whole, good
     * one; {@code kind} names an entry in messages ("journal entry"), {@code refusal} says what was not done.
     */
    public static <T> Contents<T> parse(byte[] bytes, String shown, String kind, String refusal,
                                        Function<String, Numbered<T>> decode) {
        List<T> entries = new ArrayList<>();
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
            Numbered<T> n = decode.apply(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (n == null || n.seq() != seq + 1) {
                if (last) {
                    String why = n == null ? "torn or damaged" : "out of sequence";
                    return new Contents<>(entries, seq, start, false, Optional.of(shown + ":" + lineNo + ": the last line is "
                            + why + " (" + (bytes.length - start) + " bytes, likely a crash while writing); skipped"));
                }
                String why = n == null ? "is damaged (its checksum does not match)" : "has sequence number " + n.seq()
                        + " where " + (seq + 1) + " was due";
                throw new ExamException(new SourceLocation(shown, lineNo, 1), kind + " " + why
                        + "; the journal cannot be trusted past this line, so " + refusal);
            }
            entries.add(n.value());
            seq = n.seq();
            start = end + 1;
        }
        boolean noNewline = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        return new Contents<>(entries, seq, bytes.length, noNewline, Optional.empty());
    }

    /** The whole file behind {@code channel}. */
    public static byte[] readAll(FileChannel channel) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
            // read to the end
        }
        return all.array();
    }

    /**
     * Copies a torn tail beside the file ({@code <file>.torn-<seq>}, so nothing typed is thrown away unseen) and
     * cuts it off, leaving the channel at the end of the good lines.
     */
    public static void cutTornTail(FileChannel channel, Path file, Contents<?> contents) throws IOException {
        if (channel.size() > contents.goodBytes()) {
            ByteBuffer tail = ByteBuffer.allocate(Math.toIntExact(channel.size() - contents.goodBytes()));
            channel.read(tail, contents.goodBytes());
            Files.write(file.resolveSibling(file.getFileName() + ".torn-" + (contents.lastSeq() + 1)), tail.array());
            channel.truncate(contents.goodBytes());
            channel.force(true);
        }
        channel.position(contents.goodBytes());
    }

    /** Appends the line {@code encode} makes for the next sequence number, forced to disk; returns that number. */
    public synchronized long append(LongFunction<String> encode) {
        long seq = lastSeq + 1;
        write(encode.apply(seq) + "\n");
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
