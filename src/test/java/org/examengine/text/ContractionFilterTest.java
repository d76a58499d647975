package org.examengine.text;

import static org.examengine.text.TokenStreamAssert.assertAnalyzesTo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class ContractionFilterTest {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ContractionFilter(new LowerCaseFilter(source)));
        }
    };

    @Test
    void notContractionsBecomeTwoWordsWithTheirOwnOffsets() {
        assertAnalyzesTo(analyzer, "Don't interrupt", new String[] {"do", "not", "interrupt"},
                new int[] {0, 2, 6}, new int[] {2, 5, 15}, new int[] {1, 1, 1});
    }

    @Test
    void irregularNegativesAreSpelledOut() {
        assertAnalyzesTo(analyzer, "can't won't shan't", new String[] {"can", "not", "will", "not", "shall", "not"}, null, null, null);
    }

    @Test
    void negativesWrittenWithoutTheApostrophe() {
        assertAnalyzesTo(analyzer, "dont cant wont doesnt", new String[] {"do", "not", "can", "not", "will", "not", "does", "not"},
                new int[] {0, 2, 5, 8, 10, 12, 15, 19}, new int[] {2, 4, 8, 9, 12, 14, 19, 21}, null);
        assertAnalyzesTo(analyzer, "cannot", new String[] {"can", "not"}, new int[] {0, 3}, new int[] {3, 6}, null);
    }

    @Test
    void otherContractions() {
        assertAnalyzesTo(analyzer, "they're we'll I've I'm I'd",
                new String[] {"they", "are", "we", "will", "i", "have", "i", "am", "i", "would"}, null, null, null);
    }

    @Test
    void possessiveAndPlainWordsAreLeftAlone() {
        assertAnalyzesTo(analyzer, "the customer's o'clock rock'n'roll", new String[] {"the", "customer's", "o'clock", "rock'n'roll"},
                null, null, null);
    }

    @Test
    void emptyText() {
        assertAnalyzesTo(analyzer, "", new String[0], null, null, null);
    }

    @Property(tries = 300)
    void randomTextNeverBreaksTheStream(@ForAll String text) {
        TokenStreamAssert.tokens(analyzer, text);
    }
}
