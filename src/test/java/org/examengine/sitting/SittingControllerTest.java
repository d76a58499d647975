package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys in, journal and screen out, with a stepped clock: when answers are saved and how the sitting ends. */
class SittingControllerTest {

    @TempDir
    Path dir;

    private static void type(SittingController c, String text) {
        text.codePoints().forEach(cp -> c.handle(KeyInput.typed(new String(Character.toChars(cp)))));
    }

    private static void press(SittingController c, Action... actions) {
        for (Action a : actions) {
            c.handle(KeyInput.of(a));
        }
    }

    @Test
    void anAnswerIsSavedWhenTheCandidatePausesTyping() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "Smile");
        v.advance(Duration.ofMillis(750));
        c.tick();
        assertThat(v.onDisk().answers()).doesNotContainKey("L1-201");
        v.advance(Duration.ofMillis(250));
        c.tick();
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Smile");
        assertThat(c.screen().saved()).isEqualTo(SaveStatus.SAVED);
    }

    @Test
    void wordsTypedJustBeforeTheInvigilatorPausesOrEndsAreSavedFirst() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        ControlJournal control = new ControlJournal(new SittingFiles(dir).control());
        type(c, "Smile");
        control.append(new ControlCommand(0, java.time.Instant.EPOCH, ControlCommand.Action.PAUSE, "all", 0, 0,
                "fire alarm", "R. Singh"), v.session.now());
        v.advance(SittingSession.CONTROL_POLL);
        c.tick();
        assertThat(v.onDisk().paused()).isTrue();
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Smile");
        control.append(new ControlCommand(0, java.time.Instant.EPOCH, ControlCommand.Action.RESUME, "all", 0, 0, "",
                "R. Singh"), v.session.now());
        v.advance(Duration.ofSeconds(2));
        c.tick();
        type(c, " and greet");
        control.append(new ControlCommand(0, java.time.Instant.EPOCH, ControlCommand.Action.END, "all", 0, 0,
                "power cut", "R. Singh"), v.session.now());
        v.advance(SittingSession.CONTROL_POLL);
        c.tick();
        assertThat(v.onDisk().phase()).isEqualTo(Phase.SUBMITTED);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Smile and greet");
    }

    @Test
    void continuousTypingIsSavedAtLeastEveryFiveSeconds() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        for (int i = 0; i < 10; i++) {
            type(c, "w ");
            v.advance(Duration.ofMillis(500));
            c.tick();
        }
        assertThat(v.onDisk().answers().get("L1-201")).isEqualTo("w ".repeat(10));
        type(c, "x");
        assertThat(c.screen().saved()).isEqualTo(SaveStatus.PENDING);
    }

    @Test
    void enterAndMovingSaveAtOnceAndEachQuestionKeepsItsOwnAnswer() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "Say hello");
        press(c, Action.NEWLINE);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Say hello\n");
        type(c, "and smile");
        press(c, Action.NEXT);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Say hello\nand smile");
        assertThat(v.onDisk().current()).isEqualTo("L1-202");
        assertThat(c.screen().draft()).isEmpty();
        type(c, "Trust");
        press(c, Action.PREVIOUS);
        assertThat(c.screen().draft()).isEqualTo("Say hello\nand smile");
        assertThat(v.onDisk().answers()).containsEntry("L1-202", "Trust");
    }

    @Test
    void theListGoesToTheChosenQuestion() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        press(c, Action.LIST, Action.DOWN, Action.DOWN, Action.DOWN, Action.UP, Action.NEWLINE);
        assertThat(c.screen().mode()).isEqualTo(ScreenMode.ANSWER);
        assertThat(v.onDisk().current()).isEqualTo("L1-301");
    }

    @Test
    void ctrlCSavesAndExplainsCalmlyAndTheNextKeyIsNotTyped() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "Half an answ");
        c.handle(new KeyInput(Action.INTERRUPT, "\003"));
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Half an answ");
        assertThat(c.screen().mode()).isEqualTo(ScreenMode.INTERRUPTED);
        assertThat(SittingScreen.render(c.screen(), 80, 24).lines()).extracting(ScreenLine::text)
                .contains("Ctrl-C does not stop the exam.");
        type(c, "q");
        assertThat(c.screen().mode()).isEqualTo(ScreenMode.ANSWER);
        assertThat(c.screen().draft()).isEqualTo("Half an answ");
        assertThat(c.ending()).isEmpty();
    }

    @Test
    void theInvigilatorLeavesOnlyByTypingLeave() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "Saved before leaving");
        press(c, Action.LEAVE);
        type(c, "LEAF");
        press(c, Action.NEWLINE);
        assertThat(c.ending()).isEmpty();
        type(c, "leave");
        press(c, Action.CANCEL);
        assertThat(c.screen().mode()).isEqualTo(ScreenMode.ANSWER);
        assertThat(c.screen().draft()).as("what was typed for the invigilator is not in the answer")
                .isEqualTo("Saved before leaving");
        press(c, Action.LEAVE);
        type(c, "LEAVE");
        press(c, Action.NEWLINE);
        assertThat(c.ending()).contains(SittingView.Ending.LEFT);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Saved before leaving");
        assertThat(v.onDisk().phase()).isEqualTo(Phase.WRITING);
    }

    @Test
    void submittingNeedsYesAndEndsAfterAKeyOrAFewSeconds() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "My answer");
        press(c, Action.SUBMIT);
        type(c, "n");
        assertThat(v.onDisk().phase()).isEqualTo(Phase.WRITING);
        press(c, Action.SUBMIT);
        type(c, "y");
        assertThat(v.onDisk().phase()).isEqualTo(Phase.SUBMITTED);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "My answer");
        type(c, "x");
        assertThat(c.ending()).as("a key typed straight after is typing ahead, not 'finish'").isEmpty();
        v.advance(SittingController.SUBMITTED_GRACE);
        type(c, "x");
        assertThat(c.ending()).contains(SittingView.Ending.SUBMITTED);
    }

    @Test
    void whenTimeRunsOutTheLastWordsAreSavedBeforeTheSittingIsSubmitted() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofMinutes(60).minusMillis(500));
        c.tick();
        type(c, "last words");
        v.advance(Duration.ofMillis(500));
        c.tick();
        Sitting s = v.onDisk();
        assertThat(s.phase()).isEqualTo(Phase.SUBMITTED);
        assertThat(s.answers()).containsEntry("L1-201", "last words");
        assertThat(c.screen().banners()).extracting(Banner::message)
                .contains("Time is up: your answers have been submitted.");
        v.advance(SittingController.SUBMITTED_SHOWN);
        c.tick();
        assertThat(c.ending()).contains(SittingView.Ending.SUBMITTED);
    }

    @Test
    void warningsShowForSomeSecondsOrUntilDismissed() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofMinutes(30));
        c.tick();
        assertThat(c.screen().banners()).extracting(Banner::message).containsExactly("30 minutes left.");
        v.advance(Banners.SHOWN_FOR.minusSeconds(1));
        c.tick();
        assertThat(c.screen().banners()).hasSize(1);
        v.advance(Duration.ofSeconds(1));
        c.tick();
        assertThat(c.screen().banners()).isEmpty();
        v.advance(Duration.ofMinutes(20));
        c.tick();
        assertThat(c.screen().banners()).hasSize(1);
        press(c, Action.CANCEL);
        assertThat(c.screen().banners()).isEmpty();
    }

    @Test
    void timeAddedByTheInvigilatorIsAnnouncedAndCounted() {
        ViewFixture v = new ViewFixture(dir, Optional.of(new Arrangement(50, "reader", "J. Okafor"))).writing();
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofSeconds(2));
        v.command(ControlCommand.Action.ADD, 10, "fire alarm");
        c.tick();
        assertThat(c.screen().banners()).extracting(Banner::message)
                .containsExactly("The invigilator has added 10 minute(s) (fire alarm).");
        assertThat(SittingScreen.render(c.screen(), 80, 24).lines().get(0).text())
                .endsWith("1:44:58 left (base 0:59:58)");
    }

    @Test
    void theEndOfInputSavesAndLeavesTheSittingToResume() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "typed just before the window closed");
        c.endOfInput();
        assertThat(c.ending()).contains(SittingView.Ending.LEFT);
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "typed just before the window closed");
    }

    @Test
    void theEditorKeysMoveByWhatTheLastFrameShowed() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        type(c, "abcdefghij");
        c.drawn(new Frame(java.util.List.of(), -1, 0, new Frame.AnswerArea(4, 2, 0), 0));
        press(c, Action.UP);
        assertThat(c.screen().cursor()).as("wrapped at 4 columns: up from 'ij|' to 'ef|'").isEqualTo(6);
        press(c, Action.HOME);
        type(c, ">");
        assertThat(c.screen().draft()).isEqualTo(">abcdefghij");
    }
}
