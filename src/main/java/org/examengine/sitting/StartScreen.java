package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;

/**
 * The start screen: who, where, which paper, its times and any extra time, and for a sitting being resumed what
 * was found (answers saved, time left, a torn last line skipped), for the candidate to confirm with Enter.
 */
final class StartScreen {

    static final int LABEL = 14;

    private StartScreen() {
    }

    static Frame render(StartDetails d, String hint, int columns, int rows) {
        int width = Math.max(1, columns - 1);
        List<ScreenLine> lines = new ArrayList<>();
        lines.add(ScreenLine.of(Columns.cut("Please check these details before you begin", width), Tone.STRONG));
        lines.add(ScreenLine.BLANK);
        field(lines, "Candidate", d.candidate(), width);
        field(lines, "Centre", d.centre(), width);
        field(lines, "Paper", d.paper() + ", Level " + d.level() + ": " + d.questions() + " questions, "
                + SittingScreen.marks(d.marks()), width);
        field(lines, "Time", d.readingMinutes() + " minutes' reading time, then " + d.writingMinutes()
                + " minutes' writing time", width);
        Timing timing = new Timing(d.readingMinutes(), d.writingMinutes(), d.extraPercent(), 0, 0);
        field(lines, "Extra time", d.extraPercent() == 0 ? "none" : d.extraPercent() + "%: reading "
                + Countdown.brief(timing.limit(Phase.READING)) + ", writing " + Countdown.clock(timing.limit(Phase.WRITING)),
                width);
        d.resumed().ifPresent(r -> {
            lines.add(ScreenLine.BLANK);
            wrap(lines, "This sitting has begun before and carries on where it stopped.", width, Tone.NOTICE);
            field(lines, "Answers saved", String.valueOf(r.answered()), width);
            field(lines, "Time left", Countdown.clock(r.remaining()) + " of " + r.phase().label(), width);
            r.torn().ifPresent(t -> field(lines, "Note", "the last line of the journal was incomplete and has been "
                    + "skipped (kept beside the journal): " + Columns.cut(SafeText.visible(t), 60), width));
        });
        List<ScreenLine> prompt = new ArrayList<>();
        prompt.add(ScreenLine.BLANK);
        wrap(prompt, "Press Enter to begin. If these details are not yours, press N and tell the invigilator.", width,
                Tone.STRONG);
        if (!hint.isEmpty()) {
            wrap(prompt, hint, width, Tone.NOTICE);
        }
        // the prompt always shows: on a short screen the details give way first
        List<ScreenLine> shown = new ArrayList<>(lines.subList(0, Math.max(0, Math.min(lines.size(),
                rows - prompt.size()))));
        shown.addAll(prompt);
        return new Frame(shown.subList(Math.max(0, shown.size() - Math.max(1, rows)), shown.size()), -1, 0,
                Frame.AnswerArea.NONE, 0);
    }

    private static void field(List<ScreenLine> lines, String label, String value, int width) {
        List<String> wrapped = SoftWrap.lines(SafeText.visible(value), Math.max(1, width - LABEL));
        for (int i = 0; i < wrapped.size(); i++) {
            LineBuilder b = new LineBuilder().append(Columns.fit(i == 0 ? label : "", LABEL), Tone.STRONG);
            lines.add(b.append(wrapped.get(i)).build(width));
        }
    }

    private static void wrap(List<ScreenLine> lines, String text, int width, Tone tone) {
        SoftWrap.lines(text, width).forEach(l -> lines.add(ScreenLine.of(l, tone)));
    }
}
