package org.examengine.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.examengine.paper.Paper;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The examiners' marks of a filled-in {@code review.csv}: each row with an {@code examiner_mark} replaces the
 * marker's mark for that candidate's answer. A mark that is not a whole number from 0 to the question's
 * marks, or for a question not on the paper, is an error and is not applied; so is one for an answer the
 * answers files do not hold, found once they are all read ({@link #unused()}).
 */
public final class ExaminerMarks {

    /** One examiner's mark, and where it was written. */
    public record ExaminerMark(String candidate, String question, int mark, String comment, String file, long line) {
    }

    /** An examiner's mark that cannot be applied. */
    public record Problem(String file, long line, String candidate, String question, String message) {
    }

    private final Map<String, ExaminerMark> byAnswer = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private ExaminerMarks() {
    }

    public static ExaminerMarks none() {
        return new ExaminerMarks();
    }

    public static ExaminerMarks read(Path file, String shownAs, Paper paper) {
        Map<String, Integer> maxByQuestion = new HashMap<>();
        paper.allQuestions().forEach(q -> maxByQuestion.put(q.id(), q.marks()));
        ExaminerMarks marks = new ExaminerMarks();
        ReviewCsvRecords.read(file, shownAs, List.of("candidate", "question", "examiner_mark"),
                "the examiners' marks", (r, line) -> {
                    if (r.isMapped("examiner_mark") && r.isSet("examiner_mark") && !r.get("examiner_mark").isBlank()) {
                        marks.add(r, shownAs, line, maxByQuestion, r.isMapped("examiner_comment")
                                && r.isSet("examiner_comment") ? CsvCells.restore(r.get("examiner_comment")) : "");
                    }
                });
        return marks;
    }

    private void add(CSVRecord r, String file, long line, Map<String, Integer> maxByQuestion, String comment) {
        String candidate = CsvCells.restore(r.get("candidate").strip());
        String question = CsvCells.restore(r.get("question").strip());
        String written = r.get("examiner_mark").strip();
        Integer max = maxByQuestion.get(question);
        Integer mark = wholeNumber(written);
        String problem = max == null ? "question '" + question + "' is not on the paper"
                : mark == null ? "examiner_mark must be a whole number, found '" + written + "'"
                : mark < 0 || mark > max ? "examiner_mark " + mark + " is outside 0.." + max + ", the marks of question "
                        + question
                : null;
        ExaminerMark earlier = byAnswer.get(key(candidate, question));
        if (problem == null && earlier != null) {
            problem = "a second examiner mark for this answer (the first is on line " + earlier.line() + ")";
        }
        if (problem != null) {
            problems.add(new Problem(file, line, candidate, question, problem + "; not applied"));
        } else {
            byAnswer.put(key(candidate, question), new ExaminerMark(candidate, question, mark, comment, file, line));
        }
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String key(String candidate, String question) {
        return candidate + '\u0000' + question;
    }

    /** The examiner's mark for this answer, taken: {@link #unused()} then no longer lists it. */
    public ExaminerMark take(String candidate, String question) {
        return byAnswer.remove(key(candidate, question));
    }

    /** Marks that could not be applied as read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Marks never taken: no answer in the answers files matched them. In file order. */
    public List<ExaminerMark> unused() {
        return byAnswer.values().stream().sorted(java.util.Comparator.comparingLong(ExaminerMark::line)).toList();
    }
}
