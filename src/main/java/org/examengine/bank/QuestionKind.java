package org.examengine.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a question stands alone or is a part of a scenario task. */
public enum QuestionKind {
    SHORT,
    SCENARIO;

    /** The word used in bank files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
    }
}
