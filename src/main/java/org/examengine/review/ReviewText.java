package org.examengine.review;

import java.util.ArrayList;
import java.util.List;
import org.examengine.sitting.SafeText;

/** The words both screens share: progress, the end page, the prompt. */
final class ReviewText {

    private ReviewText() {
    }

    /** "Answer 3 of 72 · 10 decided, 62 to go", or the end of the list. */
    static String progress(ReviewWalk walk) {
        int left = walk.size() - walk.decided();
        String where = walk.atEnd() ? "End of the list (" + walk.size() + " answers)"
                : "Answer " + (walk.position() + 1) + " of " + walk.size();
        return where + " · " + walk.decided() + " decided, " + left + " to go";
    }

    static List<TextLine> endPage(ReviewWalk walk) {
        List<TextLine> out = new ArrayList<>();
        int left = walk.size() - walk.decided();
        out.add(TextLine.of(left == 0 ? "Every answer is decided." : left + " answer(s) are not decided: they keep the "
                + "marker's mark.", left == 0 ? TextLine.Style.DECIDED : TextLine.Style.WARNING));
        out.add(TextLine.of(walk.decided() + " decided: " + (walk.decided() - walk.changed()) + " kept the marker's mark, "
                + walk.changed() + " changed it."));
        out.add(TextLine.blank());
        out.add(TextLine.of("Finishing writes review.csv with your marks (the first time keeping the original as "
                + "review.csv.orig) and re-grades through exam mark --overrides."));
        out.add(TextLine.of("Every decision is already saved: leaving now loses nothing, and exam review starts "
                + "again at the first undecided answer."));
        return out;
    }

    /** The prompt for a mark: its range and what Enter alone does. */
    static String markPrompt(ReviewWalk walk) {
        ReviewItem item = walk.current();
        int shown = walk.decision(item).map(Decision::mark).orElse(item.mark());
        return "Mark 0-" + item.max() + " (Enter " + (walk.decision(item).isPresent() ? "keeps " : "accepts ") + shown + "): ";
    }

    static String visible(String text) {
        return SafeText.visible(text);
    }
}
