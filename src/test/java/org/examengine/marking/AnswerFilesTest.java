package org.examengine.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.examengine.marking.AnswerFiles.Layout;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers files as centres save them, read as a marker relies on. */
class AnswerFilesTest {

    private static final String FILE = "answers.csv";
    private static final String LONG = "candidate,question,answer\n";

    @TempDir
    Path dir;

    /** What a sink was given, in order: an answer has a null reason. */
    record Event(AnswerRow row, String reason) {
        static Event answer(long line, String candidate, String question, String answer) {
            return new Event(new AnswerRow(FILE, line, candidate, question, answer), null);
        }

        static Event rejected(long line, String candidate, String question, String reason) {
            return new Event(new AnswerRow(FILE, line, candidate, question, ""), reason);
        }
    }

    record Result(Layout layout, List<Event> events) {
    }

    private Result read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), AnswerFiles.DEFAULT_MAX_ANSWER_CHARS);
    }

    private Result read(String text, int maxAnswerChars) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), maxAnswerChars);
    }

    private Result read(byte[] bytes, int maxAnswerChars) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.write(file, bytes);
        return read(file, maxAnswerChars);
    }

    private static Result read(Path file, int maxAnswerChars) {
        List<Event> events = new ArrayList<>();
        Layout layout = new AnswerFiles(maxAnswerChars).read(file, FILE, new AnswerSink() {
            @Override
            public void answer(AnswerRow row) {
                events.add(new Event(row, null));
            }

            @Override
            public void rejected(AnswerRow row, String reason) {
                events.add(new Event(row, reason));
            }
        });
        return new Result(layout, events);
    }

    private ExamException fatal(String text) throws Exception {
        return fatal(text.getBytes(StandardCharsets.UTF_8), AnswerFiles.DEFAULT_MAX_ANSWER_CHARS);
    }

    private ExamException fatal(byte[] bytes, int maxAnswerChars) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.write(file, bytes);
        ExamException e = catchThrowableOfType(ExamException.class, () -> read(file, maxAnswerChars));
        assertThat(e).as("an ExamException").isNotNull();
        assertThat(e.location().file()).isEqualTo(FILE);
        assertThat(e.getMessage()).doesNotContain("\n", FILE + ":");
        return e;
    }

    @Test
    void aLongHeaderIsFoundWhateverItsCaseAndSpacesAndItsRowsAreStrippedButNotTheirAnswers() throws Exception {
        Result r = read(" Candidate , QUESTION,answer \n C001 , L2-041 ,  lock the screen  \n");
        assertThat(r.layout()).isEqualTo(Layout.LONG);
        assertThat(r.events()).containsExactly(Event.answer(2, "C001", "L2-041", "  lock the screen  "));
    }

    @Test
    void aWideFileGivesOneAnswerPerQuestionColumnInColumnOrderBlankCellsIncluded() throws Exception {
        Result r = read("CANDIDATE, L2-041 ,l2-042\nC001,shred them,\nC002,,ask who is calling\n");
        assertThat(r.layout()).isEqualTo(Layout.WIDE);
        assertThat(r.events()).containsExactly(
                Event.answer(2, "C001", "L2-041", "shred them"), Event.answer(2, "C001", "l2-042", ""),
                Event.answer(3, "C002", "L2-041", ""), Event.answer(3, "C002", "l2-042", "ask who is calling"));
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreReadAsExcelWritesThem() throws Exception {
        Result r = read("\uFEFFcandidate,question,answer\r\nC001,Q1,a\r\nC002,Q1,b\r\n");
        assertThat(r.events()).containsExactly(Event.answer(2, "C001", "Q1", "a"), Event.answer(3, "C002", "Q1", "b"));
        assertThat(read("\uFEFFcandidate,Q1\r\nC001,a\r\n").layout()).isEqualTo(Layout.WIDE);
    }

    @Test
    void aQuotedAnswerOverSeveralLinesKeepsItsLineEndsAndTheRowsAfterItTheirLines() throws Exception {
        Result r = read(LONG + "C001,Q1,\"first, \"\"quoted\"\"\nsecond\r\nthird\"\nC002,Q1,after\n");
        assertThat(r.events()).containsExactly(
                Event.answer(2, "C001", "Q1", "first, \"quoted\"\nsecond\r\nthird"), Event.answer(5, "C002", "Q1", "after"));
    }

    @Test
    void emptyLinesAreSkippedAndDoNotShiftLineNumbers() throws Exception {
        Result r = read("\n" + LONG + "\nC001,Q1,a\n\r\n\nC002,Q1,b");
        assertThat(r.events()).containsExactly(Event.answer(4, "C001", "Q1", "a"), Event.answer(7, "C002", "Q1", "b"));
    }

    @Test
    void aHeaderAloneHoldsNoAnswersButAnEmptyFileIsFatal() throws Exception {
        assertThat(read(LONG)).isEqualTo(new Result(Layout.LONG, List.of()));
        assertThat(read("candidate,Q1,Q2")).isEqualTo(new Result(Layout.WIDE, List.of()));
        for (String empty : List.of("", "\uFEFF", "\n\r\n\n")) {
            ExamException e = fatal(empty);
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("answers file is empty: expected a header, candidate,question,answer (long)");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedAtItsLineAndReadingGoesOn() throws Exception {
        assertThat(read(LONG + "C001,Q1\nC002,Q1,a,extra\nC003,Q1,b\n").events()).containsExactly(
                Event.rejected(2, "C001", "Q1", "expected 3 fields (candidate,question,answer), found 2"),
                Event.rejected(3, "C002", "Q1", "expected 3 fields (candidate,question,answer), found 4"),
                Event.answer(4, "C003", "Q1", "b"));
        assertThat(read("candidate,Q1,Q2\nC001,a\nC002,a,b\n").events()).containsExactly(
                Event.rejected(2, "C001", "", "expected 3 fields (candidate and 2 questions), found 2"),
                Event.answer(3, "C002", "Q1", "a"), Event.answer(3, "C002", "Q2", "b"));
    }

    @Test
    void aRowWithoutACandidateOrInALongFileWithoutAQuestionIsRejected() throws Exception {
        assertThat(read(LONG + " ,Q1,a\nC001,  ,a\nC002,Q1,b\n").events()).containsExactly(
                Event.rejected(2, "", "Q1", "no candidate id"), Event.rejected(3, "C001", "", "no question id"),
                Event.answer(4, "C002", "Q1", "b"));
        assertThat(read("candidate,Q1\n\"\",a\n").events()).containsExactly(Event.rejected(2, "", "", "no candidate id"));
    }

    @Test
    void aCandidateIdOverOneHundredCharactersOrWithAControlCharacterIsRejected() throws Exception {
        String hundred = "C".repeat(100);
        Result r = read(LONG + hundred + ",Q1,a\n" + hundred + "C,Q1,b\n\"C0\n01\",Q1,c\nC0\u000701,Q1,d\n");
        assertThat(r.events()).containsExactly(
                Event.answer(2, hundred, "Q1", "a"),
                Event.rejected(3, "", "Q1", "not a candidate id: '" + "C".repeat(60) + "…' (101 characters, at most 100)"),
                Event.rejected(4, "", "Q1", "not a candidate id: 'C0\\n01' (it holds a control character)"),
                Event.rejected(6, "", "Q1", "not a candidate id: 'C0\\u000701' (it holds a control character)"));
    }

    @Test
    void invalidUtf8AnywhereInARowRejectsThatRowOnly() throws Exception {
        byte[] latin1 = (LONG + "C001,Q1,caf\u00e9\nC002,Q1,ok\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(latin1, 100).events()).containsExactly(
                Event.rejected(2, "C001", "Q1", "invalid UTF-8 in this row"), Event.answer(3, "C002", "Q1", "ok"));
        byte[] wide = "candidate,Q1,Q2\nC001,a,\u00ff\nC002,b,c\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(wide, 100).events()).containsExactly(Event.rejected(2, "C001", "", "invalid UTF-8 in this row"),
                Event.answer(3, "C002", "Q1", "b"), Event.answer(3, "C002", "Q2", "c"));
    }

    @Test
    void anInvalidUtf8HeaderIsFatal() throws Exception {
        ExamException e = fatal("candidate,Q\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), 100);
        assertThat(e.getMessage()).isEqualTo("invalid UTF-8 in the header");
    }

    @Test
    void anAnswerOverTheLimitIsRejectedCountingCharactersNotUtf16Units() throws Exception {
        String emoji = "\uD83D\uDE00".repeat(10);
        assertThat(read(LONG + "C001,Q1,0123456789\nC002,Q1,0123456789X\nC003,Q1," + emoji + "\n", 10).events()).containsExactly(
                Event.answer(2, "C001", "Q1", "0123456789"),
                Event.rejected(3, "C002", "Q1", "answer is 11 characters, over the limit of 10"),
                Event.answer(4, "C003", "Q1", emoji));
    }

    @Test
    void inAWideFileOnlyTheCellOverTheLimitIsRejected() throws Exception {
        assertThat(read("candidate,Q1,Q2,Q3\nC001,short,far too long,ok\n", 5).events()).containsExactly(
                Event.answer(2, "C001", "Q1", "short"),
                Event.rejected(2, "C001", "Q2", "answer is 12 characters, over the limit of 5"),
                Event.answer(2, "C001", "Q3", "ok"));
    }

    @Test
    void anyOtherHeaderIsFatalAndSaysWhatItFound() throws Exception {
        for (String header : List.of("student,item,text", "candidate", "question,candidate,answer", "candidate;question;answer")) {
            ExamException e = fatal("\n" + header + "\nC001,Q1,a\n");
            assertThat(e.location().line()).as(header).isEqualTo(2);
            assertThat(e.getMessage()).as(header).startsWith("header must be candidate,question,answer (long) or "
                    + "candidate,<question id>,... (wide), found ");
        }
        assertThat(fatal("student,item,text\n").getMessage()).endsWith("found student,item,text");
    }

    @Test
    void aWideHeaderWithABlankOrRepeatedQuestionIsFatal() throws Exception {
        assertThat(fatal("candidate,Q1, ,Q3\nC001,a,b,c\n").getMessage()).isEqualTo("column 3 of the header has no question id");
        assertThat(fatal("candidate,question,answer,\n").getMessage()).isEqualTo("column 4 of the header has no question id");
        assertThat(fatal("candidate,Q1,Q2, Q1\n").getMessage()).isEqualTo("question Q1 has two columns in the header, 2 and 4");
    }

    @Test
    void textAfterAClosingQuoteIsFatalAtItsLineNamingTheRowsFirstLine() throws Exception {
        ExamException sameLine = fatal(LONG + "C001,Q1,ok\nC002,Q1,\"he said \"hi\" to me\"\n");
        assertThat(sameLine.location().line()).isEqualTo(3);
        assertThat(sameLine.getMessage()).isEqualTo("the row from line 3 has text after a closing quote: is a quote inside "
                + "a field not doubled, or a closing quote missing?");
        ExamException later = fatal(LONG + "C001,Q1,\"unfinished\nC002,Q1,\"b\"\n");
        assertThat(later.location().line()).isEqualTo(3);
        assertThat(later.getMessage()).startsWith("the row from line 2 has text after a closing quote");
    }

    @Test
    void theEndOfTheFileInsideQuotesIsFatalNamingTheLineTheFieldStartsOn() throws Exception {
        ExamException e = fatal(LONG + "C001,Q1,ok\nC002,Q1,\"unfinished\nC003,Q1,b\nC004,Q1,c\n");
        assertThat(e.location().line()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo("a quoted field from line 3 is still open at the end of the file: is a closing quote missing?");
        assertThat(fatal(LONG + "C001,Q1,\"no end").location().line()).isEqualTo(2);
    }

    @Test
    void aQuotedFieldRunningOnPastTheLimitIsFatalBeforeTheFileEnds() throws Exception {
        String runOn = LONG + "C001,Q1,ok\nC002,Q1,\"" + "a line of an answer\n".repeat(60_000) + "\"\n";
        ExamException e = fatal(runOn.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(e.getMessage()).isEqualTo("a quoted field from line 3 runs on for over 1048576 characters: is a closing quote missing?");
        assertThat(e.location().line()).isBetween(3 + 50_000, 3 + 60_000 - 1);
        // The limit grows with the answer limit: the same field is read, then rejected as too long.
        assertThat(read(runOn, 400_000).events()).last()
                .isEqualTo(Event.rejected(3, "C002", "Q1", "answer is 1200000 characters, over the limit of 400000"));
    }

    @Test
    void aRowOfTooManyCharactersOrFieldsIsFatal() throws Exception {
        String field = "\"" + "x".repeat(1_000_000) + "\"";
        ExamException chars = fatal((LONG + "C001," + String.join(",", field, field, field, field) + "\n").getBytes(StandardCharsets.UTF_8), 10);
        assertThat(chars.getMessage()).isEqualTo("a row from line 2 runs on for over 3145728 characters");
        ExamException fields = fatal(LONG + "C001" + ",".repeat(RunOnGuard.MAX_FIELDS) + "\n");
        assertThat(fields.getMessage()).isEqualTo("a row from line 2 has over 10000 fields");
        assertThat(read(LONG + "C001" + ",".repeat(RunOnGuard.MAX_FIELDS - 1) + "\n").events())
                .singleElement().extracting(Event::reason).asString().startsWith("expected 3 fields");
    }

    @Test
    void aFileThatCannotBeReadIsFatalAndSaysWhy() {
        ExamException missing = catchThrowableOfType(ExamException.class, () -> read(dir.resolve("nope.csv"), 10));
        assertThat(missing.render()).isEqualTo(FILE + ":1:1: cannot read the answers file: no such file");
        ExamException folder = catchThrowableOfType(ExamException.class, () -> read(dir, 10));
        assertThat(folder.location().line()).isEqualTo(1);
        assertThat(folder.getMessage()).startsWith("cannot read the answers file: ");
    }
}
