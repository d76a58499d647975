package org.examengine.marking;

/** How an answer's words earned a point, from surest to least sure. */
public enum MatchKind {
    /** The phrase's own words, as written. */
    EXACT,
    /** The phrase's words in another form: "shredding" for "shred", "colour" for "color". */
    STEM,
    /** A word the shared thesaurus gives as meaning the same. */
    SYNONYM,
    /** A written word that is not English, a letter or two away from the phrase's word: "recieve". */
    SPELLING
}
