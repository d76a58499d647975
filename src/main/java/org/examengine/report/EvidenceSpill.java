package org.examengine.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A scratch file for the JSON of every marked answer, written as the answers come and read back by place
 * when each candidate's results line is written: answers arrive in file order, results go out per
 * candidate, and holding every answer's evidence in memory would grow with the input. Deleted on close.
 */
final class EvidenceSpill implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private long written;
    private FileChannel reading;

    EvidenceSpill(Path dir) {
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, ".evidence", ".part");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one record; returns its place. */
    long add(byte[] record) {
        try {
            out.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long at = written;
        written += record.length;
        return at;
    }

    byte[] get(long at, int length) {
        try {
            if (reading == null) {
                out.flush();
                reading = FileChannel.open(file, StandardOpenOption.READ);
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (reading.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the evidence scratch file " + file + " ends early");
                }
            }
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            if (reading != null) {
                reading.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a scratch file left behind is named .evidence*.part and is harmless
        }
    }
}
