package org.examengine.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits English contractions into their two words, so that "don't" reads as "do not" and its negation
 * is seen: "can't" -> "can" "not", "won't" -> "will" "not", "they're" -> "they" "are", "we'll" -> "we"
 * "will", "I've" -> "i" "have", "I'm" -> "i" "am", "I'd" -> "i" "would". Each word keeps the offsets
 * of its own letters, so evidence spans stay exact. Expects lower-case terms with straight apostrophes.
 * A trailing "'s" is left to the possessive filter: it is as often a possessive as "is".
 */
public final class ContractionFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

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
