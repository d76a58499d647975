package org.examengine.sitting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;

/**
 * A sitting in progress: every change goes to the journal (forced to disk) before the state moves on, so what
 * {@link #state()} shows is always what a resume would give. {@link #tick} moves the clock: the end of reading
 * time, the warnings, the automatic submission at zero, the heartbeat and the invigilator's commands. Time comes
 * only from the injected clock, so tests step it.
 */
public final class SittingSession implements AutoCloseable {

    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    public static final Duration CONTROL_POLL = Duration.ofSeconds(1);
    static final List<Duration> WARNINGS = List.of(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(5));

    private final Journal journal;
    private final ControlJournal control;
    private final Clock clock;
    private final Paper paper;
    private Sitting state;
    private Instant lastWritten;
    private Instant lastTick;
    private Instant lastPoll = Instant.MIN;

    SittingSession(Sitting state, Journal journal, ControlJournal control, Clock clock, Paper paper) {
        this.state = state;
        this.journal = journal;
        this.control = control;
        this.clock = clock;
        this.paper = paper;
        this.lastWritten = clock.instant();
        this.lastTick = lastWritten;
    }

    public synchronized Sitting state() {
        return state;
    }

    public Paper paper() {
        return paper;
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized boolean canAnswer() {
        return state.phase() == Phase.WRITING && !state.paused();
    }

    /** Saves the whole answer to a question; false (and nothing written) when answering is not open or nothing changed. */
    public synchronized boolean saveAnswer(String question, String text) {
        Objects.requireNonNull(text, "text");
        if (!canAnswer() || text.equals(state.answers().getOrDefault(question, ""))) {
            return false;
        }
        record(new Entry.AnswerSaved(clock.instant(), question(question), text));
        return true;
    }

    public synchronized void flag(String question, boolean flagged) {
        if (state.phase() != Phase.SUBMITTED && state.flagged().contains(question) != flagged) {
            record(new Entry.Flagged(clock.instant(), question(question), flagged));
        }
    }

    public synchronized void moveTo(String question) {
        if (state.phase() != Phase.SUBMITTED && !question.equals(state.current())) {
            record(new Entry.Moved(clock.instant(), question(question)));
        }
    }

    /** The candidate submits; only in writing time. */
    public synchronized boolean submit() {
        if (state.phase() != Phase.WRITING || state.paused()) {
            return false;
        }
        record(new Entry.PhaseChanged(clock.instant(), Phase.SUBMITTED, "submitted by the candidate"));
        return true;
    }

    /** Questions not yet answered (blank or only spaces), in paper order. */
    public synchronized List<PaperQuestion> unanswered() {
        return paper.allQuestions().stream().filter(q -> state.answers().getOrDefault(q.id(), "").isBlank()).toList();
    }

    /** Moves the clock to now and returns what the candidate must be told. */
    public synchronized List<Notice> tick() {
        return tick(() -> { });
    }

    /**
     * As {@link #tick()}, running {@code beforeAnswersClose} just before a pause, the end or the time running out
     * stops answering, so a view can save the words typed since its last save while they can still be saved.
     */
    public synchronized List<Notice> tick(Runnable beforeAnswersClose) {
        List<Notice> notices = new ArrayList<>();
        Instant now = clock.instant();
        if (!now.isBefore(lastPoll.plus(CONTROL_POLL)) || lastPoll.equals(Instant.MIN)) {
            lastPoll = now;
            for (ControlCommand c : control.after(state.lastControl())) {
                if (c.concerns(state.opened().candidate()) && state.phase() != Phase.SUBMITTED) {
                    if (canAnswer() && (c.action() == ControlCommand.Action.PAUSE || c.action() == ControlCommand.Action.END)) {
                        beforeAnswersClose.run();
                    }
                    notices.add(apply(c, now));
                }
            }
        }
        Duration before = state.remainingAt(lastTick);
        lastTick = now;
        if (state.running() && (state.remainingAt(now).isNegative() || state.remainingAt(now).isZero())) {
            Phase next = state.phase() == Phase.READING ? Phase.WRITING : Phase.SUBMITTED;
            if (next == Phase.SUBMITTED) {
                beforeAnswersClose.run();
            }
            record(new Entry.PhaseChanged(now, next, "time"));
            notices.add(next == Phase.WRITING
                    ? new Notice(Notice.Kind.PHASE, "Reading time is over: you may now write your answers.")
                    : new Notice(Notice.Kind.SUBMITTED, "Time is up: your answers have been submitted."));
        } else if (state.phase() == Phase.WRITING) {
            Duration after = state.remainingAt(now);
            for (Duration w : WARNINGS) {
                if (before.compareTo(w) > 0 && after.compareTo(w) <= 0) {
                    notices.add(new Notice(Notice.Kind.WARNING, w.toMinutes() + " minutes left."));
                }
            }
        }
        if (state.phase() != Phase.SUBMITTED && !now.isBefore(lastWritten.plus(HEARTBEAT))) {
            record(new Entry.Heartbeat(now));
        }
        return notices;
    }

    private Notice apply(ControlCommand c, Instant now) {
        record(new Entry.Controlled(now, c));
        String why = c.reason().isEmpty() ? "" : " (" + c.reason() + ")";
        return switch (c.action()) {
            case PAUSE -> new Notice(Notice.Kind.PAUSED, "The invigilator has paused the exam" + why
                    + ". Your clock is stopped; stay where you are.");
            case RESUME -> new Notice(Notice.Kind.RESUMED, "The exam has resumed. Your clock is running again.");
            case ADD -> new Notice(Notice.Kind.TIME, "The invigilator has added " + c.minutes() + " minute(s)" + why + ".");
            case EXTRA -> new Notice(Notice.Kind.TIME, "Your extra time is now " + c.percent() + "%" + why + ".");
            case END -> new Notice(Notice.Kind.SUBMITTED, "The invigilator has ended the exam" + why
                    + ": your answers have been submitted.");
        };
    }

    private String question(String id) {
        if (state.opened().questions().stream().noneMatch(q -> q.id().equals(id))) {
            throw new IllegalArgumentException("no question " + id + " on paper " + paper.id());
        }
        return id;
    }

    private void record(Entry e) {
        journal.append(e);
        state = state.apply(e);
        lastWritten = e.at();
    }

    @Override
    public synchronized void close() {
        journal.close();
    }
}
