package org.examengine.text;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks stop words instead of removing them: their type becomes {@link #STOP} and they are kept from
 * stemming. Keeping them holds every position in place, which multi-word synonyms ("face to face") need;
 * matching skips them.
 */
public final class StopMarkFilter extends TokenFilter {

    public static final String STOP = "<STOP>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArraySet stopWords;

    public StopMarkFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (stopWords.contains(term.buffer(), 0, term.length())) {
            type.setType(STOP);
            keyword.setKeyword(true);
        }
        return true;
    }
}
