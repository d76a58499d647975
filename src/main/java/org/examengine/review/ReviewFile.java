package org.examengine.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.examengine.report.CsvCells;
import org.examengine.report.ReviewCsvRecords;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * A {@code review.csv} as {@code exam mark --paper} writes it, or as a spreadsheet saved it after a marker
 * filled some of it in: its rows as {@link ReviewItem}s, and every cell as read, so that {@link FilledReview}
 * can write it back with only the examiner's columns changed. An examiner's mark that is not a whole number
 * within the question's marks is kept in the file but shown as undecided, with a note.
 */
public final class ReviewFile {

    static final String MARK = "examiner_mark";
    static final String COMMENT = "examiner_comment";
    private static final List<String> REQUIRED = List.of("candidate", "question", "mark", "max", "answer", MARK);

    private final List<String> header;
    private final List<List<String>> cells;
    private final List<ReviewItem> items;
    private final List<String> notes;

    private ReviewFile(List<String> header, List<List<String>> cells, List<ReviewItem> items, List<String> notes) {
        this.header = List.copyOf(header);
        this.cells = List.copyOf(cells);
        this.items = List.copyOf(items);
        this.notes = List.copyOf(notes);
    }

    public static ReviewFile read(Path file, String shown) {
        List<List<String>> cells = new ArrayList<>();
        List<ReviewItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<AnswerKey, Long> seen = new HashMap<>();
        List<String> header = ReviewCsvRecords.read(file, shown, REQUIRED, "the review file", (r, line) -> {
            ReviewItem item = item(r, shown, line, notes);
            Long first = seen.putIfAbsent(item.key(), line);
            if (first != null) {
                throw new ExamException(new SourceLocation(shown, (int) line, 1), "a second row for candidate "
                        + item.candidate() + "'s answer to " + item.question() + " (the first is on line " + first + ")");
            }
            cells.add(new ArrayList<>(Arrays.asList(r.values())));
            items.add(item);
        });
        for (List<String> row : cells) {
            while (row.size() < header.size()) {
                row.add("");
            }
        }
        return new ReviewFile(header, cells, items, notes);
    }

    private static ReviewItem item(CSVRecord r, String shown, long line, List<String> notes) {
        String candidate = cell(r, "candidate").strip();
        String question = cell(r, "question").strip();
        if (candidate.isEmpty() || question.isEmpty()) {
            throw new ExamException(new SourceLocation(shown, (int) line, 1), "field '" + (candidate.isEmpty()
                    ? "candidate" : "question") + "' is empty");
        }
        int mark = whole(r, "mark", shown, line);
        int max = whole(r, "max", shown, line);
        String written = cell(r, MARK).strip();
        Integer examiner = null;
        if (!written.isEmpty()) {
            examiner = Marks.parse(written, max);
            if (examiner == null) {
                notes.add(shown + ":" + line + ": examiner_mark '" + written + "' is not a whole number from 0 to " + max
                        + "; the answer is shown as undecided");
            }
        }
        return new ReviewItem(line, new AnswerKey(candidate, question), cell(r, "number").strip(), mark, max,
                split(cell(r, "reasons")), cell(r, "misread"), cell(r, "answer"), split(cell(r, "points")), examiner,
                cell(r, COMMENT), r.isMapped("fingerprint") && r.isSet("fingerprint") ? r.get("fingerprint") : "");
    }

    private static int whole(CSVRecord r, String field, String shown, long line) {
        String text = cell(r, field).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExamException(new SourceLocation(shown, (int) line, 1), "field '" + field + "': '" + text
                + "' is not a whole number of marks");
    }

    /** A cell as exam wrote it before making it spreadsheet-safe; empty when the row lacks it. */
    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? CsvCells.restore(r.get(column)) : "";
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public List<ReviewItem> items() {
        return items;
    }

    /** Examiner's marks in the file that cannot be used, each as {@code file:line: what}. */
    public List<String> notes() {
        return notes;
    }

    List<String> header() {
        return header;
    }

    /** The cells of row {@code i} (0-based, in file order) exactly as read. */
    List<String> cells(int i) {
        return cells.get(i);
    }
}
