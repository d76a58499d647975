package org.examengine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.examengine.bank.QuestionBankReader;
import org.examengine.grid.GridReader;
import org.examengine.paper.BlueprintReader;

/**
 * Whatever bytes an author saves, the readers answer with findings that carry a place, or with the
 * project's own exception: never a library exception or a stack trace.
 */
class ReaderPropertiesTest {

    private static final String BANK = """
            level: 2
            scenarios:
              - id: L2-S03
                text: "A caller says she is a customer's daughter and asks for her mother's new address."
            questions:
              - id: L2-041
                lo: 3
                ac: "3.3"
                topic: FM
                kind: short
                marks: 3
                minutes: 3
                stem: "State three ways a customer service assistant keeps customer records confidential."
            """;

    private static final String GRIDS = """
            grids:
              - question: L2-041
                max: 3
                groups:
                  storage: {cap: 2}
                points:
                  - {id: passwords, accept: ["password protect files", "lock the screen"]}
                  - {id: locked, group: storage, accept: ["locked cabinet"]}
                  - {id: shredding, group: storage, accept: ["shred old records"]}
                reject: ["keep it secret"]
                guidance: "One mark per way."
                examples:
                  - {answer: "lock them in a cabinet and shred them", mark: 2}
            """;

    private static final String BLUEPRINT = """
            level: 2
            duration: 90
            reading: 5
            marks: 60
            scenarios: 3
            coverage: {every_lo: 1, max_per_ac: 1, topic_min_marks: {FL: 6}}
            boundaries: {pass: 60, first_class: 80, narrow_fail: 5}
            codes: {insufficient_work: 50, misinterpretation: 2, topic_attainment: 50}
            """;

    private final DocumentParser parser = new DocumentParser();

    @Property(tries = 300)
    void randomTextNeverEscapesAsAnythingButFindings(@ForAll("yamlish") String text, @ForAll boolean json) {
        assertReadersSurvive(text, json);
    }

    @Property(tries = 300)
    void truncatedFilesGiveLocatedFindings(@ForAll("validFile") String file, @ForAll @IntRange(min = 0, max = 1000) int cut,
                                           @ForAll boolean json) {
        assertReadersSurvive(file.substring(0, Math.min(cut, file.length())), json);
    }

    @Property(tries = 200)
    void filesWithOneCharacterChangedGiveLocatedFindings(@ForAll("validFile") String file,
                                                         @ForAll @IntRange(min = 0, max = 1000) int at,
                                                         @ForAll("yamlChars") char replacement) {
        int i = Math.min(at, file.length() - 1);
        assertReadersSurvive(file.substring(0, i) + replacement + file.substring(i + 1), false);
    }

    private void assertReadersSurvive(String text, boolean json) {
        Document document;
        try {
            document = parser.parse(text, "bank.yaml", json);
        } catch (ExamException e) {
            assertThat(e.location()).isNotNull();
            assertThat(e.render()).startsWith("bank.yaml:").doesNotContain("\n");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("parser let a " + e.getClass().getName() + " escape: " + e.getMessage(), e);
        }
        for (Read<?> read : List.of(new QuestionBankReader(parser).read(document), new GridReader(parser).read(document),
                new BlueprintReader(parser).read(document))) {
            for (Finding f : read.findings()) {
                assertThat(f.location().file()).isEqualTo("bank.yaml");
                assertThat(f.render()).doesNotContain("\n");
            }
            assertThatCode(() -> {
                try {
                    read.orThrow();
                } catch (ExamException expected) {
                    assertThat(expected.location()).isNotNull();
                }
            }).doesNotThrowAnyException();
        }
    }

    @Provide
    Arbitrary<String> validFile() {
        return Arbitraries.of(BANK, GRIDS, BLUEPRINT);
    }

    @Provide
    Arbitrary<Character> yamlChars() {
        return Arbitraries.of(':', '-', '[', ']', '{', '}', '"', '\'', '#', '&', '*', '!', '|', '>', '\t', '\n', ' ', 'x', '7', '%', '@', '`', '\u0000', '\uFEFF');
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> tokens = Arbitraries.of("questions:", "grids:", "level: 1", "- ", "  ", "\n", "id: L1-001", "marks: ",
                "accept: [", "]", "{", "}", "\"", "'", ":", "&a ", "*a", "!!int ", "---\n", "...", "#", "? ", "|", ">",
                "\t", "\u00e9", "\uD83D\uDE00", "3", "yes", "null", "~", "stem: \"x\"", ",");
        return Arbitraries.oneOf(
                tokens.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
