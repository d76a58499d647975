package org.examengine.text;

import java.util.List;
import java.util.Objects;

/** A sentence, line or list item of an answer, with its analysed words (offsets into the whole answer). */
public record Segment(int start, int end, List<Word> words) {
    public Segment {
        Objects.requireNonNull(words, "words");
        words = List.copyOf(words);
    }
}
