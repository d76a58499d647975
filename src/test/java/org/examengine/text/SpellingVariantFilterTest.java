package org.examengine.text;

import static org.examengine.text.TokenStreamAssert.assertAnalyzesTo;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class SpellingVariantFilterTest {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            CharArraySet keep = new CharArraySet(java.util.List.of("realize"), false);
            return new TokenStreamComponents(source, new SpellingVariantFilter(
                    new SetKeywordMarkerFilter(new LowerCaseFilter(source), keep), SpellingVariants.load()));
        }
    };

    @Test
    void listedAmericanWordsBecomeBritish() {
        assertAnalyzesTo(analyzer, "Color center behavior", new String[] {"colour", "centre", "behaviour"},
                new int[] {0, 6, 13}, new int[] {5, 12, 21}, null);
    }

    @Test
    void theIzeFamilyTakesAnS() {
        assertAnalyzesTo(analyzer, "apologize organization analyzed prioritizing",
                new String[] {"apologise", "organisation", "analysed", "prioritising"}, null, null, null);
    }

    @Test
    void britishSpellingsAndOtherWordsAreUnchanged() {
        assertAnalyzesTo(analyzer, "colour zebra zoo", new String[] {"colour", "zebra", "zoo"}, null, null, null);
    }

    @Test
    void keywordsAreLeftAlone() {
        assertAnalyzesTo(analyzer, "realize", new String[] {"realize"}, null, null, null);
    }

    @Test
    void emptyText() {
        assertAnalyzesTo(analyzer, "", new String[0], null, null, null);
    }
}
