package org.examengine.sitting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plain-mode sitting loop on one thread: move the clock ({@link SittingSession#tick}), say what it brought,
 * then wait a moment for a line and act on it. So warnings, pauses and the submission at zero are told while
 * the candidate is idle, and time is said only then, or when asked.
 */
final class PlainSitting {

    private static final String HOW_TO_ANSWER = "Type your answer a line at a time; each line is saved when you press "
            + "Enter.";

    private final SittingSession session;
    private final PlainOutput out;
    private final PlainInput in;
    private final Duration poll;
    private final Runnable interruptions;
    private final PlainCommands commands;

    /** {@code interruptions} tells the candidate about any Ctrl-C or Ctrl-Z caught since it last ran. */
    PlainSitting(SittingSession session, PlainOutput out, PlainInput in, Duration poll, Runnable interruptions) {
        this.session = session;
        this.out = out;
        this.in = in;
        this.poll = poll;
        this.interruptions = interruptions;
        this.commands = new PlainCommands(session, out);
    }

    SittingView.Ending run(boolean resumed) {
        if (session.state().phase() == Phase.SUBMITTED) {
            return SittingView.Ending.SUBMITTED;
        }
        begin(resumed);
        while (true) {
            interruptions.run();
            for (Notice n : session.tick()) {
                announce(n);
            }
            if (session.state().phase() == Phase.SUBMITTED) {
                return SittingView.Ending.SUBMITTED;
            }
            PlainInput.Read read = in.next(poll);
            if (read.kind() == PlainInput.Kind.ENDED) {
                out.notice(List.of("The terminal has closed. Every line you entered is saved; run the same command "
                        + "again to carry on."));
                return SittingView.Ending.LEFT;
            }
            if (read.kind() == PlainInput.Kind.LINE) {
                Optional<SittingView.Ending> ending = commands.line(read.line());
                if (ending.isPresent()) {
                    return ending.get();
                }
            }
        }
    }

    private void begin(boolean resumed) {
        Sitting s = session.state();
        List<String> lines = new ArrayList<>();
        lines.add("");
        if (s.paused()) {
            lines.add("The exam is paused (" + s.pausedFor() + "). Your clock is stopped; stay where you are.");
        } else if (resumed) {
            lines.add("Your sitting carries on in " + s.phase().label() + ".");
        } else {
            lines.add("Reading time has begun. Read the questions; you can answer when reading time ends.");
        }
        lines.add(PlainText.timeLeft(s, session.now()));
        lines.add("Type :help for the commands; :next and :prev move between questions.");
        if (s.phase() == Phase.WRITING && !s.paused()) {
            lines.add(HOW_TO_ANSWER);
        }
        lines.add("");
        out.lines(lines);
        commands.showCurrent();
    }

    private void announce(Notice n) {
        Sitting s = session.state();
        List<String> lines = new ArrayList<>();
        lines.add(n.message());
        switch (n.kind()) {
            case PHASE -> {
                lines.add(PlainText.timeLeft(s, session.now()));
                lines.add("You are on question " + commands.current(s).number() + ". " + HOW_TO_ANSWER);
            }
            case PAUSED -> lines.add("Time left when the exam resumes: " + PlainText.duration(s.remainingAt(session.now()))
                    + ".");
            case RESUMED, TIME -> lines.add(PlainText.timeLeft(s, session.now()));
            default -> {
                // a warning says the time itself; a submission needs no time
            }
        }
        out.notice(lines);
    }
}
