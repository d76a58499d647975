package org.examengine.paper;

/**
 * How a paper is graded, all in percent: the Pass and First Class Pass boundaries, how far below Pass a
 * fail still counts as narrow (AA), and the thresholds of the performance codes (AB: answers to under this
 * share of the questions; FK: at least this many misread answers, a count; a topic code: under this share
 * of the topic's marks). Copied from the blueprint onto every paper, so a paper version keeps the rules it
 * was awarded under even if the blueprint changes later.
 */
public record GradingRules(int pass, int firstClass, int narrowFail, int insufficientWork, int misinterpretation,
                           int topicAttainment) {

    /** The design brief's defaults, for a paper that carries no rules of its own. */
    public static final GradingRules DEFAULTS = new GradingRules(60, 80, 5, 50, 2, 50);

    /** Whether the numbers fit together: pass under first class, narrow fail under pass, percentages to 100. */
    public boolean consistent() {
        return pass >= 0 && firstClass > pass && firstClass <= 100 && narrowFail >= 0 && narrowFail < pass
                && insufficientWork >= 0 && insufficientWork <= 100 && misinterpretation >= 1
                && topicAttainment >= 0 && topicAttainment <= 100;
    }

    static GradingRules of(Blueprint b) {
        return new GradingRules(b.boundaries().pass(), b.boundaries().firstClass(), b.boundaries().narrowFail(),
                b.codes().insufficientWork(), b.codes().misinterpretation(), b.codes().topicAttainment());
    }
}
