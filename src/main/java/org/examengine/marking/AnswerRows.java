package org.examengine.marking;

import java.util.List;
import org.examengine.marking.AnswerFiles.Layout;

/** Checks the records of one answers file after its header and hands each answer or rejection to the sink. */
final class AnswerRows {

    static final int MAX_CANDIDATE_CHARS = 100;

    private final AnswerHeader header;
    private final String shownAs;
    private final int maxAnswerChars;
    private final AnswerSink sink;

    AnswerRows(AnswerHeader header, String shownAs, int maxAnswerChars, AnswerSink sink) {
        this.header = header;
        this.shownAs = shownAs;
        this.maxAnswerChars = maxAnswerChars;
        this.sink = sink;
    }

    /** One record, starting on {@code line}. */
    void take(long line, List<String> cells) {
        String candidate = cells.get(0).strip();
        if (cells.size() != header.columns()) {
            reject(line, plainId(candidate), question(cells), "expected " + header.columns() + " fields ("
                    + (header.layout() == Layout.LONG ? "candidate,question,answer" : "candidate and " + questions())
                    + "), found " + cells.size());
        } else if (cells.stream().anyMatch(AnswerHeader::hasInvalidUtf8)) {
            reject(line, plainId(candidate), question(cells), "invalid UTF-8 in this row");
        } else if (candidateProblem(candidate) != null) {
            reject(line, "", question(cells), candidateProblem(candidate));
        } else if (header.layout() == Layout.LONG) {
            String question = cells.get(1).strip();
            if (question.isEmpty()) {
                reject(line, candidate, "", "no question id");
            } else {
                answer(line, candidate, question, cells.get(2));
            }
        } else {
            for (int i = 0; i < header.questions().size(); i++) {
                answer(line, candidate, header.questions().get(i), cells.get(i + 1));
            }
        }
    }

    private void answer(long line, String candidate, String question, String answer) {
        if (answer.length() > maxAnswerChars) {
            int characters = answer.codePointCount(0, answer.length());
            if (characters > maxAnswerChars) {
                reject(line, candidate, question, "answer is " + characters + " characters, over the limit of " + maxAnswerChars);
                return;
            }
        }
        sink.answer(new AnswerRow(shownAs, line, candidate, question, answer));
    }

    private void reject(long line, String candidate, String question, String reason) {
        sink.rejected(new AnswerRow(shownAs, line, candidate, question, ""), reason);
    }

    private String questions() {
        int n = header.questions().size();
        return n + (n == 1 ? " question" : " questions");
    }

    /** The question of a long record, when it is there and plain enough to show; "" otherwise. */
    private String question(List<String> cells) {
        return header.layout() == Layout.LONG && cells.size() > 1 ? plainId(cells.get(1).strip()) : "";
    }

    private static String plainId(String id) {
        return candidateProblem(id) == null && !AnswerHeader.hasInvalidUtf8(id) ? id : "";
    }

    /** Why a stripped candidate id cannot be used, or null when it can. */
    static String candidateProblem(String id) {
        if (id.isEmpty()) {
            return "no candidate id";
        }
        if (id.codePoints().anyMatch(Shown::isControl)) {
            return "not a candidate id: '" + Shown.text(id) + "' (it holds a control character)";
        }
        int characters = id.codePointCount(0, id.length());
        if (characters > MAX_CANDIDATE_CHARS) {
            return "not a candidate id: '" + Shown.text(id) + "' (" + characters + " characters, at most "
                    + MAX_CANDIDATE_CHARS + ")";
        }
        return null;
    }
}
