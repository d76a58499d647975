package org.examengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** WordNet as the marker uses it: which words are English, and which share a word's commonest sense. */
class EnglishWordsTest {

    private final EnglishWords english = TestWords.ENGLISH;

    @Test
    void lemmasAndTheirRegularAndIrregularFormsAreEnglish() {
        assertThat(english.contains("receive")).isTrue();
        assertThat(english.contains("complaints")).isTrue();
        assertThat(english.contains("apologised")).isTrue();
        assertThat(english.contains("went")).isTrue();
        assertThat(english.contains("recieve")).isFalse();
        assertThat(english.contains("sincerly")).isFalse();
    }

    @Test
    void synonymsComeFromTheCommonestSenseOfEachPartOfSpeech() {
        assertThat(english.synonyms("refund")).contains("repay");
        assertThat(english.synonyms("customer")).contains("client");
        // an inflected form finds its lemma's synonyms
        assertThat(english.synonyms("refunded")).isEqualTo(english.synonyms("refund"));
        // "curb" shares only the fourth verb sense of "check" (to hold back): rarer senses do not count
        assertThat(english.synonyms("curb")).contains("check");
        assertThat(english.synonyms("check")).doesNotContain("curb");
        assertThat(english.synonyms("zzzq")).isEmpty();
        assertThat(english.synonyms("refund")).doesNotContain("refund");
    }

    @Test
    void aFixedListHasNoSynonyms() {
        EnglishWords fixed = EnglishWords.of(Set.of("refund", "repay"));
        assertThat(fixed.contains("refunds")).isTrue();
        assertThat(fixed.synonyms("refund")).isEmpty();
    }
}
