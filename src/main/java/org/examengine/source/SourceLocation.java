package org.examengine.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file, 1-based, as users and editors count: {@code file:line:col}.
 *
 * @param file   the path as it should be shown to the user
 * @param line   line number, 1 or more
 * @param column column number, 1 or more
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be 1 or more, was " + column);
        }
    }

    /** The start of a file, for problems with the file as a whole. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    /** {@code file:line:col}, the form compilers use and editors jump to. */
    public String render() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }
}
