package org.examengine.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.source.Origin;
import org.examengine.source.SourceLocation;
import org.examengine.text.TestWords;
import org.examengine.text.TextAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When an answer on a paper counts as a misreading of its question (the evidence for FK). */
class MisreadingTest {

    private static final SourceLocation AT = SourceLocation.startOf("grid.yaml");
    private static final Origin ORIGIN = new Origin(AT, Map.of());

    private final TextAnalysis analysis = new TextAnalysis();
    private final GridCompiler compiler = new GridCompiler(analysis, TestWords.ENGLISH);
    private final Marker marker = new Marker(analysis, TestWords.ENGLISH);

    @AfterEach
    void close() {
        analysis.close();
    }

    private static List<Phrase> phrases(String... texts) {
        return List.of(texts).stream().map(t -> new Phrase(t, AT)).toList();
    }

    private static Grid grid(String question, int max, List<String> misread, String... points) {
        List<Point> ps = List.of(points).stream().map(p -> new Point(p.replace(' ', '_'), 1, null, null, phrases(p), ORIGIN))
                .toList();
        return new Grid(question, max, Map.of(), ps, List.of(), List.of(), phrases(misread.toArray(String[]::new)), null,
                List.of(), ORIGIN);
    }

    private final CompiledGrid confidentiality = compiler.compile(grid("Q1", 2, List.of("data protection act"),
            "shred old records", "lock the screen"), null);
    private final CompiledGrid complaints = compiler.compile(grid("Q2", 3, List.of(),
            "apologise to the customer", "listen without interrupting", "record the complaint"), null);
    private final List<CompiledGrid> paper = List.of(confidentiality, complaints);

    private Misreading misreading(CompiledGrid own, String answer) {
        return marker.markOnPaper(own, answer, paper).misreading();
    }

    @Test
    void aMisreadPhraseInAWeakAnswer() {
        assertThat(misreading(confidentiality, "It is the law under the Data Protection Act")).isEqualTo(
                new Misreading("data protection act", null, 0, 0));
    }

    @Test
    void anAnswerThatEarnsMostOfItsMarksAnsweredItsOwnQuestion() {
        assertThat(misreading(confidentiality, "Shred old records and lock the screen, as the data protection act says"))
                .isNull();
    }

    @Test
    void anAnswerThatFitsAnotherQuestionClearlyBetter() {
        Misreading m = misreading(confidentiality, "I would apologise to the customer and record the complaint");
        assertThat(m).isEqualTo(new Misreading(null, "Q2", 2, 3));
        assertThat(m.describe()).isEqualTo("fits question Q2 better (2 of 3 there)");
    }

    @Test
    void notClearlyBetterIsNoMisreading() {
        // 1 of 2 here (half), 2 of 3 there: not 50 points better
        assertThat(misreading(confidentiality, "shred old records, apologise to the customer and record the complaint"))
                .isNull();
        // 0 of 2 here, 1 of 3 there: a third, not half, better
        assertThat(misreading(confidentiality, "I would apologise to the customer")).isNull();
    }

    @Test
    void oneMarkOnAnotherGridIsNoMisreading() {
        CompiledGrid twoMarks = compiler.compile(grid("Q3", 2, List.of(), "apologise", "record the complaint"), null);
        CompiledGrid oneMark = compiler.compile(grid("Q4", 1, List.of(), "apologise"), null);
        // 0 of 2 here and 1 of 1 there: the whole of Q4, but one phrase is what any answer on the topic may hold
        assertThat(marker.markOnPaper(confidentiality, "I would apologise", List.of(confidentiality, oneMark)).misreading())
                .isNull();
        assertThat(marker.markOnPaper(confidentiality, "I would apologise and record the complaint",
                List.of(confidentiality, twoMarks)).misreading()).isEqualTo(new Misreading(null, "Q3", 2, 2));
    }

    @Test
    void theMarkIsTheOwnGridsWhateverElseFits() {
        PaperMark m = marker.markOnPaper(confidentiality, "I would apologise to the customer and record the complaint", paper);
        assertThat(m.mark().question()).isEqualTo("Q1");
        assertThat(m.mark().mark()).isZero();
    }
}
