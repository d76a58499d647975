package org.examengine.source;

import java.util.Locale;

/** How bad a finding is: errors make {@code exam validate} fail, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word shown in {@code path:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
