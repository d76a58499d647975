package org.examengine.review;

import java.util.Locale;
import org.examengine.marking.ReviewReason;
import org.examengine.sitting.SafeText;

/** Why the marker flagged an answer, in words for the examiner (the names are those of {@code review.csv}). */
final class ReasonText {

    private ReasonText() {
    }

    /** The reason in words, followed by its name; a name this version does not know is shown as written. */
    static String describe(String name) {
        ReviewReason reason;
        try {
            reason = ReviewReason.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SafeText.visible(name);
        }
        return words(reason) + " (" + reason.name().toLowerCase(Locale.ROOT) + ")";
    }

    static String words(ReviewReason reason) {
        return switch (reason) {
            case NEAR_MISS -> "a phrase almost matched (all its words but one) and its point was not given";
            case NEGATION -> "a phrase matched, but a negation governs it, so its point was not given";
            case SPELLING -> "a point was credited through a word taken as a misspelling of the grid's word";
            case RELATED_WORD -> "a word WordNet gives as a synonym of a grid word would have raised the mark; it "
                    + "earned nothing, as the thesaurus does not list it";
            case REJECTED_PHRASE -> "the answer holds a phrase the grid rejects";
            case COPIED_STEM -> "part of the answer repeats the question, which earns nothing";
            case UNMATCHED_WORDS -> "many of the answer's words matched nothing: it may say something right in words the "
                    + "grid lacks";
            case OVER_LONG -> "the answer is far longer than the marks call for";
        };
    }

    /** The {@code misread} column in words. */
    static String misread(String described) {
        return "it looks like a misreading of the question: " + SafeText.visible(described) + " (misread)";
    }
}
