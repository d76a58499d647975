package org.examengine.report.stats;

import java.util.List;
import java.util.Objects;

/**
 * A bank question across every sitting it was on, and pooled.
 *
 * @param question       the bank id
 * @param level          the level of the papers it was on
 * @param topic          its topic (as on the latest paper)
 * @param max            its marks (as on the latest paper)
 * @param sittings       its figures per sitting, in the order the sittings were given
 * @param n              candidates over all sittings
 * @param facility       pooled facility: all marks earned / all marks available (n x max per sitting), %
 * @param discrimination pooled discrimination: the mean of the sittings' indices weighted by n, over the sittings
 *                       where it is defined, %; NaN when none is
 */
public record QuestionHistory(String question, int level, String topic, int max, List<SittingFigures> sittings, int n,
                              double facility, double discrimination) {
    public QuestionHistory {
        Objects.requireNonNull(question, "question");
        sittings = List.copyOf(sittings);
    }
}
