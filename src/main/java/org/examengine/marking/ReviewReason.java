package org.examengine.marking;

/** Why a human should look at a mark. */
public enum ReviewReason {
    /** A phrase almost matched: all its words but one are in one part of the answer, and the point was not given. */
    NEAR_MISS,
    /** A phrase matched, but a negation governs it, so it was not credited. */
    NEGATION,
    /** A point was credited through a word taken as a misspelling of the grid's word. */
    SPELLING,
    /**
     * A word WordNet gives as a synonym of a grid word (and the thesaurus does not) would have raised the
     * mark had it counted; it did not, but an examiner may accept it.
     */
    RELATED_WORD,
    /** The answer holds a phrase the grid rejects. */
    REJECTED_PHRASE,
    /** Part of the answer repeats the question, which earns nothing. */
    COPIED_STEM,
    /** Many of the answer's words matched nothing: it may say something right in words the grid lacks. */
    UNMATCHED_WORDS,
    /** The answer is far longer than the marks call for. */
    OVER_LONG
}
