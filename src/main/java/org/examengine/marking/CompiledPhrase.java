package org.examengine.marking;

import java.util.List;
import java.util.Objects;

/**
 * A grid phrase analysed once: its distinct content stems, the words as the author wrote them (to tell an
 * exact match from a stemmed one), and whether the phrase is itself negated.
 */
public record CompiledPhrase(String text, List<String> stems, List<String> written, boolean negated) {
    public CompiledPhrase {
        Objects.requireNonNull(text, "text");
        stems = List.copyOf(stems);
        written = List.copyOf(written);
        if (stems.size() != written.size()) {
            throw new IllegalArgumentException("each stem needs its written word");
        }
    }
}
