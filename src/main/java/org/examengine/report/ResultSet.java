package org.examengine.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;

/**
 * One marked result set: the results of one {@code exam mark --paper} run, with the paper they were marked
 * against. Read by {@link ResultSetReader}; the statistics and every report work from this value only.
 *
 * @param source      the results file as shown to the user ({@code out/results.jsonl})
 * @param paper       the paper (its grading rules give the boundaries; its stems the question text)
 * @param fingerprint the marking run's fingerprint, as written on every line ({@code exam 0.1.0 paper:.. grids:..})
 * @param items       the paper's questions in paper order
 * @param candidates  every candidate in results order; each has one {@link ItemResult} per item, same order
 */
public record ResultSet(String source, Paper paper, String fingerprint, List<Item> items,
                        List<CandidateResult> candidates) {
    public ResultSet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(fingerprint, "fingerprint");
        items = List.copyOf(items);
        candidates = List.copyOf(candidates);
        for (CandidateResult c : candidates) {
            if (c.items().size() != items.size()) {
                throw new IllegalArgumentException("candidate " + c.candidate() + " has " + c.items().size()
                        + " item results for " + items.size() + " items");
            }
        }
    }

    /** The paper's Pass and First Class boundaries and code thresholds. */
    public GradingRules grading() {
        return paper.grading();
    }

    /** The paper's marks: the sum of the items' marks. */
    public int max() {
        return items.stream().mapToInt(Item::max).sum();
    }

    /** The index of the item with this bank id, if the paper has it. */
    public OptionalInt indexOf(String questionId) {
        return IntStream.range(0, items.size()).filter(i -> items.get(i).id().equals(questionId)).findFirst();
    }
}
