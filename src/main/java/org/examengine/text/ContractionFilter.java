package org.examengine.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits English contractions into their two words, so that "don't" reads as "do not" and its negation
 * is seen: "can't" -> "can" "not", "won't" -> "will" "not", "they're" -> "they" "are", "we'll" -> "we"
 * "will", "I've" -> "i" "have", "I'm" -> "i" "am", "I'd" -> "i" "would". Negatives candidates write without
 * the apostrophe split too ("dont" -> "do" "not", "cant" -> "can" "not"), as does "cannot". Each word keeps
 * the offsets of its own letters, so evidence spans stay exact. Expects lower-case terms with straight
 * apostrophes. A trailing "'s" is left to the possessive filter: it is as often a possessive as "is".
 */
public final class ContractionFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    /**
     * Negative contractions candidates write without the apostrophe, with the word before "not". "cant" and "wont" are
     * English words too, but in an answer they are almost always "can't" and "won't".
     */
    private static final Map<String, String> WITHOUT_APOSTROPHE = Map.ofEntries(
            Map.entry("dont", "do"), Map.entry("doesnt", "does"), Map.entry("didnt", "did"), Map.entry("cant", "can"),
            Map.entry("wont", "will"), Map.entry("isnt", "is"), Map.entry("arent", "are"), Map.entry("wasnt", "was"),
            Map.entry("werent", "were"), Map.entry("havent", "have"), Map.entry("hasnt", "has"), Map.entry("hadnt", "had"),
            Map.entry("wouldnt", "would"), Map.entry("shouldnt", "should"), Map.entry("couldnt", "could"),
            Map.entry("mustnt", "must"), Map.entry("neednt", "need"), Map.entry("cannot", "can"));

    private String pendingWord;
    private int pendingStart;
    private int pendingEnd;

    public ContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingWord != null) {
            clearAttributes();
            term.setEmpty().append(pendingWord);
            offset.setOffset(pendingStart, pendingEnd);
            position.setPositionIncrement(1);
            pendingWord = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        int apostrophe = word.indexOf('\'');
        String unmarked = apostrophe < 0 ? WITHOUT_APOSTROPHE.get(word) : null;
        if (unmarked != null) {
            return split(word, unmarked, word.startsWith(unmarked) ? unmarked.length() : word.length() - 2, "not");
        }
        if (apostrophe <= 0 || apostrophe == word.length() - 1) {
            return true;
        }
        String first;
        String second;
        int split;
        if (word.endsWith("n't") && word.length() > 3) {
            split = word.length() - 3;
            first = switch (word) {
                case "can't" -> "can";
                case "won't" -> "will";
                case "shan't" -> "shall";
                case "ain't" -> "am";
                default -> word.substring(0, split);
            };
            second = "not";
        } else {
            split = apostrophe;
            first = word.substring(0, apostrophe);
            second = switch (word.substring(apostrophe + 1)) {
                case "re" -> "are";
                case "ll" -> "will";
                case "ve" -> "have";
                case "m" -> "am";
                case "d" -> "would";
                default -> null;
            };
            if (second == null) {
                return true;
            }
        }
        return split(word, first, split, second);
    }

    /** Replaces the term with {@code first}, and queues {@code second} with the offsets from {@code split} on. */
    private boolean split(String word, String first, int split, String second) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        // Offsets may not match the term's length after a char filter; only split when they do.
        if (end - start != word.length()) {
            return true;
        }
        term.setEmpty().append(first);
        offset.setOffset(start, start + split);
        pendingWord = second;
        pendingStart = start + split;
        pendingEnd = end;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingWord = null;
    }
}
