package org.examengine.report;

import java.util.List;
import java.util.Objects;
import org.examengine.grading.Grade;

/**
 * One candidate's graded result on a paper, one line of {@code results.jsonl}.
 *
 * @param candidate the candidate id as in the answers (untrusted text: escape it before showing it)
 * @param line      the line of {@code results.jsonl} it came from, 1-based
 * @param total     marks earned, the sum of the item marks
 * @param max       the paper's marks
 * @param percent   {@code total} as a percentage, as written (one decimal; for reading, grades compare exactly)
 * @param grade     the grade given
 * @param codes     a fail's performance codes in the handbook's order ({@code AA}, {@code FM}); empty otherwise
 * @param items     one result per question of the paper, in paper order (the same order as
 *                  {@link ResultSet#items()}); a question without an answer row is {@link ItemResult#absent}
 */
public record CandidateResult(String candidate, int line, int total, int max, double percent, Grade grade,
                              List<String> codes, List<ItemResult> items) {
    public CandidateResult {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(grade, "grade");
        codes = List.copyOf(codes);
        items = List.copyOf(items);
    }

    /** The result on the paper's i-th question. */
    public ItemResult item(int i) {
        return items.get(i);
    }
}
