package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitting's timing and rules, with a clock the test steps: no sleeping. */
class SittingSessionTest {

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();

    private SittingSession begin(Optional<Arrangement> extra) {
        Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock);
        SittingSession s = claim.begin("Centre 1", extra, clock);
        claim.close();
        return s;
    }

    /** Ticks every second for the given minutes, collecting what the candidate is told. */
    private List<Notice> run(SittingSession s, long minutes) {
        List<Notice> all = new ArrayList<>();
        for (long i = 0; i < minutes * 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            all.addAll(s.tick());
        }
        return all;
    }

    @Test
    void readingTimeLetsTheCandidateReadButNotAnswerThenWritingTimeOpens() {
        try (SittingSession s = begin(Optional.empty())) {
            assertThat(s.state().phase()).isEqualTo(Phase.READING);
            assertThat(s.saveAnswer("L1-201", "hello")).isFalse();
            List<Notice> told = run(s, 5);
            assertThat(s.state().phase()).isEqualTo(Phase.WRITING);
            assertThat(told).extracting(Notice::kind).containsExactly(Notice.Kind.PHASE);
            assertThat(s.saveAnswer("L1-201", "Say good morning\nand smile")).isTrue();
            assertThat(s.state().answers()).containsEntry("L1-201", "Say good morning\nand smile");
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(Duration.ofMinutes(60));
        }
    }

    @Test
    void warnsAtThirtyTenAndFiveMinutesOnceEachAndSubmitsAtZero() {
        try (SittingSession s = begin(Optional.empty())) {
            run(s, 5);
            List<Notice> told = run(s, 61);
            assertThat(told).extracting(Notice::message).containsExactly("30 minutes left.", "10 minutes left.",
                    "5 minutes left.", "Time is up: your answers have been submitted.");
            assertThat(s.state().phase()).isEqualTo(Phase.SUBMITTED);
            assertThat(s.state().submitCause()).isEqualTo("time");
            assertThat(s.saveAnswer("L1-201", "too late")).isFalse();
        }
    }

    @Test
    void extraTimeStretchesBothPhasesAndTheBaseStaysVisible() {
        try (SittingSession s = begin(Optional.of(new Arrangement(25, "dyslexia", "J. Okafor")))) {
            run(s, 6);
            assertThat(s.state().phase()).as("5 min reading + 25 %% = 6:15").isEqualTo(Phase.READING);
            clock.advance(Duration.ofSeconds(15));
            s.tick();
            assertThat(s.state().phase()).isEqualTo(Phase.WRITING);
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(Duration.ofMinutes(75));
            assertThat(s.state().baseRemainingAt(clock.instant())).isEqualTo(Duration.ofMinutes(60));
            assertThat(s.state().arrangements()).extracting(Entry.Arranged::approvedBy).containsExactly("J. Okafor");
        }
    }

    @Test
    void aPauseStopsTheClockAndMinutesAddedToTheRoomKeepTheConcessionInProportion() {
        ControlJournal control = new ControlJournal(new SittingFiles(dir).control());
        try (SittingSession s = begin(Optional.of(new Arrangement(50, "injury", "head of centre")))) {
            run(s, 8); // reading 7:30, then 0:30 of writing
            Duration left = s.state().remainingAt(clock.instant());
            control.append(command(ControlCommand.Action.PAUSE, "all", 0, "fire alarm"), clock.instant());
            assertThat(run(s, 1)).extracting(Notice::kind).containsExactly(Notice.Kind.PAUSED);
            assertThat(s.canAnswer()).isFalse();
            run(s, 20);
            control.append(command(ControlCommand.Action.RESUME, "all", 0, ""), clock.instant());
            clock.advance(Duration.ofSeconds(1));
            s.tick();
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(left.minusSeconds(1));
            control.append(command(ControlCommand.Action.ADD, "all", 10, "alarm"), clock.instant());
            control.append(command(ControlCommand.Action.ADD, "C01", 3, "machine fault"), clock.instant());
            clock.advance(Duration.ofSeconds(1));
            s.tick();
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(left.minusSeconds(2).plusMinutes(15 + 3));
        }
    }

    @Test
    void commandsGivenBeforeTheSittingBeganAreNotApplied() {
        new ControlJournal(new SittingFiles(dir).control()).append(command(ControlCommand.Action.END, "all", 0, "last week"),
                clock.instant());
        try (SittingSession s = begin(Optional.empty())) {
            run(s, 6);
            assertThat(s.state().phase()).isEqualTo(Phase.WRITING);
        }
    }

    @Test
    void resumingAfterACrashKeepsTheAnswersAndDoesNotChargeTheDowntimeUnlessAsked() {
        Duration left;
        try (SittingSession s = begin(Optional.empty())) {
            run(s, 15);
            s.saveAnswer("L1-202", "It sets the tone");
            s.flag("L1-202", true);
            s.moveTo("L1-301");
            left = s.state().remainingAt(clock.instant());
        }
        clock.advanceMinutes(20);
        try (Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock);
             SittingSession s = claim.resume(false, Optional.empty(), clock)) {
            assertThat(s.state().answers()).containsEntry("L1-202", "It sets the tone");
            assertThat(s.state().flagged()).containsExactly("L1-202");
            assertThat(s.state().current()).isEqualTo("L1-301");
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(left);
        }
        clock.advanceMinutes(7);
        try (Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock);
             SittingSession s = claim.resume(true, Optional.empty(), clock)) {
            assertThat(s.state().remainingAt(clock.instant())).isEqualTo(left.minusMinutes(7));
        }
    }

    @Test
    void aSecondWindowForTheSameSittingIsRefusedAndTheLockGoesWithTheFirst() {
        Claim first = Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock);
        assertThatThrownBy(() -> Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock))
                .isInstanceOf(ExamException.class).hasMessageContaining("C01 is already sitting T1-2026 in another window");
        first.close();
        Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock).close();
    }

    @Test
    void aSubmittedSittingCannotBeReopenedOnlyRead() {
        try (SittingSession s = begin(Optional.empty())) {
            run(s, 6);
            s.saveAnswer("L1-201", "Smile");
            assertThat(s.submit()).isTrue();
        }
        try (Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), "C01", clock)) {
            assertThat(claim.existing().orElseThrow().answers()).containsEntry("L1-201", "Smile");
            assertThatThrownBy(() -> claim.resume(false, Optional.empty(), clock)).isInstanceOf(ExamException.class)
                    .hasMessageContaining("was submitted").hasMessageContaining("cannot be reopened");
        }
    }

    @Test
    void resumingAgainstAChangedPaperIsRefusedNamingTheQuestion() {
        begin(Optional.empty()).close();
        assertThatThrownBy(() -> Claim.of(new SittingFiles(dir), Papers.small("State three ways to greet."), "C01", clock))
                .isInstanceOf(ExamException.class).hasMessageContaining("the wording of question 1 (L1-201) has changed");
    }

    private static ControlCommand command(ControlCommand.Action a, String target, int minutes, String reason) {
        return new ControlCommand(0, java.time.Instant.EPOCH, a, target, minutes, 0, reason, "invigilator");
    }
}
