package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;
import org.examengine.paper.PaperQuestion;

/**
 * Draws the sitting as a {@link Frame} for a terminal of any size, pure: the same state and size give the same
 * rows. The header (who, which question, flagged, and the countdown, which shows at every size), a status row
 * (a banner, else the phase), the body of what is open, and a footer of keys with the "saved" indicator. The last
 * column is never used, so no terminal wraps or scrolls a full row.
 */
final class SittingScreen {

    private SittingScreen() {
    }

    static Frame render(ScreenState s, int columns, int rows) {
        int width = Math.max(1, columns - 1);
        List<ScreenLine> out = new ArrayList<>();
        out.add(header(s, width));
        if (rows >= 4) {
            out.add(status(s, width));
        }
        boolean footer = rows >= 3;
        int bodyRows = Math.max(0, rows - out.size() - (footer ? 1 : 0));
        Pane body = body(s, width, bodyRows).sized(bodyRows);
        int top = out.size();
        body.lines().forEach(l -> out.add(l.columns() > width ? new LineBuilder().append(l).build(width) : l));
        if (footer) {
            out.add(footer(s, width));
        }
        List<ScreenLine> fitted = out.subList(0, Math.min(out.size(), Math.max(rows, 1)));
        int cursorRow = body.cursorRow() < 0 ? -1 : top + body.cursorRow();
        return new Frame(fitted, cursorRow < fitted.size() ? cursorRow : -1, Math.min(body.cursorColumn(), width),
                body.answer(), body.readTop());
    }

    private static Pane body(ScreenState s, int width, int rows) {
        if (s.mode() == ScreenMode.LEAVE) {
            return Dialogs.leave(s, width);
        }
        if (s.sitting().phase() == Phase.SUBMITTED) {
            return Dialogs.submitted(s, width);
        }
        if (s.sitting().paused()) {
            return Dialogs.paused(s, width, rows);
        }
        return switch (s.mode()) {
            case LIST -> Dialogs.list(s, width, rows);
            case SUBMIT -> Dialogs.submit(s, width);
            case HELP -> Dialogs.help(width);
            case INTERRUPTED -> Dialogs.interrupted(s, width);
            case READ -> QuestionPane.read(s, width, rows);
            default -> QuestionPane.answer(s, width, rows);
        };
    }

    static ScreenLine header(ScreenState s, int width) {
        String clock = clock(s, width);
        Tone tone = Countdown.low(s.sitting(), s.now()) ? Tone.TIMER_LOW : Tone.TIMER;
        int room = width - Columns.of(clock) - 1;
        PaperQuestion q = s.question();
        String of = " of " + s.questions().size();
        String flag = s.flagged(q) ? "flagged" : "";
        List<String> lefts = List.of(
                s.sitting().opened().candidate() + " · " + s.paper().id() + " · Question " + q.number() + of
                        + " · " + marks(q.marks()),
                "Question " + q.number() + of + " · " + marks(q.marks()),
                "Question " + q.number() + of,
                q.number() + of,
                q.number());
        LineBuilder b = new LineBuilder();
        for (String left : lefts) {
            int need = Columns.of(left) + (flag.isEmpty() ? 0 : 3 + flag.length());
            if (need <= room || left.equals(lefts.get(lefts.size() - 1))) {
                b.append(Columns.cut(left, Math.max(0, room)), Tone.STRONG);
                if (!flag.isEmpty() && need <= room) {
                    b.append(" · ").append(flag, Tone.FLAG);
                }
                break;
            }
        }
        b.padTo(width - Columns.of(clock));
        return b.append(clock, tone).build(width);
    }

    /** The countdown in the longest form that leaves room for the question number; never left out. */
    private static String clock(ScreenState s, int width) {
        String bare = Countdown.bare(s.sitting(), s.now());
        List<String> forms = s.quietClock() ? List.of(Countdown.quiet(s.sitting(), s.now()), bare)
                : List.of(Countdown.full(s.sitting(), s.now()), Countdown.quiet(s.sitting(), s.now()), bare);
        for (String form : forms) {
            if (Columns.of(form) + 8 <= width) {
                return form;
            }
        }
        return Columns.cut(bare, width);
    }

    private static ScreenLine status(ScreenState s, int width) {
        if (!s.banners().isEmpty()) {
            Banner latest = s.banners().get(s.banners().size() - 1);
            String more = s.banners().size() > 1 ? " (+" + (s.banners().size() - 1) + " more)" : "";
            String text = latest.message() + more;
            String hint = "  Esc to dismiss";
            String shown = Columns.of(text + hint) <= width ? text + hint : text;
            return new LineBuilder().append(Columns.fit(shown, width), latest.tone()).build(width);
        }
        Sitting sitting = s.sitting();
        if (sitting.phase() == Phase.SUBMITTED) {
            return ScreenLine.of("Submitted", Tone.STRONG);
        }
        if (sitting.paused()) {
            return ScreenLine.of(Columns.cut("Paused by the invigilator", width), Tone.WARNING);
        }
        if (sitting.phase() == Phase.READING) {
            String opens = Countdown.brief(sitting.remainingAt(s.now()));
            String text = "Reading time: read the questions; answering opens in " + opens;
            return ScreenLine.of(Columns.cut(Columns.of(text) <= width ? text : "Reading time: answering opens in "
                    + opens, width), Tone.NOTICE);
        }
        return ScreenLine.of(Columns.cut("Writing time · " + s.answeredCount() + " of " + s.questions().size()
                + " answered", width), Tone.MUTED);
    }

    private static ScreenLine footer(ScreenState s, int width) {
        String saved = switch (s.saved()) {
            case SAVED -> "saved";
            case FAILED -> "NOT SAVED";
            default -> "";
        };
        Tone savedTone = s.saved() == SaveStatus.FAILED ? Tone.WARNING : Tone.SAVED;
        int room = width - (saved.isEmpty() ? 0 : Columns.of(saved) + 1);
        LineBuilder b = new LineBuilder();
        for (String[] key : footerKeys(s)) {
            String gap = b.columns() == 0 ? "" : "  ";
            if (b.columns() + gap.length() + Columns.of(key[0]) + 1 + Columns.of(key[1]) > room) {
                break;
            }
            b.append(gap).append(key[0], Tone.KEY).append(key[0].isEmpty() ? key[1] : " " + key[1]);
        }
        if (!saved.isEmpty() && width > Columns.of(saved)) {
            b.padTo(width - Columns.of(saved)).append(saved, savedTone);
        }
        return b.build(width);
    }

    private static List<String[]> footerKeys(ScreenState s) {
        if (s.mode() == ScreenMode.LEAVE) {
            return keys("LEAVE", "then Enter", "Esc", "back");
        }
        if (s.sitting().phase() == Phase.SUBMITTED) {
            return keys("", "Press any key to finish.");
        }
        if (s.sitting().paused()) {
            return keys("", "Please wait for the invigilator.");
        }
        return switch (s.mode()) {
            case LIST -> keys("Up/Down", "choose", "Enter", "go to it", "Esc", "back");
            case SUBMIT -> keys("Y", "submit", "N", "back");
            case HELP, INTERRUPTED -> keys("", "Press any key to go back to your answer.");
            case READ -> keys("Up/Down PgUp/PgDn", "scroll", "Esc", "back");
            default -> keys("F1", "help", "^N", "next", "^P", "previous", "^G", "list", "^F", "flag", "^T", "clock",
                    "^X", "submit");
        };
    }

    private static List<String[]> keys(String... pairs) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return out;
    }

    static String marks(int n) {
        return n == 1 ? "1 mark" : n + " marks";
    }
}
