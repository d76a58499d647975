package org.examengine.text;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds American spellings to British before stemming, so "organization" and "organisation", "color" and
 * "colour" compare equal (Porter alone stems them apart). Listed words come from
 * {@link SpellingVariants}; any word with the -ize/-yze family of endings has its z made an s. The fold
 * is applied to answers and phrases alike, so it need only be consistent, not always good English.
 * Terms marked as keywords are left alone.
 */
public final class SpellingVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<String> variants;

    public SpellingVariantFilter(TokenStream input, CharArrayMap<String> variants) {
        super(input);
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String british = variants.get(term.buffer(), 0, term.length());
        if (british != null) {
            term.setEmpty().append(british);
            return true;
        }
        foldZ(term.buffer(), term.length());
        return true;
    }

    /** -ize, -izes, -ized, -izing, -ization(s), -izer(s) and the -yze family: the z becomes an s. */
    private static void foldZ(char[] buffer, int length) {
        for (int i = length - 1; i >= 2; i--) {
            if (buffer[i] == 'z' && (buffer[i - 1] == 'i' || buffer[i - 1] == 'y')) {
                String rest = new String(buffer, i + 1, length - i - 1);
                if (rest.equals("e") || rest.equals("es") || rest.equals("ed") || rest.equals("ing") || rest.equals("er")
                        || rest.equals("ers") || rest.equals("ation") || rest.equals("ations")) {
                    buffer[i] = 's';
                }
                return;
            }
        }
    }
}
