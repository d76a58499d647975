package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/**
 * The question and its answer. A scenario part shows its scenario beside it when the screen is wide enough,
 * above it otherwise. The answer keeps at least {@link #MIN_ANSWER_ROWS} rows; question text that does not fit
 * ends in a line pointing to the reading view (Ctrl-R), which shows it all, scrolled.
 */
final class QuestionPane {

    /** Usable width (one less than the terminal's) from which a scenario stands beside its part: 120 columns. */
    static final int SIDE_BY_SIDE = 119;
    static final int MIN_ANSWER_ROWS = 3;
    static final String MORE = "… more: Ctrl-R shows the whole question";
    private static final String RULE = " | ";

    private QuestionPane() {
    }

    static Pane answer(ScreenState s, int width, int rows) {
        if (rows <= 0) {
            return Pane.text(List.of());
        }
        PaperQuestion q = s.question();
        Optional<ScenarioTask> task = s.scenario(q);
        if (task.isPresent() && width >= SIDE_BY_SIDE) {
            int left = Math.min(60, (width - RULE.length()) * 2 / 5);
            int right = width - left - RULE.length();
            List<ScreenLine> context = fitted(scenarioLines(task.get(), left), rows);
            Pane column = column(s, List.of(), questionLines(q, right), right, rows);
            List<ScreenLine> lines = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                LineBuilder b = new LineBuilder().append(i < context.size() ? context.get(i) : ScreenLine.BLANK);
                b.padTo(left).append(RULE, Tone.MUTED);
                lines.add(b.append(i < column.lines().size() ? column.lines().get(i) : ScreenLine.BLANK).build(width));
            }
            return new Pane(lines, column.cursorRow(), column.cursorColumn() + left + RULE.length(), column.answer(),
                    s.readTop());
        }
        List<ScreenLine> context = task.map(t -> scenarioLines(t, width)).orElse(List.of());
        return column(s, context, questionLines(q, width), width, rows);
    }

    /** The whole question, its scenario first, scrolled to {@code readTop} (kept within the text). */
    static Pane read(ScreenState s, int width, int rows) {
        PaperQuestion q = s.question();
        List<ScreenLine> all = new ArrayList<>();
        s.scenario(q).ifPresent(t -> {
            all.addAll(scenarioLines(t, width));
            all.add(ScreenLine.BLANK);
        });
        all.addAll(questionLines(q, width));
        int top = Math.max(0, Math.min(s.readTop(), all.size() - rows));
        return new Pane(all.subList(top, Math.min(all.size(), top + rows)), -1, 0, Frame.AnswerArea.NONE, top);
    }

    private static Pane column(ScreenState s, List<ScreenLine> context, List<ScreenLine> stem, int width, int rows) {
        int needed = context.size() + (context.isEmpty() ? 0 : 1) + stem.size();
        if (!s.writing()) {
            List<ScreenLine> lines = new ArrayList<>(questionText(context, stem, rows - 2));
            lines.add(ScreenLine.BLANK);
            lines.add(ScreenLine.of(Columns.cut("Answering opens when reading time ends.", width), Tone.MUTED));
            return Pane.text(lines);
        }
        int label = rows > 1 ? 1 : 0;
        int answerRows = Math.max(Math.min(MIN_ANSWER_ROWS, rows - label), rows - label - needed);
        List<ScreenLine> lines = new ArrayList<>(questionText(context, stem, rows - label - answerRows));
        if (label == 1) {
            lines.add(new LineBuilder().append("Your answer", Tone.STRONG)
                    .append(" · " + s.words() + (s.words() == 1 ? " word" : " words"), Tone.MUTED).build(width));
        }
        int wrap = Math.max(1, width - 1);
        EditorLayout layout = EditorLayout.of(s.draft(), s.cursor(), wrap);
        int top = Math.min(s.answerTop(), Math.max(0, layout.rows().size() - answerRows));
        top = Math.max(Math.min(top, layout.cursorRow()), layout.cursorRow() - answerRows + 1);
        int first = lines.size();
        for (int i = 0; i < answerRows; i++) {
            int row = top + i;
            if (s.draft().isEmpty() && i == 1) {
                lines.add(ScreenLine.of(Columns.cut("Type your answer; it is saved as you go.", width), Tone.MUTED));
            } else {
                lines.add(row < layout.rows().size() ? layout.rows().get(row).line().clip(width) : ScreenLine.BLANK);
            }
        }
        return new Pane(lines, first + layout.cursorRow() - top, layout.cursorColumn(),
                new Frame.AnswerArea(wrap, answerRows, top), s.readTop());
    }

    /**
     * The scenario and the question in {@code rows}: all of both when they fit; else the question comes first
     * and the scenario gives way, cut short with a pointer to the reading view.
     */
    private static List<ScreenLine> questionText(List<ScreenLine> context, List<ScreenLine> stem, int rows) {
        List<ScreenLine> all = new ArrayList<>(context);
        if (!context.isEmpty()) {
            all.add(ScreenLine.BLANK);
        }
        all.addAll(stem);
        if (all.size() <= rows || context.isEmpty()) {
            return fitted(all, rows);
        }
        int room = rows - stem.size();
        List<ScreenLine> out = new ArrayList<>();
        if (room >= 2) {
            out.addAll(context.subList(0, room - 1));
            out.add(ScreenLine.of(MORE, Tone.MUTED));
        } else {
            out.add(ScreenLine.of(context.get(0).text() + ": Ctrl-R shows it", Tone.MUTED));
        }
        out.addAll(stem);
        return fitted(out, rows);
    }

    /** {@code text} in at most {@code rows} rows; when it does not fit, the last row says how to read it all. */
    private static List<ScreenLine> fitted(List<ScreenLine> text, int rows) {
        if (rows <= 0) {
            return List.of();
        }
        if (text.size() <= rows) {
            return text;
        }
        List<ScreenLine> out = new ArrayList<>(text.subList(0, rows - 1));
        out.add(ScreenLine.of(MORE, Tone.MUTED));
        return out;
    }

    static List<ScreenLine> scenarioLines(ScenarioTask task, int width) {
        List<ScreenLine> out = new ArrayList<>();
        out.add(ScreenLine.of(Columns.cut("Scenario " + task.number(), width), Tone.STRONG));
        SoftWrap.lines(task.context(), width).forEach(l -> out.add(ScreenLine.plain(l)));
        return out;
    }

    static List<ScreenLine> questionLines(PaperQuestion q, int width) {
        List<ScreenLine> out = new ArrayList<>();
        out.add(ScreenLine.of(Columns.cut("Question " + q.number() + " · " + SittingScreen.marks(q.marks()), width),
                Tone.STRONG));
        SoftWrap.lines(q.stem(), width).forEach(l -> out.add(ScreenLine.plain(l)));
        return out;
    }
}
