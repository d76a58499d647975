package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's command line against a room of real sittings: what is given, what is asked, what is refused. */
class BoardConsoleTest {

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();
    private final List<SittingSession> sessions = new ArrayList<>();
    private BoardConsole console;

    @BeforeEach
    void room() {
        for (String c : List.of("C01", "C02", "C03")) {
            Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), c, clock);
            sessions.add(claim.begin("Centre 1", Optional.empty(), clock));
            claim.close();
        }
        Room room = new Room(new SittingFiles(dir));
        console = new BoardConsole(room, new RoomControl(room, "J. Smith", clock), clock, "sittings");
        tick(Duration.ofMinutes(6));
    }

    @AfterEach
    void close() {
        sessions.forEach(SittingSession::close);
    }

    private void tick(Duration d) {
        for (long i = 0; i < d.getSeconds(); i++) {
            clock.advance(Duration.ofSeconds(1));
            sessions.forEach(SittingSession::tick);
        }
    }

    private List<ControlCommand> given() {
        return new ControlJournal(new SittingFiles(dir).control()).read();
    }

    @Test
    void anActionIsWrittenWithWhoWhenAndWhyAndReachesTheSittings() {
        BoardConsole.Reply r = console.handle("pause all fire alarm");
        assertThat(r.tone()).isEqualTo(BoardConsole.Reply.Tone.DONE);
        assertThat(r.lines()).containsExactly("09:06:00 pause all (fire alarm), by J. Smith (3 sittings)");
        assertThat(given()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("J. Smith");
            assertThat(c.at()).isEqualTo(clock.instant());
            assertThat(c.reason()).isEqualTo("fire alarm");
        });
        tick(Duration.ofSeconds(2));
        assertThat(sessions).allSatisfy(s -> assertThat(s.state().paused()).isTrue());
        console.refresh();
        assertThat(console.board().rows()).extracting(RoomRow::status).containsOnly(RoomRow.Status.PAUSED);
        assertThat(BoardText.actions(console.board(), 3)).containsExactly("09:06:00 pause all (fire alarm), by J. Smith");
    }

    @Test
    void endingAsksFirstAndAnythingButYesKeepsTheSittingsGoing() {
        BoardConsole.Reply ask = console.handle("end all time is up");
        assertThat(ask.tone()).isEqualTo(BoardConsole.Reply.Tone.ASK);
        assertThat(ask.lines().get(0)).isEqualTo("End all 3 sittings still open (time is up)? Answers are submitted; "
                + "it cannot be undone. Type yes to end, anything else to keep going.");
        assertThat(console.asking()).isTrue();
        assertThat(console.handle("no").lines()).containsExactly("Not ended: the sittings go on.");
        assertThat(given()).isEmpty();
        console.handle("end C02 taken ill");
        assertThat(console.handle("YES").lines().get(0)).contains("end C02 (taken ill), by J. Smith (1 sitting)");
        tick(Duration.ofSeconds(2));
        assertThat(sessions.get(1).state().phase()).isEqualTo(Phase.SUBMITTED);
        assertThat(sessions.get(0).state().phase()).isEqualTo(Phase.WRITING);
        assertThat(console.handle("pause C02 too late").lines())
                .containsExactly("C02's sitting has been submitted: it cannot be changed");
    }

    @Test
    void aCandidateNotInTheRoomIsRefusedAndACaseSlipIsForgiven() {
        BoardConsole.Reply r = console.handle("add C09 5 machine restarted");
        assertThat(r.tone()).isEqualTo(BoardConsole.Reply.Tone.ERROR);
        assertThat(r.lines()).containsExactly("no candidate C09 in this room (C01, C02, C03)");
        assertThat(console.handle("add c03 5 machine restarted").lines().get(0))
                .contains("add 5 min to C03 (machine restarted)");
        assertThat(given()).extracting(ControlCommand::target).containsExactly("C03");
    }

    @Test
    void extraTimeRecordsWhoApprovedItAndTheSittingKeepsTheArrangement() {
        console.handle("extra C01 25 dyslexia; approved J. Okafor");
        tick(Duration.ofSeconds(2));
        Sitting s = sessions.get(0).state();
        assertThat(s.timing().percent()).isEqualTo(25);
        assertThat(s.arrangements()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("dyslexia");
            assertThat(a.approvedBy()).isEqualTo("J. Okafor");
        });
        assertThat(given().get(0).by()).isEqualTo("J. Smith");
    }

    @Test
    void aRoomThatCannotBeReadIsAMessageNotACrash() throws Exception {
        console.refresh();
        java.nio.file.Files.createDirectory(new SittingFiles(dir).control());
        Optional<BoardConsole.Reply> problem = console.refresh();
        assertThat(problem).hasValueSatisfying(r -> {
            assertThat(r.tone()).isEqualTo(BoardConsole.Reply.Tone.ERROR);
            assertThat(r.lines().get(0)).startsWith("cannot read sittings: ");
        });
        assertThat(console.board().rows()).as("what was read last").hasSize(3);
        BoardConsole.Reply r = console.handle("pause all fire alarm");
        assertThat(r.tone()).isEqualTo(BoardConsole.Reply.Tone.ERROR);
        assertThat(r.lines().get(0)).startsWith("cannot read or write sittings: ");
    }

    @Test
    void badLinesHelpAndQuitAreAnsweredWithoutTouchingTheRoom() {
        assertThat(console.handle("pause all").tone()).isEqualTo(BoardConsole.Reply.Tone.ERROR);
        assertThat(console.handle("help").request()).isEqualTo(BoardConsole.Reply.Request.HELP);
        assertThat(console.handle("board").request()).isEqualTo(BoardConsole.Reply.Request.BOARD);
        assertThat(console.handle("quit").request()).isEqualTo(BoardConsole.Reply.Request.QUIT);
        assertThat(given()).isEmpty();
    }
}
