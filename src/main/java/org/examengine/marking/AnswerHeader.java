package org.examengine.marking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examengine.marking.AnswerFiles.Layout;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The header of an answers file: its layout and, for a wide file, the question id of each column after
 * the first.
 */
record AnswerHeader(Layout layout, List<String> questions) {

    static final List<String> LONG = List.of("candidate", "question", "answer");
    static final String EXPECTED = "candidate,question,answer (long) or candidate,<question id>,... (wide)";

    AnswerHeader {
        questions = List.copyOf(questions);
    }

    /** How many fields each row must have. */
    int columns() {
        return layout == Layout.LONG ? LONG.size() : questions.size() + 1;
    }

    static AnswerHeader of(List<String> cells, String shownAs, long line) {
        List<String> stripped = cells.stream().map(String::strip).toList();
        if (stripped.stream().anyMatch(AnswerHeader::hasInvalidUtf8)) {
            throw fatal(shownAs, line, "invalid UTF-8 in the header");
        }
        if (stripped.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(LONG)) {
            return new AnswerHeader(Layout.LONG, List.of());
        }
        if (stripped.size() < 2 || !stripped.get(0).equalsIgnoreCase("candidate")) {
            throw fatal(shownAs, line, "header must be " + EXPECTED + ", found " + Shown.text(String.join(",", stripped)));
        }
        List<String> questions = stripped.subList(1, stripped.size());
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            int column = i + 2;
            if (q.isEmpty()) {
                throw fatal(shownAs, line, "column " + column + " of the header has no question id");
            }
            Integer earlier = columnOf.putIfAbsent(q, column);
            if (earlier != null) {
                throw fatal(shownAs, line, "question " + Shown.text(q) + " has two columns in the header, "
                        + earlier + " and " + column);
            }
        }
        return new AnswerHeader(Layout.WIDE, questions);
    }

    static boolean hasInvalidUtf8(String text) {
        return text.indexOf('\uFFFD') >= 0;
    }

    private static ExamException fatal(String shownAs, long line, String message) {
        return new ExamException(new SourceLocation(shownAs, AnswerFiles.lineNumber(line), 1), message);
    }
}
