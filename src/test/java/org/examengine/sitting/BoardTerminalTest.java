package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both boards driven through a terminal with no person at it: keys in, the screen (or the lines) read back. */
class BoardTerminalTest {

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();
    private final List<SittingSession> sessions = new ArrayList<>();
    private BoardConsole console;

    @BeforeEach
    void room() {
        for (String c : List.of("C01", "C02")) {
            Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), c, clock);
            sessions.add(claim.begin("Centre 1", Optional.empty(), clock));
            claim.close();
        }
        clock.advance(Duration.ofSeconds(1));
        sessions.forEach(SittingSession::tick);
        Room room = new Room(new SittingFiles(dir));
        console = new BoardConsole(room, new RoomControl(room, "J. Smith", clock), clock, "sittings");
    }

    @AfterEach
    void close() {
        sessions.forEach(SittingSession::close);
    }

    private List<ControlCommand> given() {
        return new ControlJournal(new SittingFiles(dir).control()).read();
    }

    /** Waits (at most 10 s) for the board's own thread to get somewhere; the board's clock is not involved. */
    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void theFullScreenBoardTakesATypedCommandShowsItAndRestoresTheTerminal() throws Exception {
        ScreenTerminalOutput screen = new ScreenTerminalOutput(80, 24);
        LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        Attributes before = new Attributes(terminal.getAttributes());
        Thread board = new Thread(() -> new FullScreenBoard(terminal, false, console).run());
        board.start();
        await("the whole board", () -> screen.rows()[0].startsWith("Room sittings · paper T1-2026 · Centre 1 · 09:00:01")
                && screen.text().contains("CANDIDATE") && screen.text().contains("C02") && screen.text().contains("4:59"));
        assertThat(screen.text()).contains("C01", "C02", "reading", "4:59");
        terminal.processInputBytes("pause all fire alarm\r".getBytes(StandardCharsets.UTF_8));
        await("the command", () -> screen.text().contains("Actions: 09:00:01 pause all (fire alarm), by J. Smith")
                && screen.rows()[22].startsWith("09:00:01 pause all (fire alarm), by J. Smith (2 sittings)"));
        assertThat(given()).extracting(ControlCommand::describe).containsExactly("pause all (fire alarm)");
        terminal.processInputBytes("add all ten\r".getBytes(StandardCharsets.UTF_8));
        String error = "'ten' is not minutes: e.g. 'add all 10 fire alarm' or 'add C03 5 machine restarted'";
        // the frame may still be half drawn when the first row shows: wait for both rows
        await("the error, wrapped, not cut", () -> (screen.rows()[21].strip() + " " + screen.rows()[22].strip())
                .equals(error));
        assertThat(given()).hasSize(1);
        terminal.processInputBytes("quit\r".getBytes(StandardCharsets.UTF_8));
        board.join(10_000);
        assertThat(board.isAlive()).isFalse();
        assertThat(terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        assertThat(terminal.getAttributes().getInputFlags()).isEqualTo(before.getInputFlags());
    }

    @Test
    void theFullScreenBoardRedrawsWhenTheTerminalShrinks() throws Exception {
        ScreenTerminalOutput screen = new ScreenTerminalOutput(120, 30);
        LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(120, 30));
        Thread board = new Thread(() -> new FullScreenBoard(terminal, true, console).run());
        board.start();
        await("the board", () -> screen.text().contains("CANDIDATE"));
        screen.screen.setSize(80, 24);
        terminal.setSize(new Size(80, 24));
        await("the smaller board", () -> screen.rows().length == 24 && screen.rows()[23].startsWith("> ")
                && screen.rows()[2].startsWith("CANDIDATE") && screen.rows()[3].startsWith("C01")
                && screen.rows()[22].startsWith("Type a command"));
        assertThat(screen.rows()[3]).startsWith("C01       reading 4:59");
        assertThat(screen.rows()[22]).startsWith("Type a command");
        terminal.processInputBytes(new byte[] {3});
        board.join(10_000);
        assertThat(board.isAlive()).as("Ctrl-C leaves the board").isFalse();
    }

    @Test
    void thePlainBoardShowsTheRoomWhenAskedAndReadsCommandsLineByLine() throws Exception {
        String typed = "pause C02 feels unwell\nboard\nend all\nend all time is up\nno\nquit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            new PlainBoard(terminal, console).run();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u001b[");
        assertThat(text).contains("Room sittings · paper T1-2026 · Centre 1 · 09:00:01");
        assertThat(text).contains("09:00:01 pause C02 (feels unwell), by J. Smith (1 sitting)");
        assertThat(text).contains("Last actions:\n  09:00:01 pause C02 (feels unwell), by J. Smith");
        assertThat(text).contains("end needs a reason");
        assertThat(text).contains("End all 2 sittings still open (time is up)?").contains("Not ended: the sittings go on.");
        assertThat(given()).hasSize(1);
    }
}
