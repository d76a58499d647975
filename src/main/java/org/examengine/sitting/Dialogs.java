package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;
import org.examengine.paper.PaperQuestion;

/**
 * The bodies drawn over the question: the question list, the submit confirmation, the keys, the invigilator's
 * leave, the calm message after Ctrl-C, the paused screen and the submitted screen. Plain British English.
 */
final class Dialogs {

    private Dialogs() {
    }

    static Pane list(ScreenState s, int width, int rows) {
        List<ScreenLine> lines = new ArrayList<>();
        long flagged = s.questions().stream().filter(s::flagged).count();
        lines.add(ScreenLine.of(Columns.cut("Questions: " + s.answeredCount() + " of " + s.questions().size()
                + " answered, " + flagged + " flagged", width), Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        int room = Math.max(1, rows - lines.size());
        int selected = Math.max(0, Math.min(s.listSelection(), s.questions().size() - 1));
        int top = Math.max(0, Math.min(selected - room / 2, s.questions().size() - room));
        for (int i = top; i < Math.min(s.questions().size(), top + room); i++) {
            PaperQuestion q = s.questions().get(i);
            LineBuilder b = new LineBuilder().append(i == s.index() ? "> " : "  ")
                    .append(Columns.fit(q.number(), 5)).append(Columns.fit(SittingScreen.marks(q.marks()), 10));
            b.append(s.answered(q) ? "answered    " : "not answered", s.answered(q) ? Tone.PLAIN : Tone.MUTED);
            if (s.flagged(q)) {
                b.append("  ").append("flagged", Tone.FLAG);
            }
            ScreenLine line = b.build(width);
            lines.add(i == selected ? ScreenLine.of(Columns.fit(line.text(), width), Tone.SELECTED) : line);
        }
        return Pane.text(lines);
    }

    static Pane submit(ScreenState s, int width) {
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of("Submit your answers now?", Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        wrap(lines, "You have answered " + s.answeredCount() + " of " + s.questions().size() + " questions.", width,
                Tone.PLAIN);
        List<String> unanswered = s.questions().stream().filter(q -> !s.answered(q)).map(PaperQuestion::number).toList();
        List<String> flagged = s.questions().stream().filter(s::flagged).map(PaperQuestion::number).toList();
        if (!unanswered.isEmpty()) {
            wrap(lines, "Not answered: " + String.join(", ", unanswered), width, Tone.WARNING);
        }
        if (!flagged.isEmpty()) {
            wrap(lines, "Flagged for review: " + String.join(", ", flagged), width, Tone.FLAG);
        }
        lines.add(ScreenLine.BLANK);
        wrap(lines, "Once submitted, your answers cannot be changed.", width, Tone.PLAIN);
        wrap(lines, "Press Y to submit, or N or Esc to go back to your answers.", width, Tone.STRONG);
        return Pane.text(lines);
    }

    static Pane help(int width) {
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of("Keys", Tone.STRONG));
        String[][] keys = {
            {"typing", "writes your answer; Enter starts a new line"},
            {"arrows, Home, End", "move in your answer; PgUp/PgDn by a screen"},
            {"Ctrl-N / Ctrl-P", "next / previous question"},
            {"Ctrl-G or F2", "list of questions, to go to one"},
            {"Ctrl-F", "flag this question for review (again to unflag)"},
            {"Ctrl-R", "read the whole question and its scenario"},
            {"Ctrl-T", "show the time left in full or quietly"},
            {"Ctrl-S", "save now (answers are also saved as you type)"},
            {"Ctrl-X", "submit your answers (you are asked to confirm)"},
            {"Esc", "close a message"},
            {"Ctrl-L", "redraw the screen"},
            {"F1 or Ctrl-K", "these keys"},
        };
        for (String[] k : keys) {
            lines.add(new LineBuilder().append(Columns.fit(k[0], 20), Tone.KEY).append(k[1]).build(width));
        }
        lines.add(ScreenLine.BLANK);
        wrap(lines, "Your answers are saved while you type. Ctrl-C does not end the exam; to stop, raise your hand.",
                width, Tone.PLAIN);
        return Pane.text(lines);
    }

    static Pane leave(ScreenState s, int width) {
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of("For the invigilator: leave this sitting", Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        wrap(lines, "The answers are saved and the sitting is not submitted. Running the same exam sit command "
                + "again resumes it.", width, Tone.PLAIN);
        wrap(lines, "Type LEAVE and press Enter to leave, or press Esc to go back to the exam.", width, Tone.PLAIN);
        lines.add(ScreenLine.BLANK);
        String typed = "> " + SafeText.visible(s.leaveTyped());
        lines.add(ScreenLine.of(Columns.cut(typed, width), Tone.STRONG));
        return new Pane(lines, lines.size() - 1, Math.min(Columns.of(typed), width), Frame.AnswerArea.NONE, 0);
    }

    static Pane interrupted(ScreenState s, int width) {
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of(Columns.cut(SafeText.visible(s.interruptKey()) + " does not stop the exam.", width),
                Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        wrap(lines, "Your work is saved and the exam carries on; your time is still running.", width, Tone.PLAIN);
        wrap(lines, "If you need to stop, raise your hand. The invigilator can leave the exam with Ctrl-Q.", width,
                Tone.PLAIN);
        lines.add(ScreenLine.BLANK);
        wrap(lines, "Press any key to go back to your answer.", width, Tone.PLAIN);
        return Pane.text(lines);
    }

    static Pane paused(ScreenState s, int width, int rows) {
        List<ScreenLine> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(0, rows / 2 - 4); i++) {
            lines.add(ScreenLine.BLANK);
        }
        lines.add(ScreenLine.of(Columns.centred("PAUSED", width), Tone.WARNING));
        lines.add(ScreenLine.BLANK);
        String reason = s.sitting().pausedFor() == null ? "" : SafeText.visible(s.sitting().pausedFor());
        centred(lines, "The invigilator has paused the exam" + (reason.isEmpty() ? "." : ": " + reason + "."), width);
        centred(lines, "Your clock is stopped with " + Countdown.clock(s.sitting().remainingAt(s.now()))
                + " left, and your answers are saved.", width);
        centred(lines, "Please wait quietly; the exam carries on when the invigilator resumes it.", width);
        return Pane.text(lines);
    }

    static Pane submitted(ScreenState s, int width) {
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of("Your answers have been submitted.", Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        String cause = s.sitting().submitCause() == null ? "" : s.sitting().submitCause();
        String why = cause.equals("time") ? "The time was up." : cause.startsWith("ended") ? "The invigilator ended the exam."
                : "You submitted them.";
        wrap(lines, why + " You answered " + s.answeredCount() + " of " + s.questions().size() + " questions.", width,
                Tone.PLAIN);
        wrap(lines, "Nothing more is needed from you. Please stay seated until the invigilator tells you.", width,
                Tone.PLAIN);
        lines.add(ScreenLine.BLANK);
        wrap(lines, "Press any key to finish.", width, Tone.MUTED);
        return Pane.text(lines);
    }

    private static void wrap(List<ScreenLine> lines, String text, int width, Tone tone) {
        SoftWrap.lines(text, width).forEach(l -> lines.add(ScreenLine.of(l, tone)));
    }

    private static void centred(List<ScreenLine> lines, String text, int width) {
        SoftWrap.lines(text, width).forEach(l -> lines.add(ScreenLine.plain(Columns.centred(l, width))));
    }
}
