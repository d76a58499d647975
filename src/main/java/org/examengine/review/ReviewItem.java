package org.examengine.review;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code review.csv}: an answer the marker was unsure of, as the file gives it (cells restored from
 * their spreadsheet-safe form). {@code examinerMark} is null when the row has no usable examiner's mark.
 *
 * @param line the row's first line in the file, for messages
 */
public record ReviewItem(long line, AnswerKey key, String number, int mark, int max, List<String> reasons,
                         String misread, String answer, List<String> points, Integer examinerMark,
                         String examinerComment, String fingerprint) {
    public ReviewItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(number, "number");
        reasons = List.copyOf(reasons);
        points = List.copyOf(points);
        misread = misread == null ? "" : misread;
        answer = answer == null ? "" : answer;
        examinerComment = examinerComment == null ? "" : examinerComment;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    public String candidate() {
        return key.candidate();
    }

    public String question() {
        return key.question();
    }

    /** The printed number when the file gives one, else the question id. */
    public String shownNumber() {
        return number.isEmpty() ? key.question() : number;
    }
}
