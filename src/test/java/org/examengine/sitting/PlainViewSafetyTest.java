package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is typed is stored as typed and shown harmlessly; Ctrl-C, Ctrl-Z and a closed terminal lose nothing. */
class PlainViewSafetyTest {

    @TempDir
    Path dir;

    private static PlainRig writing(PlainRig rig) {
        rig.begin(Optional.empty());
        rig.screen.expect("No answer yet.");
        rig.advance(Duration.ofMinutes(5));
        rig.screen.expect("Reading time is over");
        return rig;
    }

    @Test
    void escapeSequencesAndControlsAreStoredAsTypedAndNeverReachTheTerminal() {
        String typed = "\u001b[2J\u001b]0;owned\u0007 rude\u202e txet \u0008 tab\there";
        String longLine = "word ".repeat(3000).strip();
        try (PlainRig rig = writing(new PlainRig(dir))) {
            rig.say(typed, "Saved, 6 words.");
            rig.say(longLine, "Saved, 3006 words.");
            rig.say("Здравствуйте, 你好 👋", "Saved, 3009 words.");
            assertThat(rig.say(":show", "Здравствуйте, 你好 👋")).contains(
                    "  ^[[2J^[]0;owned^G rude<U+202E> txet ^H tab    here");
            assertThat(rig.journal().answers().get("L1-201")).isEqualTo(typed + "\n" + longLine + "\nЗдравствуйте, 你好 👋");
            assertThat(rig.screen.text()).doesNotContain("\u001b", "\u0007", "\u202e", "\u0008", "\t");
        }
    }

    @Test
    void theEndOfInputLeavesWithEveryLineSavedEvenOneCutShort() {
        try (PlainRig rig = writing(new PlainRig(dir))) {
            rig.say("Greet the customer", "Saved, 3 words.");
            rig.keyboard.type("and smi");
            rig.keyboard.end();
            assertThat(rig.ending()).isEqualTo(SittingView.Ending.LEFT);
            assertThat(rig.screen.expect("The terminal has closed. Every line you entered is saved")).contains(
                    "Saved, 5 words.");
            Sitting s = rig.journal();
            assertThat(s.phase()).isEqualTo(Phase.WRITING);
            assertThat(s.answers()).containsEntry("L1-201", "Greet the customer\nand smi");
        }
    }

    @Test
    void ctrlCAndCtrlZSayNothingIsLostAndHowToLeaveAndTheSittingGoesOn() {
        try (PlainRig rig = writing(new PlainRig(dir, PlainViewSafetyTest::lineMode))) {
            rig.keyboard.type("\u0003");
            rig.screen.expect("Ctrl-C does not stop the exam. Every line you have entered is saved. If you must leave, "
                    + "the invigilator types :leave and then LEAVE.");
            rig.keyboard.type("\u001a");
            rig.screen.expect("Ctrl-Z does not pause the exam; your clock is still running. Every line you have "
                    + "entered is saved.");
            rig.say("Still here", "Saved, 2 words.");
            rig.say(":leave", "type LEAVE");
            rig.say("leave", "Not left: the exam carries on.");
            rig.say(":leave", "type LEAVE");
            rig.say("LEAVE", "Left. Every answer is saved");
            assertThat(rig.ending()).isEqualTo(SittingView.Ending.LEFT);
            assertThat(rig.journal().answers()).containsEntry("L1-201", "Still here");
        }
    }

    @Test
    void inLineModeAPastedEscapeEchoesAsCaretsAndCtrlDIsJustAKeyUntilTheViewCloses() {
        try (PlainRig rig = new PlainRig(dir, PlainViewSafetyTest::lineMode)) {
            Attributes during = rig.terminal.getAttributes();
            assertThat(during.getLocalFlag(Attributes.LocalFlag.ECHOCTL)).isTrue();
            assertThat(during.getControlChar(Attributes.ControlChar.VEOF)).isZero();
            assertThat(during.getControlChar(Attributes.ControlChar.VQUIT)).isZero();
            assertThat(during.getControlChar(Attributes.ControlChar.VINTR)).isEqualTo(3);
            rig.view.close();
            Attributes after = rig.terminal.getAttributes();
            assertThat(after.getLocalFlag(Attributes.LocalFlag.ECHOCTL)).isFalse();
            assertThat(after.getControlChar(Attributes.ControlChar.VEOF)).isEqualTo(4);
            assertThat(after.getControlChar(Attributes.ControlChar.VQUIT)).isEqualTo(28);
            assertThat(rig.terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN))
                    .as("the handler the view replaced is back").isEqualTo(Terminal.SignalHandler.SIG_DFL);
        }
    }

    @Test
    void aLineStartingWithTwoColonsIsAnswerTextAndAnUnknownCommandSavesNothing() {
        try (PlainRig rig = writing(new PlainRig(dir))) {
            rig.say(":smile", "There is no command :smile. Nothing was saved.");
            rig.say("::) is a smile", "Saved, 4 words.");
            assertThat(rig.journal().answers()).containsEntry("L1-201", ":) is a smile");
        }
    }

    /** A terminal in its normal line mode, signals on, with the usual keys; ECHOCTL off to see it turned on. */
    private static void lineMode(Attributes a) {
        a.setLocalFlag(Attributes.LocalFlag.ICANON, true);
        a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        a.setLocalFlag(Attributes.LocalFlag.ECHOCTL, false);
        a.setControlChar(Attributes.ControlChar.VINTR, 3);
        a.setControlChar(Attributes.ControlChar.VSUSP, 26);
        a.setControlChar(Attributes.ControlChar.VEOF, 4);
        a.setControlChar(Attributes.ControlChar.VQUIT, 28);
    }
}
