package org.examengine.sitting;

import java.util.Objects;

/** An access arrangement for extra time: the percentage, why it was granted and who approved it. */
public record Arrangement(int percent, String reason, String approvedBy) {

    public static final int MAX_PERCENT = 300;

    public Arrangement {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedBy, "approvedBy");
        if (percent < 0 || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("extra time must be 0 to " + MAX_PERCENT + " percent, not " + percent);
        }
    }
}
