package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.examengine.paper.Paper;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A plain-mode sitting under test: a JLine {@link DumbTerminal} over a typed input and a captured output, a
 * stepped clock, and the view running on its own thread as it would at a real terminal, the test typing and
 * reading the screen like a candidate.
 */
final class PlainRig implements AutoCloseable {

    /** Short, so a test waits little for the view to move the clock after a step; the clock itself is stepped. */
    static final Duration POLL = Duration.ofMillis(2);

    final SteppedClock clock = SteppedClock.at9();
    final PlainKeyboard keyboard = new PlainKeyboard();
    final PlainScreen screen = new PlainScreen();
    final Terminal terminal;
    final PlainView view;
    final Path dir;
    final Paper paper = Papers.small();
    SittingSession session;
    private CompletableFuture<SittingView.Ending> running;

    PlainRig(Path dir) {
        this(dir, attributes -> { });
    }

    /** {@code terminalMode} sets the terminal up before the view starts, as a real one would be. */
    PlainRig(Path dir, Consumer<Attributes> terminalMode) {
        this.dir = dir;
        try {
            terminal = new DumbTerminal("plain-test", Terminal.TYPE_DUMB, keyboard, screen, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attributes mode = terminal.getAttributes();
        terminalMode.accept(mode);
        terminal.setAttributes(mode);
        view = new PlainView(terminal, POLL);
    }

    /** The clock starts this much after nine: for a second run of the program after the first. */
    PlainRig later(Duration d) {
        clock.advance(d);
        return this;
    }

    StartDetails details(int extra) {
        return new StartDetails("C01", "Centre 1", paper.id(), paper.level(), paper.allQuestions().size(), paper.marks(),
                paper.reading(), paper.duration(), extra, Optional.empty());
    }

    /** Types yes at the start screen, begins the sitting and starts the view on its own thread. */
    PlainRig begin(Optional<Arrangement> extra) {
        keyboard.type("yes\n");
        assertThat(view.confirm(details(extra.map(Arrangement::percent).orElse(0)))).isTrue();
        try (Claim claim = Claim.of(new SittingFiles(dir), paper, "C01", clock)) {
            session = claim.begin("Centre 1", extra, clock);
        }
        start();
        return this;
    }

    void start() {
        running = CompletableFuture.supplyAsync(() -> view.run(session), runnable -> {
            Thread t = new Thread(runnable, "plain-view");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Types a line and waits for the view's reply; returns the screen from the line to the reply. */
    String say(String line, String reply) {
        keyboard.type(line + "\n");
        return screen.expect(reply);
    }

    /**
     * Moves the clock. Under the session's lock, the lock every {@link SittingSession#tick} takes, so the view's
     * thread sees the new time on its next tick.
     */
    void advance(Duration d) {
        synchronized (session) {
            clock.advance(d);
        }
    }

    /**
     * The invigilator gives a command and a second passes, the sitting's next look at the control journal. Both
     * under the session's lock, so the view applies the command at that second, never before the clock moves.
     */
    void invigilate(ControlCommand.Action action, int minutes, String reason) {
        synchronized (session) {
            new ControlJournal(new SittingFiles(dir).control()).append(new ControlCommand(0, clock.instant(), action,
                    ControlCommand.ALL, minutes, 0, reason, "invigilator"), clock.instant());
            clock.advance(Duration.ofSeconds(1));
        }
    }

    SittingView.Ending ending() {
        try {
            return running.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the view did not finish; the screen shows:\n" + screen.text(), e);
        }
    }

    /** The sitting as a resume would find it: the journal read back from disk and replayed. */
    Sitting journal() {
        Journal.Contents c = Journal.read(new SittingFiles(dir).journal("C01", paper.id()), "journal");
        return Sitting.replay(c.entries());
    }

    @Override
    public void close() {
        keyboard.end();
        if (running != null && !running.isDone()) {
            ending();
        }
        view.close();
        if (session != null) {
            session.close();
        }
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(screen.text()).as("plain mode never writes an escape character").doesNotContain("\u001b");
    }
}
