package org.examengine.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.examengine.report.stats.MarkPair;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The marker's and the examiner's mark side by side, from a filled-in {@code review.csv}: its {@code mark}
 * column is the marker's, {@code examiner_mark} the human's. Rows without an examiner's mark are skipped. For
 * agreement statistics, so a bad row stops the report: a question not on the paper, or a mark that is not a whole
 * number from 0 to the question's marks, is an {@link ExamException} naming file, line and column.
 */
public final class ReviewPairs {

    private ReviewPairs() {
    }

    public static List<MarkPair> read(Path file, String shownAs, ResultSet set) {
        List<MarkPair> pairs = new ArrayList<>();
        ReviewCsvRecords.read(file, shownAs, List.of("candidate", "question", "mark", "examiner_mark"),
                "the examiners' marks", (r, line) -> {
                    if (r.isSet("examiner_mark") && !r.get("examiner_mark").isBlank()) {
                        pairs.add(pair(r, new SourceLocation(shownAs, (int) line, 1), set));
                    }
                });
        return pairs;
    }

    private static MarkPair pair(CSVRecord r, SourceLocation at, ResultSet set) {
        String candidate = CsvCells.restore(r.get("candidate").strip());
        String question = CsvCells.restore(r.get("question").strip());
        int index = set.indexOf(question).orElseThrow(() -> new ExamException(at,
                "field 'question': '" + question + "' is not on paper " + set.paper().id()));
        int max = set.items().get(index).max();
        return new MarkPair(candidate, question, max, mark(r, "mark", max, at), mark(r, "examiner_mark", max, at));
    }

    private static int mark(CSVRecord r, String column, int max, SourceLocation at) {
        String written = r.isSet(column) ? r.get(column).strip() : "";
        try {
            int mark = Integer.parseInt(written);
            if (mark >= 0 && mark <= max) {
                return mark;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExamException(at, "field '" + column + "': expected a whole number from 0 to " + max + ", found '"
                + written + "'");
    }
}
