package org.examengine.text;

import java.util.Objects;

/**
 * One analysed word of a text: its stem, where it was written (character offsets, end exclusive),
 * whether it is a negation, and whether the thesaurus put it there in place of the words written.
 */
public record Word(String stem, int start, int end, boolean negation, boolean synonym) {
    public Word {
        Objects.requireNonNull(stem, "stem");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
