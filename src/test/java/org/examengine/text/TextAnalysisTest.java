package org.examengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    @AfterEach
    void close() {
        analysis.close();
    }

    @Test
    void stemsLowerCasesAndDropsStopWordsWithOffsets() {
        List<Word> words = analysis.words("Shredding the Records");
        assertThat(words).extracting(Word::stem).containsExactly("shred", "record");
        assertThat(words.get(0).start()).isEqualTo(0);
        assertThat(words.get(0).end()).isEqualTo(9);
        assertThat(words.get(1).start()).isEqualTo(14);
        assertThat(words.get(1).end()).isEqualTo(21);
    }

    @Test
    void negationsAndQuestionWordsAreKept() {
        List<Word> words = analysis.words("Don't interrupt; never ask why or how");
        assertThat(words).extracting(Word::stem).containsExactly("not", "interrupt", "never", "ask", "why", "how");
        assertThat(words).filteredOn(Word::negation).extracting(Word::stem).containsExactly("not", "never");
        assertThat(words.get(0).start()).as("'not' is the n't of Don't").isEqualTo(2);
    }

    @Test
    void britishAndAmericanSpellingsCompareEqual() {
        assertThat(analysis.contentStems("The organization's color and behavior"))
                .isEqualTo(analysis.contentStems("the organisation's colour and behaviour"));
        assertThat(analysis.contentStems("apologize, analyzing")).isEqualTo(analysis.contentStems("apologise, analysing"));
    }

    @Test
    void curlyApostrophesReadLikeStraightOnes() {
        assertThat(analysis.words("don\u2019t")).extracting(Word::stem).containsExactly("not");
    }

    @Test
    void possessivesAreDropped() {
        assertThat(analysis.contentStems("the customer's needs")).containsExactly("custom", "need");
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(analysis.words("")).isEmpty();
        assertThat(analysis.segments("  ")).isEmpty();
    }

    @Test
    void answersSplitAtSentencesLinesAndCommas() {
        List<Segment> segments = analysis.segments("Smile, make eye contact.\nNod; listen");
        assertThat(segments).hasSize(4);
        assertThat(segments.get(1).words()).extracting(Word::stem).containsExactly("make", "ey", "contact");
        assertThat(segments.get(3).words()).extracting(Word::stem).containsExactly("listen");
    }

    @Test
    void aFullStopWithNoSpaceAfterItStillEndsTheSentence() {
        List<Segment> segments = analysis.segments("mRNA leaves the nucleus.Then it reaches the ribosome");
        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).words()).extracting(Word::stem).containsExactly("mrna", "leav", "nucleu");
        assertThat(segments.get(1).words()).extracting(Word::stem).containsExactly("reach", "ribosom");
        // abbreviations keep their stops
        assertThat(analysis.words("e.g. the U.S. post")).extracting(Word::stem).contains("e.g", "u.");
    }

    @Test
    void decimalsAndThousandsDoNotSplitAnAnswer() {
        assertThat(analysis.segments("the black lid reached 53.5 degrees, about 1,000 times")).hasSize(2);
        assertThat(analysis.segments("the black lid reached 53.5 degrees").get(0).words()).extracting(Word::stem)
                .contains("53.5");
    }

    @Test
    void wordsOfComparisonAndOrderCarryMeaning() {
        assertThat(analysis.contentStems("do more trials with the same length before and after"))
                .containsExactly("more", "trial", "same", "length", "befor", "after");
    }

    @Property(tries = 300)
    void randomTextGivesOffsetsInsideTheText(@ForAll String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        int last = 0;
        for (Word w : analysis.words(text)) {
            assertThat(w.start()).isGreaterThanOrEqualTo(last);
            assertThat(w.end()).isLessThanOrEqualTo(nfc.length());
            last = w.start();
        }
        for (Segment s : analysis.segments(text)) {
            assertThat(s.words()).isNotEmpty();
            assertThat(s.end()).isLessThanOrEqualTo(nfc.length());
        }
    }
}
