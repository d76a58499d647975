package org.examengine.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examengine.grid.Grid;
import org.examengine.grid.Point;
import org.examengine.marking.Evidence;
import org.examengine.marking.Explanation;
import org.examengine.marking.Miss;
import org.examengine.marking.ReviewReason;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * An explanation as an author reads it: the mark, the answer with the words that earned each point
 * marked (a colour per point, or brackets numbered by point), each credited point, then each point missed
 * with the phrase that came nearest and what it lacked.
 */
final class ExplanationText {

    private static final int[] COLOURS = {AttributedStyle.GREEN, AttributedStyle.CYAN, AttributedStyle.MAGENTA,
        AttributedStyle.YELLOW, AttributedStyle.BLUE};

    private final Grid grid;
    private final String answer;
    private final Explanation explanation;
    private final boolean colour;

    ExplanationText(Grid grid, String answer, Explanation explanation, boolean colour) {
        this.grid = grid;
        this.answer = java.text.Normalizer.normalize(answer, java.text.Normalizer.Form.NFC);
        this.explanation = explanation;
        this.colour = colour;
    }

    String render() {
        var mark = explanation.mark();
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.style(AttributedStyle.BOLD).append(grid.question()).append(": ")
                .append(String.valueOf(mark.mark())).append(" of ").append(String.valueOf(mark.max())).append(" mark(s)")
                .style(AttributedStyle.DEFAULT);
        out.append(mark.reasons().isEmpty() ? ", sure" : ", for review: " + reasons(mark.reasons())).append("\n\n");
        highlighted(out);
        out.append("\n\nCredited\n");
        List<Evidence> credited = mark.credited();
        if (credited.isEmpty()) {
            out.append("  nothing\n");
        }
        Map<String, Point> points = grid.points().stream().collect(Collectors.toMap(Point::id, Function.identity(), (a, b) -> a));
        Set<String> creditedIds = credited.stream().map(Evidence::point).collect(Collectors.toSet());
        for (int i = 0; i < credited.size(); i++) {
            Evidence e = credited.get(i);
            Point p = points.get(e.point());
            out.append("  ").style(style(i)).append("(" + (i + 1) + ") " + e.point()).style(AttributedStyle.DEFAULT)
                    .append(": \"" + e.phrase() + "\" matched \"" + answer.substring(e.start(), e.end()) + "\" ("
                            + e.kind().name().toLowerCase(Locale.ROOT) + ")");
            if (p != null && p.needs() != null && !creditedIds.contains(p.needs())) {
                out.append("; earns nothing, as it needs " + p.needs());
            } else if (p != null) {
                out.append(", " + p.marks() + " mark(s)" + (p.group() == null ? "" : " in group " + p.group()
                        + " (cap " + grid.groups().get(p.group()).cap() + ")"));
            }
            out.append("\n");
        }
        if (!grid.marksByCount().isEmpty()) {
            out.append("  the points total gives the mark by marks_by_count " + grid.marksByCount() + "\n");
        }
        out.append("\nNot credited\n");
        if (explanation.missed().isEmpty()) {
            out.append("  nothing\n");
        }
        for (Miss m : explanation.missed()) {
            out.append("  " + m.point() + ": " + why(m) + "\n");
        }
        return colour ? out.toAnsi() : out.toString();
    }

    /** The answer with each credited span marked: coloured, or in brackets followed by the point's number. */
    private void highlighted(AttributedStringBuilder out) {
        List<Evidence> credited = explanation.mark().credited();
        int[] owner = new int[answer.length()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < credited.size(); i++) {
            for (int c = credited.get(i).start(); c < credited.get(i).end(); c++) {
                owner[c] = i;
            }
        }
        out.append("  ");
        int c = 0;
        while (c < answer.length()) {
            int who = owner[c];
            int end = c;
            while (end < answer.length() && owner[end] == who) {
                end++;
            }
            String run = answer.substring(c, end).replace("\n", "\n  ");
            if (who < 0) {
                out.append(run);
            } else if (colour) {
                out.style(style(who).underline()).append(run).style(AttributedStyle.DEFAULT);
            } else {
                out.append("[" + run + "](" + (who + 1) + ")");
            }
            c = end;
        }
    }

    private static AttributedStyle style(int i) {
        return AttributedStyle.BOLD.foreground(COLOURS[i % COLOURS.length]);
    }

    private static String why(Miss m) {
        String nearest = "nearest \"" + m.phrase() + "\"";
        return switch (m.reason()) {
            case NO_WORDS -> "no word of its phrases is in the answer (first phrase \"" + m.phrase() + "\")";
            case WORDS_MISSING -> nearest + ": has " + quoted(m.present()) + ", lacks " + quoted(m.missing());
            case TOO_FAR_APART -> nearest + ": its words are in the answer but too far apart";
            case NEGATED -> nearest + ": its words are there, but a negation governs them";
            case NOT_NEGATED -> nearest + ": the phrase is negated and the answer is not";
            case WORDS_USED -> nearest + ": its words earned another point, repeat the question or are rejected";
        };
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }

    static String reasons(Set<ReviewReason> reasons) {
        return reasons.stream().sorted().map(r -> switch (r) {
            case NEAR_MISS -> "a point nearly matched";
            case NEGATION -> "a negation stopped a point";
            case SPELLING -> "a misspelling was credited";
            case RELATED_WORD -> "a synonym the grid lacks would earn more";
            case REJECTED_PHRASE -> "a rejected phrase";
            case COPIED_STEM -> "the question was copied";
            case UNMATCHED_WORDS -> "many words matched nothing";
            case OVER_LONG -> "over long";
        }).collect(Collectors.joining(", "));
    }
}
