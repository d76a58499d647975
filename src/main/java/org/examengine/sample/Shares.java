package org.examengine.sample;

/**
 * How much of each kind of noise the sample answers carry; {@link SampleAnswers} lists them for users. The
 * ability figures were tuned by marking 3,000 candidates on papers of each level with the shipped grids:
 * 28 to 31 % fail, about a third of those narrowly, and 20 to 23 % get First Class. Change one, and
 * measure again.
 */
final class Shares {

    private Shares() {
    }

    /** A candidate's ability: the share of a question's marks they aim for, normal around this, clamped. */
    static final double ABILITY_MEAN = 0.73;
    static final double ABILITY_SPREAD = 0.14;
    static final double ABILITY_LOW = 0.02;
    static final double ABILITY_HIGH = 0.99;
    /** How far one question strays from the candidate's ability (a normal's spread). */
    static final double QUESTION_SPREAD = 0.15;

    /** Candidates under this ability are weak. */
    static final double WEAK = 0.50;
    /** Of weak candidates: leave 60 to 90 % of the questions blank (insufficient work). */
    static final double GIVES_UP = 0.20;
    /** Of weak candidates: misread two or three questions (misinterpretation). */
    static final double MISREADER = 0.15;

    /** Blank answer: {@code BLANK + BLANK_WEAK * (1 - ability)²}, about 3 % of answers
     * (4 % with the candidates who give up). */
    static final double BLANK = 0.02;
    static final double BLANK_WEAK = 0.10;
    /** Of answers: written to another question (its points, or the grid's misread phrases). */
    static final double MISREAD = 0.02;
    /** When the grid has misread phrases, the share of misread answers that use them. */
    static final double MISREAD_OWN = 0.6;
    /** Of answers: 150 to 300 words of rambling around one or two points. */
    static final double RAMBLING = 0.015;
    /** Of answers: one of the grid's worked examples, the one nearest the marks aimed for. */
    static final double EXAMPLE = 0.05;
    /** Of answers aiming for nothing: a phrase the grid rejects, when it has one (else something vague). */
    static final double REJECTED = 0.4;

    /** Of phrases: a word swapped for a thesaurus synonym, where the thesaurus has one. */
    static final double SYNONYM = 0.30;
    /** Of phrases: a word inflected (-s, -ing, -ed) or spelt the American way. */
    static final double INFLECTION = 0.15;
    /** Of phrases of two or more words (not negated ones): first and last word swapped. */
    static final double WORD_ORDER = 0.10;

    /** Of phrases: framed by a few words ("I think ...", "for example ..."). */
    static final double FRAMED = 0.5;

    /** Of answers: a misspelt word (two for a third of them), {@code MISSPELLING + MISSPELLING_WEAK * (1 - ability)}. */
    static final double MISSPELLING = 0.06;
    static final double MISSPELLING_WEAK = 0.25;
    /** Of answers: a filler sentence before or after, {@code PADDING + PADDING_WEAK * (1 - ability)}. */
    static final double PADDING = 0.10;
    static final double PADDING_WEAK = 0.20;
    /** Of answers: laid out as a list, one point per line. */
    static final double LIST_LINES = 0.12;
    /** Of answers: a phrase in double quotes. */
    static final double QUOTES = 0.03;
}
