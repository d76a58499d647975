package org.examengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a candidate may write for a grid's words, read as the marker reads a Solr thesaurus. */
class SynonymSwapsTest {

    private final SynonymSwaps swaps = SynonymSwaps.parse("""
            # comment
            colleague, workmate, team member
            drawer => drawer, cabinet
            face to face, in person
            """);

    @Test
    void equivalentWordsStandForEachOther() {
        assertThat(swaps.variants("ask a colleague")).containsExactly("ask a workmate", "ask a team member");
        assertThat(swaps.variants("Team Member")).containsExactly("colleague", "workmate");
    }

    @Test
    void anArrowRuleWorksOneWayOnly() {
        assertThat(swaps.variants("locked cabinet")).containsExactly("locked drawer");
        assertThat(swaps.variants("locked drawer")).isEmpty();
    }

    @Test
    void multiWordEntriesAreMatchedAsWholeWords() {
        assertThat(swaps.variants("speak face to face")).containsExactly("speak in person");
        assertThat(swaps.variants("surface to face")).isEmpty();
    }
}
