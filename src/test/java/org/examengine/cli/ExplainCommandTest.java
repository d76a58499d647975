package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** exam explain as an author uses it to see why an answer got its mark. */
class ExplainCommandTest {

    @Test
    void bracketsTheWordsThatEarnedEachPointAndSaysWhatTheOthersLacked() {
        CliRun run = CliRun.of("explain", "--grids", "marking-grids", "--question", "L1-001", "--color", "never",
                "Internal customers are colleagues from another department");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).startsWith("L1-001: 1 of 3 mark(s)")
                .contains("  [Internal](1) customers are colleagues from another department")
                .contains("(1) internal: \"internal\" matched \"Internal\" (exact), 1 mark(s)")
                // "colleague" is a thesaurus synonym of "team member"
                .contains("external: nearest \"member of the public\": has \"member\", lacks \"public\"")
                .contains("age: no word of its phrases is in the answer");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void colourOnRequestAndAMisspellingIsNamedAsSuch() {
        CliRun run = CliRun.of("explain", "--grids", "marking-grids", "--question", "L1-001", "--color", "always",
                "colleages in other departmants");
        assertThat(run.out()).contains("\u001B[").contains("(spelling)").contains("for review: ").contains("a misspelling was credited");
    }

    @Test
    void aQuestionWithoutAGridIsAUsageError() {
        CliRun run = CliRun.of("explain", "--grids", "marking-grids", "--question", "L9-999", "anything");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("no grid for L9-999 under marking-grids");
    }
}
