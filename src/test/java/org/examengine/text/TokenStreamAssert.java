package org.examengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's assertAnalyzesTo, for JUnit 5: runs the whole consumer contract (reset, increment, end,
 * close) and checks every term, its offsets and position increments, that offsets never go backwards
 * and stay inside the text, and that no token is left over.
 */
final class TokenStreamAssert {

    private TokenStreamAssert() {
    }

    record Token(String term, int start, int end, int positionIncrement) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int lastStart = 0;
            while (stream.incrementToken()) {
                assertThat(offset.startOffset()).as("offsets go forward").isGreaterThanOrEqualTo(lastStart);
                assertThat(offset.endOffset()).as("offset inside the text").isLessThanOrEqualTo(text.length());
                assertThat(position.getPositionIncrement()).isGreaterThanOrEqualTo(out.isEmpty() ? 1 : 0);
                lastStart = offset.startOffset();
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement()));
            }
            stream.end();
            assertThat(offset.endOffset()).as("end() sets the final offset").isLessThanOrEqualTo(text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void assertAnalyzesTo(Analyzer analyzer, String text, String[] terms, int[] starts, int[] ends, int[] increments) {
        List<Token> tokens = tokens(analyzer, text);
        assertThat(tokens).extracting(Token::term).containsExactly(terms);
        if (starts != null) {
            assertThat(tokens).extracting(Token::start).containsExactly(box(starts));
        }
        if (ends != null) {
            assertThat(tokens).extracting(Token::end).containsExactly(box(ends));
        }
        if (increments != null) {
            assertThat(tokens).extracting(Token::positionIncrement).containsExactly(box(increments));
        }
    }

    private static Integer[] box(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
