package org.examengine.report;

import java.io.Writer;
import java.nio.file.Path;

/**
 * One output file for a writer outside this package (a command streaming a format of its own), with the
 * guarantee of {@link OutputFiles}: written under a temporary name in the target's folder, renamed into
 * place by {@link #commit()}, removed by {@link #close()} if never committed.
 */
public final class OutputFile implements AutoCloseable {

    private final OutputFiles files = new OutputFiles();
    private final Writer writer;

    public OutputFile(Path target) {
        this.writer = files.open(target);
    }

    /** UTF-8, buffered; {@link #commit()} flushes and closes it. */
    public Writer writer() {
        return writer;
    }

    public void commit() {
        files.commit();
    }

    @Override
    public void close() {
        files.close();
    }
}
