package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate sits a paper in plain mode, typing lines at a dumb terminal; the journal holds what they saw saved. */
class PlainViewTest {

    @TempDir
    Path dir;

    @Test
    void sitsThePaperFromTheStartScreenToSubmission() {
        try (PlainRig rig = new PlainRig(dir)) {
            rig.begin(Optional.empty());
            assertThat(rig.screen.expect("Reading time left: 5 minutes.")).contains("Candidate: C01", "Centre: Centre 1",
                    "Paper: T1-2026, Level 1", "Questions: 4, worth 10 marks in all", "Reading time: 5 minutes",
                    "Writing time: 1 hour", "Extra time: none", "type yes");
            assertThat(rig.screen.expect("No answer yet.")).contains("Question 1, 2 marks. (1 of 4)",
                    "State two ways to greet a customer.");

            assertThat(rig.say("Say hello", "Not saved")).endsWith("Not saved");
            rig.screen.expect("this is reading time. Answering opens in 5 minutes, when reading time ends.");
            assertThat(rig.journal().answers()).isEmpty();

            rig.advance(Duration.ofMinutes(5));
            rig.screen.expect("Reading time is over: you may now write your answers.\nWriting time left: 1 hour.\n"
                    + "You are on question 1.");

            rig.say("Say good morning", "Saved, 3 words.");
            assertThat(rig.journal().answers()).as("saved to disk before Saved was said")
                    .containsEntry("L1-201", "Say good morning");
            rig.say("and smile 😀 Здравствуйте", "Saved, 7 words.");

            assertThat(rig.say(":next", "No answer yet.")).contains("Question 2, 3 marks. (2 of 4)",
                    "Explain why first impressions matter.");
            rig.say(":flag", "Question 2 is flagged for review.");
            assertThat(rig.say(":list", "You are on question 2.")).contains(
                    "Question 1, 2 marks: answered, 7 words.",
                    "Question 2, 3 marks: unanswered, flagged.",
                    "Question 3a, 2 marks: unanswered.",
                    "Question 3b, 3 marks: unanswered.");

            rig.advance(Duration.ofMinutes(3));
            assertThat(rig.say(":time", "Writing time left: 57 minutes.")).doesNotContain("base time");

            assertThat(rig.say(":submit", "Type yes to submit")).contains("Unanswered: 2, 3a, 3b.",
                    "Flagged for review: 2.");
            rig.say("yes", "Your answers have been submitted.");
            assertThat(rig.ending()).isEqualTo(SittingView.Ending.SUBMITTED);

            Sitting s = rig.journal();
            assertThat(s.phase()).isEqualTo(Phase.SUBMITTED);
            assertThat(s.submitCause()).isEqualTo("submitted by the candidate");
            assertThat(s.answers()).containsExactly(java.util.Map.entry("L1-201",
                    "Say good morning\nand smile 😀 Здравствуйте"));
            assertThat(s.flagged()).containsExactly("L1-202");
            assertThat(s.current()).isEqualTo("L1-202");
        }
    }

    @Test
    void anythingButYesAtTheStartScreenBeginsNothing() {
        try (PlainRig rig = new PlainRig(dir)) {
            rig.keyboard.type("no, that is not me\n");
            assertThat(rig.view.confirm(rig.details(0))).isFalse();
            assertThat(rig.screen.expect("Not begun.")).contains("Candidate: C01");
            rig.keyboard.end();
            assertThat(rig.view.confirm(rig.details(0))).as("the terminal went away").isFalse();
        }
    }

    @Test
    void theStartScreenOfAResumeSaysWhatWasSavedTheTimeLeftAndTheSkippedLine() throws Exception {
        try (PlainRig first = new PlainRig(dir)) {
            first.begin(Optional.empty());
            first.screen.expect("No answer yet.");
            first.advance(Duration.ofMinutes(5));
            first.screen.expect("Reading time is over");
            first.say("Smile and say good morning", "Saved, 5 words.");
            first.advance(Duration.ofMinutes(10));
            first.say(":leave", "type LEAVE");
            first.say("LEAVE", "Every answer is saved");
            assertThat(first.ending()).isEqualTo(SittingView.Ending.LEFT);
        }
        Path journal = new SittingFiles(dir).journal("C01", "T1-2026");
        Files.writeString(journal, "{\"seq\":99,\"torn", StandardOpenOption.APPEND);
        try (PlainRig again = new PlainRig(dir).later(Duration.ofMinutes(30)); Claim claim = Claim.of(new SittingFiles(dir), again.paper, "C01",
                again.clock)) {
            Sitting s = claim.existing().orElseThrow();
            StartDetails d = new StartDetails("C01", "Centre 1", "T1-2026", 1, 4, 10, 5, 60, 0, Optional.of(
                    new StartDetails.Resumed(s.phase(), s.answers().size(), s.remainingAt(s.lastAt()), claim.tornTail())));
            again.keyboard.type("yes\n");
            assertThat(again.view.confirm(d)).isTrue();
            assertThat(again.screen.text()).contains("This sitting has begun before", "Answers saved: 1",
                    "Time left: 50 minutes of writing time", "Note: the last line of the journal was incomplete",
                    "the last line is torn or damaged", "to carry on.");
            again.session = claim.resume(false, Optional.empty(), again.clock);
            again.start();
            assertThat(again.screen.expect("Writing time left: 50 minutes.")).contains(
                    "Your sitting carries on in writing time.");
            assertThat(again.screen.expect("  Smile and say good morning")).contains("Your answer so far, 5 words:");
        }
    }

    @Test
    void movesBetweenQuestionsShowingAScenarioBeforeEachOfItsParts() {
        try (PlainRig rig = new PlainRig(dir).begin(Optional.empty())) {
            rig.screen.expect("No answer yet.");
            rig.say(":prev", "This is the first question.");
            assertThat(rig.say(":go 3", "What should Sam say first?")).contains("Question 3a, 2 marks. (3 of 4)\n"
                    + "Scenario for questions 3a, 3b:\nSam answers the phone at a garden centre.\n");
            assertThat(rig.say(":NEXT", "How should Sam end the call?")).contains("Question 3b, 3 marks. (4 of 4)\n"
                    + "Scenario for questions 3a, 3b:\nSam answers the phone at a garden centre.\n");
            rig.say(":next", "This is the last question.");
            rig.say(":go 9", "There is no question 9. The questions are 1, 2, 3a, 3b.");
            rig.say(":go", "Say which question, such as :go 1.");
            rig.say(":flag", "Question 3b is flagged for review.");
            assertThat(rig.say(":go 3B", "No answer yet.")).contains("You have flagged this question for review.");
            rig.say(":unflag", "Question 3b is no longer flagged.");
            assertThat(rig.say(":help", "type two colons.")).contains(":go followed by a number", ":leave is for the "
                    + "invigilator");
            Sitting s = rig.journal();
            assertThat(s.current()).isEqualTo("L1-302");
            assertThat(s.flagged()).isEmpty();
        }
    }

    @Test
    void clearingAnAnswerAsksFirstAndSubmittingCanBeCalledOff() {
        try (PlainRig rig = new PlainRig(dir).begin(Optional.empty())) {
            rig.screen.expect("No answer yet.");
            rig.say(":submit", "You cannot submit in reading time");
            rig.advance(Duration.ofMinutes(5));
            rig.screen.expect("Reading time is over");
            rig.say(":clear", "Question 1 has no answer to clear.");
            rig.say("Good morning, how can I help?", "Saved, 6 words.");
            rig.say(":clear", "Clear your whole answer to question 1 (6 words)? Type yes to clear it");
            rig.say("no", "Kept: your answer to question 1 is unchanged.");
            assertThat(rig.journal().answers()).containsEntry("L1-201", "Good morning, how can I help?");
            rig.say(":clear", "Type yes to clear it");
            rig.say("yes", "Cleared: question 1 has no answer now.");
            assertThat(rig.journal().answers()).containsEntry("L1-201", "");
            assertThat(rig.say(":submit", "Type yes to submit")).contains("Unanswered: 1, 2, 3a, 3b.");
            rig.say("not yet", "Not submitted. Carry on");
            rig.say("Hello", "Saved, 1 word.");
            assertThat(rig.journal().phase()).isEqualTo(Phase.WRITING);
        }
    }
}
