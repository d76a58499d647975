package org.examengine.source;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in a source file, at a place, with a message a course author can act on. */
public record Finding(SourceLocation location, Severity severity, String message) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(SourceLocation location, String message) {
        return new Finding(location, Severity.ERROR, message);
    }

    public static Finding warning(SourceLocation location, String message) {
        return new Finding(location, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error|warning: message}. */
    public String render() {
        return location.render() + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
