package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.PaperQuestion;

/**
 * The full-screen sitting without the terminal: keys in, {@link ScreenState} out. It moves the sitting through
 * {@link SittingSession} (every change journalled before the screen shows it), keeps the answer being written
 * and saves it as {@link DraftKeeper} says, turns the session's notices into banners, and says when the sitting
 * has ended. Its methods are synchronized: a shutdown hook may save while the loop is reading keys.
 */
final class SittingController {

    /** How long the "submitted" screen stays before the view returns on its own. */
    static final Duration SUBMITTED_SHOWN = Duration.ofSeconds(5);
    /** Keys typed this soon after submission are taken as typing ahead, not as "finish". */
    static final Duration SUBMITTED_GRACE = Duration.ofSeconds(2);
    static final String LEAVE_WORD = "LEAVE";

    private final SittingSession session;
    private final DraftKeeper draft;
    private final Banners banners = new Banners();
    private ScreenMode mode = ScreenMode.ANSWER;
    private boolean quietClock;
    private int listSelection;
    private int readTop;
    private Frame.AnswerArea area = new Frame.AnswerArea(60, 10, 0);
    private int frameRows = 24;
    private String leaveTyped = "";
    private boolean leaveDespiteUnsaved;
    private String interruptKey = "";
    private Instant submittedSeen;
    private SittingView.Ending ending;
    private boolean clearRequested;

    SittingController(SittingSession session) {
        this.session = session;
        this.draft = new DraftKeeper(session);
    }

    /** Moves the clock: ends phases, shows warnings and the invigilator's commands, saves a paused-over answer. */
    synchronized void tick() {
        if (ending != null) {
            return;
        }
        Instant now = session.now();
        for (Notice n : session.tick(draft::save)) {
            banners.add(Banner.of(n, now));
        }
        if (session.state().phase() == Phase.SUBMITTED) {
            submitted(now);
        } else {
            draft.saveIfDue(now);
        }
        banners.expire(now);
    }

    synchronized void handle(KeyInput key) {
        if (ending != null) {
            return;
        }
        Instant now = session.now();
        Action a = key.action();
        if (session.state().phase() == Phase.SUBMITTED) {
            submitted(now);
            if (a != Action.IGNORE && !now.isBefore(submittedSeen.plus(SUBMITTED_GRACE))) {
                ending = SittingView.Ending.SUBMITTED;
            }
            return;
        }
        switch (a) {
            case INTERRUPT -> interrupted(key.name());
            case LEAVE -> {
                draft.save();
                leaveTyped = "";
                mode = ScreenMode.LEAVE;
            }
            case CLOCK -> quietClock = !quietClock;
            case REDRAW -> clearRequested = true;
            default -> {
                if (mode == ScreenMode.LEAVE) {
                    leaveKey(key, now);
                } else if (a == Action.CANCEL && mode == ScreenMode.ANSWER || session.state().paused()) {
                    banners.dismiss();
                } else {
                    modeKey(key, now);
                }
            }
        }
    }

    private void modeKey(KeyInput key, Instant now) {
        Action a = key.action();
        switch (mode) {
            case LIST -> listKey(a);
            case SUBMIT -> {
                if (a == Action.TYPE && key.text().equalsIgnoreCase("y")) {
                    submit(now);
                } else if (a == Action.CANCEL || a == Action.TYPE && key.text().equalsIgnoreCase("n")) {
                    mode = ScreenMode.ANSWER;
                }
            }
            case HELP, INTERRUPTED -> mode = ScreenMode.ANSWER;
            case READ -> readKey(a);
            default -> new AnswerKeys(this).handle(key, now);
        }
    }

    /** Ctrl-C and the like, or the signal they would have sent: save, and say calmly that nothing is lost. */
    synchronized void interrupted(String keyName) {
        draft.save();
        interruptKey = keyName;
        mode = ScreenMode.INTERRUPTED;
    }

    private void leaveKey(KeyInput key, Instant now) {
        switch (key.action()) {
            case TYPE -> {
                if (leaveTyped.length() < 2 * LEAVE_WORD.length()) {
                    leaveTyped += key.text();
                }
            }
            case BACKSPACE -> leaveTyped = leaveTyped.isEmpty() ? "" : leaveTyped.substring(0, leaveTyped.length() - 1);
            case CANCEL -> mode = ScreenMode.ANSWER;
            case NEWLINE -> {
                boolean word = leaveTyped.strip().equalsIgnoreCase(LEAVE_WORD);
                leaveTyped = "";
                if (!word) {
                    banners.add(Tone.NOTICE, "Not left: type LEAVE, then press Enter.", now);
                } else if (draft.save() || leaveDespiteUnsaved) {
                    ending = SittingView.Ending.LEFT;
                } else {
                    leaveDespiteUnsaved = true;
                    banners.add(Tone.WARNING, "The answer on screen could not be saved: leaving now loses it. "
                            + "Type LEAVE again to leave anyway.", now);
                }
            }
            default -> {
            }
        }
    }

    private void listKey(Action a) {
        int last = questions().size() - 1;
        switch (a) {
            case UP -> listSelection = Math.max(0, listSelection - 1);
            case DOWN -> listSelection = Math.min(last, listSelection + 1);
            case PAGE_UP -> listSelection = Math.max(0, listSelection - 10);
            case PAGE_DOWN -> listSelection = Math.min(last, listSelection + 10);
            case HOME -> listSelection = 0;
            case END -> listSelection = last;
            case NEWLINE -> {
                mode = ScreenMode.ANSWER;
                goTo(listSelection, session.now());
            }
            case CANCEL, LIST -> mode = ScreenMode.ANSWER;
            default -> {
            }
        }
    }

    private void readKey(Action a) {
        int page = Math.max(1, frameRows - 5);
        switch (a) {
            case UP -> readTop = Math.max(0, readTop - 1);
            case DOWN -> readTop++;
            case PAGE_UP -> readTop = Math.max(0, readTop - page);
            case PAGE_DOWN -> readTop += page;
            case HOME -> readTop = 0;
            case END -> readTop = Integer.MAX_VALUE / 2;
            case CANCEL, READ, NEWLINE -> mode = ScreenMode.ANSWER;
            default -> {
            }
        }
    }

    private void submit(Instant now) {
        mode = ScreenMode.ANSWER;
        if (!draft.save()) {
            banners.add(Tone.WARNING, "Your answer could not be saved, so nothing was submitted. Please tell the "
                    + "invigilator.", now);
        } else if (!session.submit()) {
            banners.add(Tone.NOTICE, "You can submit only in writing time.", now);
        } else {
            submitted(now);
        }
    }

    private void submitted(Instant now) {
        mode = ScreenMode.ANSWER;
        if (submittedSeen == null) {
            submittedSeen = now;
        } else if (!now.isBefore(submittedSeen.plus(SUBMITTED_SHOWN))) {
            ending = SittingView.Ending.SUBMITTED;
        }
    }

    /** Goes to question {@code index}, saving the answer on screen first; stays if it could not be saved. */
    void goTo(int index, Instant now) {
        if (!draft.save()) {
            banners.add(Tone.WARNING, "Your answer could not be saved yet, so it stays on screen. Please tell the "
                    + "invigilator.", now);
            return;
        }
        String id = questions().get(index).id();
        session.moveTo(id);
        draft.load(id);
        area = new Frame.AnswerArea(area.wrapWidth(), area.rows(), 0);
        readTop = 0;
    }

    synchronized ScreenState screen() {
        AnswerEditor e = draft.editor();
        return new ScreenState(session.state(), session.paper(), session.now(), mode, e.text(), e.cursor(), e.words(),
                area.top(), readTop, listSelection, leaveTyped, interruptKey, banners.active(), draft.status(),
                quietClock);
    }

    /** What the last frame drew: the answer area the editor keys move in, the reading view's scroll. */
    synchronized void drawn(Frame frame) {
        if (frame.answer().rows() > 0) {
            area = frame.answer();
        }
        readTop = frame.readTop();
        frameRows = frame.lines().size();
    }

    /** The terminal's input ended (closed window, lost connection): save, and leave to be resumed. */
    synchronized void endOfInput() {
        draft.save();
        ending = session.state().phase() == Phase.SUBMITTED ? SittingView.Ending.SUBMITTED : SittingView.Ending.LEFT;
    }

    /** For the shutdown hook: save what is on screen, never throw. */
    synchronized void saveOnExit() {
        try {
            draft.save();
        } catch (RuntimeException e) {
            // the JVM is going down; the journal keeps whatever was saved before
        }
    }

    synchronized Optional<SittingView.Ending> ending() {
        return Optional.ofNullable(ending);
    }

    /** Whether the candidate asked for a redraw (Ctrl-L); asking clears the request. */
    synchronized boolean takeClearRequest() {
        boolean r = clearRequested;
        clearRequested = false;
        return r;
    }

    // for AnswerKeys, which runs under this object's lock

    SittingSession session() {
        return session;
    }

    DraftKeeper draft() {
        return draft;
    }

    Banners banners() {
        return banners;
    }

    Frame.AnswerArea area() {
        return area;
    }

    void open(ScreenMode m) {
        if (m == ScreenMode.LIST) {
            listSelection = questions().indexOf(current());
        }
        if (m == ScreenMode.READ) {
            readTop = 0;
        }
        mode = m;
    }

    PaperQuestion current() {
        return questions().stream().filter(q -> q.id().equals(draft.question())).findFirst().orElse(questions().get(0));
    }

    List<PaperQuestion> questions() {
        return session.paper().allQuestions();
    }
}
