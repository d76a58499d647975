package org.examengine.sitting;

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
import java.time.Instant;
import java.util.Optional;

/**
 * One writer per sitting: an operating-system lock on a file beside the journal, which the system drops when
 * the process dies, so a crash never leaves a sitting locked. The file says who holds it, for the message.
 */
public final class SittingLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SittingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty with who holds it when another program has it. */
    public static Result acquire(Path file, Instant now) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ByteBuffer holder = ByteBuffer.allocate((int) Math.min(ch.size(), 500));
                ch.read(holder, 0);
                ch.close();
                return new Result(Optional.empty(), new String(holder.array(), 0, holder.position(), StandardCharsets.UTF_8).strip());
            }
            String who = "process " + ProcessHandle.current().pid() + " on " + host() + " since " + now;
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new Result(Optional.of(new SittingLock(ch, lock)), who);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Result(Optional<SittingLock> lock, String holder) {
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this machine";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
