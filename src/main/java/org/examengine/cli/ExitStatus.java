package org.examengine.cli;

/** What the exit code of an {@code exam} command means. Listed in the root command's help. */
public enum ExitStatus {
    /** The command did its job and found nothing wrong. */
    OK(0),
    /** The command ran, and found errors in its input (or the input could not be used). */
    FINDINGS(1),
    /** The command line itself was wrong: unknown option, missing value, path that does not exist. */
    USAGE(2);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitStatus fromCode(int code) {
        for (ExitStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no exit status " + code);
    }
}
