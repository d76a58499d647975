package org.examengine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

    @Test
    void synonymsAreInjectedAtTheSamePlace() {
        try (TextAnalysis analysis = new TextAnalysis("cupboard, cabinet\n", "synonyms.txt")) {
            List<Word> words = analysis.answerWords("a locked cupboard");
            assertThat(words).extracting(Word::stem).contains("lock", "cupboard", "cabinet");
            Word cabinet = words.stream().filter(w -> w.stem().equals("cabinet")).findFirst().orElseThrow();
            assertThat(cabinet.start()).isEqualTo(9);
            assertThat(cabinet.end()).isEqualTo(17);
        }
    }

    @Test
    void multiWordSynonymsWithStopWordsWork() {
        try (TextAnalysis analysis = new TextAnalysis("face to face, in person\n", "synonyms.txt")) {
            assertThat(analysis.answerWords("we spoke in person")).extracting(Word::stem).contains("face");
        }
    }

    @Test
    void rulesAreStemmedAndFoldedLikeAnswers() {
        try (TextAnalysis analysis = new TextAnalysis("apologize => sorry\n", "synonyms.txt")) {
            assertThat(analysis.answerWords("I apologised")).extracting(Word::stem).contains("sorri");
        }
    }

    @Test
    void phrasesAreNotExpandedOnlyAnswersAre() {
        try (TextAnalysis analysis = new TextAnalysis("cupboard, cabinet\n", "synonyms.txt")) {
            assertThat(analysis.words("locked cabinet")).extracting(Word::stem).containsExactly("lock", "cabinet");
        }
    }

    @Test
    void aMalformedRuleNamesItsLine() {
        assertThatThrownBy(() -> new TextAnalysis("shop, store\nrefund => \n", "marking-grids/synonyms.txt"))
                .isInstanceOf(ExamException.class)
                .satisfies(e -> {
                    ExamException x = (ExamException) e;
                    assertThat(x.location().file()).isEqualTo("marking-grids/synonyms.txt");
                    assertThat(x.location().line()).isEqualTo(2);
                    assertThat(x.getMessage()).startsWith("invalid synonym rule");
                });
    }
}
