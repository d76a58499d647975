package org.examengine.text;

/** One WordNet word list for the whole test run: it takes a moment to read. */
public final class TestWords {
    public static final EnglishWords ENGLISH = EnglishWords.wordNet();

    private TestWords() {
    }
}
