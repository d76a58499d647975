package org.examengine.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written under temporary names in their folder and renamed into place only by
 * {@link #commit()}, so a failed run never leaves a half-written file; {@link #close()} removes what was
 * not committed.
 */
final class OutputFiles implements AutoCloseable {

    private final Map<Path, Path> temporaryToFinal = new LinkedHashMap<>();
    private final List<BufferedWriter> writers = new ArrayList<>();
    private boolean committed;

    BufferedWriter open(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
            temporaryToFinal.put(temporary, target);
            BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            writers.add(writer);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            for (BufferedWriter w : writers) {
                w.close();
            }
            for (Map.Entry<Path, Path> e : temporaryToFinal.entrySet()) {
                readableByAll(e.getKey());
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Temporary files are created private; results are ordinary files others at the centre may read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (BufferedWriter w : writers) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the file is deleted next; nothing of it is kept
            }
        }
        for (Path temporary : temporaryToFinal.keySet()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a stray .part file is harmless and says what it is
            }
        }
    }
}
