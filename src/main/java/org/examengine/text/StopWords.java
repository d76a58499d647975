package org.examengine.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Words ignored when matching answers to phrases: Lucene's Snowball English stop list, less the words
 * that change what an answer means. Negations must stay ("do not interrupt" is not "interrupt"), and so
 * must question words, which are the content of answers about open questions, and words of comparison,
 * quantity, order and direction, which mark schemes turn on ("more trials", "the same length", "before
 * and after", "against the gradient", "first taken out").
 */
public final class StopWords {

    /** Negation words; a word ending in "n't" is a negation too. */
    public static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "cannot", "none", "nothing", "neither");

    private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "what", "which", "when", "where", "why", "how");

    private static final Set<String> MEANINGFUL = Set.of("more", "most", "same", "few", "before", "after", "until",
            "than", "against", "between");

    private StopWords() {
    }

    /** A fresh, unmodifiable set, built from the list shipped in lucene-analysis-common. */
    public static CharArraySet forMatching() {
        java.io.InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        if (in == null) {
            throw new IllegalStateException("Lucene's English stop list is missing from the class path");
        }
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            CharArraySet snowball = WordlistLoader.getSnowballWordSet(reader);
            CharArraySet kept = new CharArraySet(snowball.size(), false);
            for (Object word : snowball) {
                String w = new String((char[]) word);
                if (!isNegation(w) && !QUESTION_WORDS.contains(w) && !MEANINGFUL.contains(w)) {
                    kept.add(w);
                }
            }
            return CharArraySet.unmodifiableSet(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's English stop list", e);
        }
    }

    public static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t");
    }
}
