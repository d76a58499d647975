package org.examengine.sitting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The invigilator's side of the room folder: commands appended (under a lock, so two invigilator windows
 * never number two commands alike) and forced to disk; sittings read the commands after the last they applied.
 * A torn last line is ignored until it is whole; it cannot be, so the next append starts a line of its own.
 */
public final class ControlJournal {

    private final Path file;
    private final EntryCodec codec = new EntryCodec();

    public ControlJournal(Path file) {
        this.file = file;
    }

    /** Appends a command (its sequence number and time filled in) and returns it as written. */
    public ControlCommand append(ControlCommand draft, Instant now) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                List<ControlCommand> all = parse(readAll(ch));
                long seq = all.isEmpty() ? 1 : all.get(all.size() - 1).seq() + 1;
                ControlCommand c = new ControlCommand(seq, now, draft.action(), draft.target(), draft.minutes(),
                        draft.percent(), draft.reason(), draft.by(), draft.approvedBy());
                long size = ch.size();
                String prefix = size > 0 && lastByte(ch, size) != '\n' ? "\n" : "";
                ByteBuffer b = ByteBuffer.wrap((prefix + codec.encode(c) + "\n").getBytes(StandardCharsets.UTF_8));
                long pos = size;
                while (b.hasRemaining()) {
                    pos += ch.write(b, pos);
                }
                ch.force(true);
                return c;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every whole command, in order. */
    public List<ControlCommand> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of the last command so far (0 for none): a new sitting starts after it. */
    public long lastSeq() {
        List<ControlCommand> all = read();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    public List<ControlCommand> after(long seq) {
        return read().stream().filter(c -> c.seq() > seq).toList();
    }

    private List<ControlCommand> parse(String text) {
        List<ControlCommand> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            ControlCommand c;
            try {
                c = line.isBlank() ? null : codec.decodeCommand(line);
            } catch (IllegalArgumentException e) {
                c = null;
            }
            if (c != null && (out.isEmpty() || c.seq() > out.get(out.size() - 1).seq())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String readAll(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) ch.size());
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
            // reads until full
        }
        return new String(b.array(), StandardCharsets.UTF_8);
    }

    private static byte lastByte(FileChannel ch, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, size - 1);
        return one.get(0);
    }
}
