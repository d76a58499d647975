package org.examengine.report.stats;

/**
 * Where the item flags start, in percent. The facility lines follow the guidance published for Moodle's quiz
 * statistics report (90 % and above "very easy", 20 % and under "difficult" or worse); the discrimination line is
 * the usual item-analysis rule of thumb (Moodle gives none); the efficiency line is Moodle's own test for a
 * dubious question (discriminative efficiency under 15 %). See docs/report.md.
 *
 * @param tooEasy        {@link Flag#TOO_EASY} when the facility is above this
 * @param tooHard        {@link Flag#TOO_HARD} when the facility is below this
 * @param discrimination {@link Flag#NOT_DISCRIMINATING} when the discrimination index is below this
 * @param efficiency     {@link Flag#LOW_EFFICIENCY} when the discriminative efficiency is below this
 */
public record Thresholds(double tooEasy, double tooHard, double discrimination, double efficiency) {

    public static final Thresholds MOODLE = new Thresholds(90, 20, 20, 15);
}
