package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain mode says the time at the warnings, the phase changes, pauses and time added, and when asked: never on a tick. */
class PlainViewTimeTest {

    private static final Pattern SAYS_A_TIME = Pattern.compile("\\d+ (hour|minute|second)s?\\b");

    @TempDir
    Path dir;

    @Test
    void saysTheTimeOnlyAtTheStartThePhaseChangeTheWarningsAndWhenAsked() {
        try (PlainRig rig = new PlainRig(dir)) {
            rig.begin(Optional.empty());
            rig.screen.expect("No answer yet.");
            Duration step = Duration.ofSeconds(20);
            int steps = 0;
            for (Duration elapsed = step; elapsed.compareTo(Duration.ofMinutes(65)) < 0; elapsed = elapsed.plus(step)) {
                rig.advance(step);
                // two lines answered: the view moved the clock between them, at this step's time
                rig.say("", "Nothing added");
                rig.say("", "Nothing added");
                steps++;
                if (elapsed.equals(Duration.ofMinutes(45))) {
                    rig.say(":time", "Writing time left: 20 minutes.");
                }
            }
            rig.advance(step);
            rig.screen.expect("Time is up: your answers have been submitted.");
            assertThat(rig.ending()).isEqualTo(SittingView.Ending.SUBMITTED);

            String sitting = rig.screen.text().substring(rig.screen.text().indexOf("Anything else stops here."));
            List<String> timeSaid = sitting.lines().filter(l -> SAYS_A_TIME.matcher(l).find()).toList();
            assertThat(timeSaid).containsExactly("Reading time left: 5 minutes.", "Writing time left: 1 hour.",
                    "30 minutes left.", "Writing time left: 20 minutes.", "10 minutes left.", "5 minutes left.");
            assertThat(sitting.lines().filter(l -> l.startsWith("Time is up")).count()).isEqualTo(1);
            assertThat(sitting.lines().filter(l -> l.startsWith("Nothing added")).count())
                    .as("the view was answering and moving the clock all along").isEqualTo(2L * steps);
            assertThat(steps).isGreaterThan(190);
            assertThat(rig.journal().submitCause()).isEqualTo("time");
        }
    }

    @Test
    void aPauseStopsAnswersAndTheClockAndTimeAddedIsSaid() {
        try (PlainRig rig = new PlainRig(dir)) {
            rig.begin(Optional.empty());
            rig.screen.expect("No answer yet.");
            rig.advance(Duration.ofMinutes(5));
            rig.screen.expect("Reading time is over");
            rig.invigilate(ControlCommand.Action.PAUSE, 0, "fire alarm");
            rig.screen.expect("The invigilator has paused the exam (fire alarm). Your clock is stopped; stay where you "
                    + "are.\nTime left when the exam resumes: 59 minutes 59 seconds.");
            rig.say("We listen to the customer", "Not saved: the exam is paused. You can write again when the "
                    + "invigilator resumes it.");
            assertThat(rig.say(":time", "Writing time left: 59 minutes 59 seconds.")).contains(
                    "The exam is paused (fire alarm): your clock is stopped.");
            rig.say(":submit", "You cannot submit while the exam is paused.");

            rig.advance(Duration.ofMinutes(20));
            rig.invigilate(ControlCommand.Action.RESUME, 0, "");
            rig.screen.expect("The exam has resumed. Your clock is running again.\n"
                    + "Writing time left: 59 minutes 59 seconds.");

            rig.invigilate(ControlCommand.Action.ADD, 10, "late start");
            rig.screen.expect("The invigilator has added 10 minute(s) (late start).\n"
                    + "Writing time left: 1 hour 9 minutes 58 seconds.");
            rig.say("We listen to the customer", "Saved, 5 words.");
            assertThat(rig.journal().answers()).containsEntry("L1-201", "We listen to the customer");
        }
    }

    @Test
    void extraTimeIsInTheStartDetailsAndTimeSaysTheBaseLimitToo() {
        try (PlainRig rig = new PlainRig(dir)) {
            rig.begin(Optional.of(new Arrangement(25, "dyslexia", "J. Okafor")));
            assertThat(rig.screen.expect("Reading time left: 6 minutes 15 seconds.")).contains("Extra time: 25 per cent, "
                    + "so reading time is 6 minutes 15 seconds and writing time 1 hour 15 minutes");
            assertThat(rig.say(":time", "writing time is then 1 hour 15 minutes.")).contains(
                    "Your reading time is 6 minutes 15 seconds with your extra time; the base time is 5 minutes.");
            rig.advance(Duration.ofMinutes(7));
            rig.screen.expect("Writing time left: 1 hour 14 minutes 15 seconds.");
        }
    }
}
