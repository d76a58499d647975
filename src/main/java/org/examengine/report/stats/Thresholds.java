package org.examengine.report.stats;

/**
 * Where the item flags start, in percent. The defaults follow the guidance published with Moodle's quiz
 * statistics report: facility 90 % and above is "very easy", under 20 % "difficult" or worse; a discrimination
 * index under 20 % is "very weak" (negative: "probably invalid"); and Moodle's own table marks a question dubious
 * when its discriminative efficiency is under 15 %.
 *
 * @param tooEasy        {@link Flag#TOO_EASY} when the facility is above this
 * @param tooHard        {@link Flag#TOO_HARD} when the facility is below this
 * @param discrimination {@link Flag#NOT_DISCRIMINATING} when the discrimination index is below this
 * @param efficiency     {@link Flag#LOW_EFFICIENCY} when the discriminative efficiency is below this
 */
public record Thresholds(double tooEasy, double tooHard, double discrimination, double efficiency) {

    public static final Thresholds MOODLE = new Thresholds(90, 20, 20, 15);
}
