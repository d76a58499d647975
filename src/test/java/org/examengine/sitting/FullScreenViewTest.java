package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop: keys typed into a terminal, the screen read back, the journal checked. */
class FullScreenViewTest {

    private static final StartDetails DETAILS = new StartDetails("C01", "Centre 1", "T1-2026", 1, 4, 10, 5, 60, 0,
            Optional.empty());

    @TempDir
    Path dir;

    private static boolean anyScreen(ScriptedTerminal t, String... texts) {
        return t.screens.stream().anyMatch(s -> List.of(texts).stream().allMatch(s::contains));
    }

    @Test
    void anAnswerTypedThenMovingOnIsInTheJournalAndTheTerminalIsLeftAsItWas() {
        ViewFixture v = new ViewFixture(dir).writing();
        ScriptedTerminal t = ScriptedTerminal.of(80, 24);
        Attributes before = new Attributes(t.getAttributes());
        List<Boolean> signalsWhileRunning = new ArrayList<>();
        t.type("Smile and\r").type("say hello")
                .then(() -> signalsWhileRunning.add(t.getAttributes().getLocalFlag(Attributes.LocalFlag.ISIG)))
                .type("\016").type("Trust").end();
        SittingView.Ending ending;
        try (FullScreenView view = new FullScreenView(t, true)) {
            ending = view.run(v.session);
        }
        assertThat(ending).isEqualTo(SittingView.Ending.LEFT);
        Sitting s = v.onDisk();
        assertThat(s.answers()).containsEntry("L1-201", "Smile and\nsay hello").containsEntry("L1-202", "Trust");
        assertThat(s.current()).isEqualTo("L1-202");
        assertThat(anyScreen(t, "Question 1 of 4", "1:00:00 left", "Smile and", "saved")).isTrue();
        assertThat(anyScreen(t, "Question 2 of 4", "Explain why first impressions matter.", "Trust")).isTrue();
        assertThat(signalsWhileRunning).containsExactly(false);
        assertThat(t.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        assertThat(t.getAttributes().getInputFlags()).isEqualTo(before.getInputFlags());
        assertThat(t.written()).contains(FullScreenView.PASTE_ON, FullScreenView.PASTE_OFF);
        assertThat(t.written().lastIndexOf(FullScreenView.PASTE_OFF)).isGreaterThan(t.written().lastIndexOf(
                FullScreenView.PASTE_ON));
        assertThat(t.screen().strip()).as("back on the main screen").isEmpty();
    }

    @Test
    void ctrlCAndAPasteOfEscapesNeitherStopTheExamNorReachTheScreen() {
        ViewFixture v = new ViewFixture(dir).writing();
        ScriptedTerminal t = ScriptedTerminal.of(80, 24);
        t.type("\003").type("x").type(Keys.PASTE_START + "A\033[2J\033[31mB\007" + Keys.PASTE_END).type("\r").end();
        try (FullScreenView view = new FullScreenView(t, false)) {
            assertThat(view.run(v.session)).isEqualTo(SittingView.Ending.LEFT);
        }
        assertThat(anyScreen(t, "Ctrl-C does not stop the exam.", "Your work is saved")).isTrue();
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "A\033[2J\033[31mB\007\n");
        assertThat(anyScreen(t, "A^[[2J^[[31mB^G")).isTrue();
        assertThat(t.written()).doesNotContain("\033[31m", "\033[2J\033[31mB");
    }

    @Test
    void aResizeRedrawsTheWholeScreenAtTheNewSize() {
        ViewFixture v = new ViewFixture(dir).writing();
        ScriptedTerminal t = ScriptedTerminal.of(120, 30);
        t.type("\016\016").then(() -> t.resizeTo(80, 24)).type("Good").then(() -> t.resizeTo(60, 15)).type("!")
                .end();
        try (FullScreenView view = new FullScreenView(t, true)) {
            view.run(v.session);
        }
        assertThat(t.screens).as("side by side at 120").anySatisfy(screen -> assertThat(screen.lines())
                .anySatisfy(row -> assertThat(row).contains("Sam answers the phone", "What should Sam say first?")));
        String last = t.screens.stream().filter(s -> s.contains("Good!")).reduce((a, b) -> b).orElseThrow();
        List<String> rows = last.lines().toList();
        assertThat(rows).hasSize(15);
        assertThat(rows.get(0)).contains("Question 3a of 4").contains("1:00:00 left");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Scenario 3"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("Sam answers", "Sam say first"));
    }

    @Test
    void theInvigilatorLeavesWithCtrlQAndTheWordLeave() {
        ViewFixture v = new ViewFixture(dir).writing();
        ScriptedTerminal t = ScriptedTerminal.of(80, 24);
        t.type("Kept").type("\021").type("LEAVE").type("\r");
        try (FullScreenView view = new FullScreenView(t, true)) {
            assertThat(view.run(v.session)).isEqualTo(SittingView.Ending.LEFT);
        }
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Kept");
        assertThat(anyScreen(t, "For the invigilator: leave this sitting", "> LEAVE")).isTrue();
    }

    @Test
    void aSubmissionByTheClockIsShownAndTheViewReturnsSubmitted() {
        ViewFixture v = new ViewFixture(dir).writing();
        ScriptedTerminal t = ScriptedTerminal.of(80, 24);
        t.type("Last").then(() -> v.advance(Duration.ofMinutes(60))).then(() -> v.advance(Duration.ofSeconds(5)))
                .end();
        try (FullScreenView view = new FullScreenView(t, true)) {
            assertThat(view.run(v.session)).isEqualTo(SittingView.Ending.SUBMITTED);
        }
        assertThat(anyScreen(t, "Your answers have been submitted.", "The time was up.")).isTrue();
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Last");
    }

    @Test
    void theStartScreenBeginsOnEnterAndNotOnN() {
        ScriptedTerminal yes = ScriptedTerminal.of(80, 24);
        yes.type("x").type("\r");
        try (FullScreenView view = new FullScreenView(yes, true)) {
            assertThat(view.confirm(DETAILS)).isTrue();
        }
        assertThat(anyScreen(yes, "Candidate     C01", "Press Enter to begin")).isTrue();
        assertThat(anyScreen(yes, "Press Enter to begin, or N if these details are not yours.")).isTrue();
        ScriptedTerminal no = ScriptedTerminal.of(80, 24);
        no.type("n");
        try (FullScreenView view = new FullScreenView(no, true)) {
            assertThat(view.confirm(DETAILS)).isFalse();
        }
        ScriptedTerminal gone = ScriptedTerminal.of(80, 24);
        gone.end();
        try (FullScreenView view = new FullScreenView(gone, true)) {
            assertThat(view.confirm(DETAILS)).isFalse();
        }
    }
}
