package org.examengine.source;

import java.util.Objects;

/**
 * The one exception the domain throws for bad input: a user-facing message and, where the input came
 * from a file, the place in it. The command line prints {@link #render()} as a single line.
 */
public final class ExamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;

    public ExamException(SourceLocation location, String message) {
        this(location, message, null);
    }

    public ExamException(SourceLocation location, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.location = location;
    }

    /** For problems that belong to no file, such as a missing option value. */
    public ExamException(String message) {
        this(null, message, null);
    }

    public static ExamException of(Finding finding) {
        return new ExamException(finding.location(), finding.message());
    }

    /** Where the problem is, or {@code null} when it belongs to no file. */
    public SourceLocation location() {
        return location;
    }

    /** {@code file:line:col: message}, or the message alone. */
    public String render() {
        return location == null ? getMessage() : location.render() + ": " + getMessage();
    }
}
