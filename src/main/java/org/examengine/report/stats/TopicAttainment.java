package org.examengine.report.stats;

import java.util.Objects;

/**
 * How the candidates did on the questions of one topic (performance-code area) of the paper.
 *
 * @param topic       the topic code ({@code FM})
 * @param area        what it covers, from the handbook ("policies, complaints, confidentiality")
 * @param questions   questions of the paper on it
 * @param marks       the marks of those questions
 * @param meanPercent mean over candidates of the share of those marks they earned, %
 * @param below       candidates who earned under {@code threshold} % of them (the rule of the topic code)
 * @param threshold   the paper's topic-attainment threshold, %
 */
public record TopicAttainment(String topic, String area, int questions, int marks, double meanPercent, int below,
                              int threshold) {
    public TopicAttainment {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(area, "area");
    }
}
