package org.examengine.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.examengine.grid.Grid;
import org.examengine.grid.Group;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.sitting.SafeText;

/**
 * What the examiner reads about one answer, as lines for either screen: the question (number, id, marks,
 * wording), the answer with the words that earned points highlighted, the marker's mark and what it credited,
 * why it was flagged, the examiner's mark so far, and the grid's points with a few of their accept phrases.
 * Pure: the same answer and decision give the same lines.
 */
public final class ReviewPage {

    static final int PHRASES_SHOWN = 3;
    private static final String INDENT = "  ";

    private final Map<String, Grid> grids;
    private final Map<String, String> stems;
    private final ResultsEvidence evidence;
    private final String gridsShown;

    ReviewPage(Map<String, Grid> grids, Map<String, String> stems, ResultsEvidence evidence, String gridsShown) {
        this.grids = Map.copyOf(grids);
        this.stems = Map.copyOf(stems);
        this.evidence = evidence;
        this.gridsShown = gridsShown;
    }

    public List<TextLine> lines(ReviewItem item, Optional<Decision> decision, String pendingComment) {
        List<TextLine> out = new ArrayList<>();
        out.add(TextLine.of("Question " + safe(item.shownNumber()) + " (" + safe(item.question()) + "), " + item.max()
                + " mark" + (item.max() == 1 ? "" : "s"), TextLine.Style.HEADING));
        String stem = stems.get(item.question());
        if (stem == null) {
            out.add(TextLine.of(INDENT + "(its wording is not known here: give --paper)", TextLine.Style.NOTE));
        } else {
            stem.lines().forEach(l -> out.add(TextLine.of(INDENT + safe(l))));
        }
        out.add(TextLine.blank());
        out.add(TextLine.of("Answer from candidate " + safe(item.candidate()), TextLine.Style.HEADING));
        List<Credit> credits = evidence.of(item.key());
        if (item.answer().isBlank()) {
            out.add(TextLine.of(INDENT + "(blank)", TextLine.Style.NOTE));
        } else {
            out.addAll(AnswerText.lines(item.answer(), credits, INDENT));
        }
        out.add(TextLine.blank());
        marker(out, item, credits);
        examiner(out, item, decision, pendingComment);
        out.add(TextLine.blank());
        grid(out, item, credits);
        return out;
    }

    private void marker(List<TextLine> out, ReviewItem item, List<Credit> credits) {
        out.add(TextLine.of("Marker's mark: " + item.mark() + " of " + item.max(), TextLine.Style.HEADING));
        if (!credits.isEmpty()) {
            for (Credit c : credits) {
                out.add(new TextLine.Builder().add(INDENT + "credited " + safe(c.point()) + " (" + c.marks() + "): ")
                        .highlight(safe(c.text()), "")
                        .add(" matched \"" + safe(c.phrase()) + "\" (" + safe(c.match()) + ")").build());
            }
        } else if (!item.points().isEmpty()) {
            out.add(TextLine.of(INDENT + "credited: " + safe(String.join(", ", item.points()))));
        } else {
            out.add(TextLine.of(INDENT + "credited: nothing"));
        }
        if (!item.reasons().isEmpty() || !item.misread().isBlank()) {
            out.add(TextLine.of("Flagged because", TextLine.Style.HEADING));
            item.reasons().forEach(r -> out.add(TextLine.of(INDENT + "- " + ReasonText.describe(r))));
            if (!item.misread().isBlank()) {
                out.add(TextLine.of(INDENT + "- " + ReasonText.misread(item.misread())));
            }
        }
    }

    private static void examiner(List<TextLine> out, ReviewItem item, Optional<Decision> decision, String pending) {
        if (decision.isEmpty()) {
            out.add(TextLine.of("Your mark: not given yet (Enter accepts the marker's " + item.mark() + ")",
                    TextLine.Style.WARNING));
        } else {
            Decision d = decision.get();
            out.add(TextLine.of("Your mark: " + d.mark() + " of " + item.max() + (d.accepted() ? ", the marker's mark"
                    : ", changed from the marker's " + d.markerMark()) + (d.by().isEmpty() ? "" : " (" + safe(d.by()) + ")"),
                    TextLine.Style.DECIDED));
            if (!d.comment().isEmpty()) {
                out.add(TextLine.of(INDENT + "comment: " + safe(d.comment())));
            }
        }
        if (!pending.isEmpty()) {
            out.add(TextLine.of(INDENT + "comment, saved with the mark: " + safe(pending), TextLine.Style.NOTE));
        }
    }

    private void grid(List<TextLine> out, ReviewItem item, List<Credit> credits) {
        Grid grid = grids.get(item.question());
        if (grid == null) {
            out.add(TextLine.of("No grid for " + safe(item.question()) + " under " + gridsShown + " (give --grids)",
                    TextLine.Style.NOTE));
            return;
        }
        out.add(TextLine.of("Grid for " + safe(grid.question()) + ", out of " + grid.max(), TextLine.Style.HEADING));
        Set<String> credited = credits.isEmpty() ? Set.copyOf(item.points())
                : credits.stream().map(Credit::point).collect(Collectors.toSet());
        for (Point p : grid.points()) {
            String head = INDENT + safe(p.id()) + ", " + p.marks() + " mark" + (p.marks() == 1 ? "" : "s")
                    + (p.group() == null ? "" : ", group " + safe(p.group()))
                    + (p.needs() == null ? "" : ", needs " + safe(p.needs()));
            TextLine.Builder line = new TextLine.Builder().add(head);
            if (credited.contains(p.id())) {
                line.add(" (credited)", TextLine.Style.DECIDED);
            }
            out.add(line.add(": " + phrases(p.accept(), PHRASES_SHOWN)).build());
        }
        for (Group g : grid.groups().values()) {
            out.add(TextLine.of(INDENT + "group " + safe(g.id()) + ": at most " + g.cap() + " mark(s)"));
        }
        if (!grid.marksByCount().isEmpty()) {
            out.add(TextLine.of(INDENT + "mark by number of points: " + grid.marksByCount()));
        }
        if (!grid.reject().isEmpty()) {
            out.add(TextLine.of(INDENT + "never credited: " + phrases(grid.reject(), PHRASES_SHOWN)));
        }
        if (!grid.misread().isEmpty()) {
            out.add(TextLine.of(INDENT + "signs of a misread question: " + phrases(grid.misread(), PHRASES_SHOWN)));
        }
        if (grid.guidance() != null && !grid.guidance().isBlank()) {
            grid.guidance().strip().lines().forEach(l -> out.add(TextLine.of(INDENT + "guidance: " + safe(l))));
        }
    }

    private static String phrases(List<Phrase> phrases, int shown) {
        String listed = phrases.stream().limit(shown).map(p -> "\"" + safe(p.text()) + "\"").collect(Collectors.joining(", "));
        return phrases.size() > shown ? listed + " and " + (phrases.size() - shown) + " more" : listed;
    }

    private static String safe(String text) {
        return SafeText.visible(text == null ? "" : text);
    }
}
