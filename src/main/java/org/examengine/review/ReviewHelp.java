package org.examengine.review;

import java.util.List;

/** The keys and commands of both screens, as help pages. */
final class ReviewHelp {

    private ReviewHelp() {
    }

    static List<TextLine> fullScreen() {
        return List.of(
                TextLine.of("Keys (Enter or Esc goes back to the answer)", TextLine.Style.HEADING),
                TextLine.of("  Enter          accept the marker's mark (on a decided answer: keep yours)"),
                TextLine.of("  0-9 then Enter give your own mark, from 0 to the question's marks"),
                TextLine.of("  c              write a comment (Enter keeps it; it is saved with the mark)"),
                TextLine.of("  Left / p       previous answer        Right / n / s   next answer (skip)"),
                TextLine.of("  g              the first undecided answer"),
                TextLine.of("  u              take back the decision on this answer"),
                TextLine.of("  Up / Down      scroll the page        PgUp / PgDn     scroll a screenful"),
                TextLine.of("  f              finish: write review.csv and re-grade"),
                TextLine.of("  q / Ctrl-C     leave; every decision is already saved"),
                TextLine.of("  Ctrl-L         redraw the screen"),
                TextLine.blank(),
                TextLine.of("Highlighted words earned the point the marker credited with them."));
    }

    static List<String> plain() {
        return List.of(
                "Commands, one a line:",
                "  (empty line)     accept the marker's mark (on a decided answer: keep yours)",
                "  a number         your own mark, from 0 to the question's marks; words after it are a comment",
                "  c TEXT           a comment on this answer (saved with its mark); c alone removes it",
                "  n or s           next answer (skip)         p or b   previous answer",
                "  g N              go to answer N             g        the first undecided answer",
                "  u                take back the decision on this answer",
                "  r                read this answer again",
                "  f                finish: write review.csv and re-grade",
                "  q                leave; every decision is already saved",
                "In the answer, [words](point) are the words that earned that point.");
    }
}
