package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examengine.paper.PaperQuestion;

/**
 * What plain mode does with each line typed: a command (it starts with a colon), the answer to a question it
 * asked (clear? submit? leave?), or answer text, added to the current question's answer and saved before
 * "Saved" is said.
 */
final class PlainCommands {

    /** A question plain mode has asked and whose answer is the next line. */
    private enum Asked {
        NOTHING, CLEAR, SUBMIT, LEAVE
    }

    private final SittingSession session;
    private final PlainOutput out;
    private final PlainQuestions questions;
    private Asked asked = Asked.NOTHING;

    PlainCommands(SittingSession session, PlainOutput out) {
        this.session = session;
        this.out = out;
        this.questions = new PlainQuestions(session.paper());
    }

    /** The question the candidate is on, with the answer so far. */
    void showCurrent() {
        Sitting s = session.state();
        out.lines(questions.show(current(s), s));
    }

    PaperQuestion current(Sitting s) {
        return questions.byId(s.current());
    }

    /** Handles one typed line; an ending when the sitting is over for this program. */
    Optional<SittingView.Ending> line(String line) {
        Asked was = asked;
        asked = Asked.NOTHING;
        switch (was) {
            case CLEAR -> {
                clear(line);
                return Optional.empty();
            }
            case SUBMIT -> {
                return submit(line);
            }
            case LEAVE -> {
                return leave(line);
            }
            default -> {
                // not answering a question of ours: a command or answer text
            }
        }
        String trimmed = line.strip();
        if (trimmed.startsWith(":") && !trimmed.startsWith("::")) {
            return command(trimmed.substring(1));
        }
        answer(trimmed.startsWith("::") ? line.replaceFirst("::", ":") : line);
        return Optional.empty();
    }

    private Optional<SittingView.Ending> command(String command) {
        String[] words = command.strip().split("\\s+", 2);
        String name = words[0].toLowerCase(Locale.ROOT);
        String argument = words.length > 1 ? words[1] : "";
        Sitting s = session.state();
        switch (name) {
            case "next", "prev" -> move(questions.step(s.current(), name.equals("next") ? 1 : -1), name);
            case "go" -> go(argument);
            case "list" -> out.lines(questions.list(s));
            case "show" -> showCurrent();
            case "flag", "unflag" -> flag(name.equals("flag"));
            case "time" -> out.lines(PlainText.timeReport(s, session.now()));
            case "clear" -> askClear(s);
            case "submit" -> askSubmit(s);
            case "help" -> out.lines(PlainText.help());
            case "leave" -> {
                asked = Asked.LEAVE;
                out.lines("For the invigilator: type LEAVE in capitals to leave this sitting. Every answer is saved "
                        + "and running the same command again carries on. Anything else goes back to the exam.");
            }
            default -> out.lines("There is no command :" + name + ". Nothing was saved. Type :help for the commands; "
                    + "to start a line of your answer with a colon, type two colons.");
        }
        return Optional.empty();
    }

    private void move(Optional<PaperQuestion> to, String direction) {
        if (to.isEmpty()) {
            out.lines(direction.equals("next")
                    ? "This is the last question. Type :list to see them all, or :submit when you are ready."
                    : "This is the first question.");
            return;
        }
        session.moveTo(to.get().id());
        showCurrent();
    }

    private void go(String number) {
        Optional<PaperQuestion> q = questions.named(number);
        if (q.isEmpty()) {
            out.lines((number.isBlank() ? "Say which question, such as :go " + questions.all().get(0).number() + "."
                    : "There is no question " + number + ".") + " The questions are " + questions.numbers() + ".");
            return;
        }
        session.moveTo(q.get().id());
        showCurrent();
    }

    private void flag(boolean flagged) {
        PaperQuestion q = current(session.state());
        session.flag(q.id(), flagged);
        out.lines(flagged ? "Question " + q.number() + " is flagged for review."
                : "Question " + q.number() + " is no longer flagged.");
    }

    private void answer(String text) {
        Sitting s = session.state();
        if (text.isEmpty()) {
            out.lines("Nothing added: the line was empty.");
            return;
        }
        if (!session.canAnswer()) {
            out.lines(refusal(s));
            return;
        }
        PaperQuestion q = current(s);
        String before = s.answers().getOrDefault(q.id(), "");
        String after = before.isEmpty() ? text : before + "\n" + text;
        if (!session.saveAnswer(q.id(), after)) {
            out.lines(refusal(session.state()));
            return;
        }
        out.lines("Saved, " + PlainText.count(PlainText.words(after), "word") + ".");
    }

    /** Why answer text is not taken now, and when it will be. */
    String refusal(Sitting s) {
        if (s.paused()) {
            return "Not saved: the exam is paused. You can write again when the invigilator resumes it.";
        }
        if (s.phase() == Phase.READING) {
            return "Not saved: this is reading time. Answering opens in "
                    + PlainText.duration(s.remainingAt(session.now())) + ", when reading time ends.";
        }
        return "Not saved: your answers have been submitted.";
    }

    private void askClear(Sitting s) {
        PaperQuestion q = current(s);
        String answer = s.answers().getOrDefault(q.id(), "");
        if (answer.isEmpty()) {
            out.lines("Question " + q.number() + " has no answer to clear.");
        } else if (!session.canAnswer()) {
            out.lines(refusal(s).replace("Not saved", "Not cleared"));
        } else {
            asked = Asked.CLEAR;
            out.lines("Clear your whole answer to question " + q.number() + " ("
                    + PlainText.count(PlainText.words(answer), "word") + ")? Type yes to clear it; anything else keeps it.");
        }
    }

    private void clear(String reply) {
        PaperQuestion q = current(session.state());
        if (!yes(reply)) {
            out.lines("Kept: your answer to question " + q.number() + " is unchanged.");
        } else if (session.saveAnswer(q.id(), "")) {
            out.lines("Cleared: question " + q.number() + " has no answer now.");
        } else {
            out.lines(refusal(session.state()).replace("Not saved", "Not cleared"));
        }
    }

    private void askSubmit(Sitting s) {
        if (s.paused() || s.phase() != Phase.WRITING) {
            out.lines(s.paused() ? "You cannot submit while the exam is paused."
                    : "You cannot submit in reading time: answering opens when it ends.");
            return;
        }
        asked = Asked.SUBMIT;
        List<String> lines = new ArrayList<>(questions.beforeSubmit(s, session.unanswered()));
        lines.add("Submit your answers now? You cannot change them afterwards. Type yes to submit; anything else goes "
                + "back to the exam.");
        out.lines(lines);
    }

    private Optional<SittingView.Ending> submit(String reply) {
        if (!yes(reply)) {
            out.lines("Not submitted. Carry on; type :submit when you are ready.");
            return Optional.empty();
        }
        if (!session.submit()) {
            out.lines("Not submitted: " + (session.state().paused() ? "the exam is paused." : "it is not writing time."));
            return Optional.empty();
        }
        out.lines("Your answers have been submitted. You may not change them now. Thank you.");
        return Optional.of(SittingView.Ending.SUBMITTED);
    }

    private Optional<SittingView.Ending> leave(String reply) {
        if (!reply.strip().equals("LEAVE")) {
            out.lines("Not left: the exam carries on.");
            return Optional.empty();
        }
        out.lines("Left. Every answer is saved; run the same command again to carry on.");
        return Optional.of(SittingView.Ending.LEFT);
    }

    private static boolean yes(String reply) {
        return reply.strip().equalsIgnoreCase("yes");
    }
}
