package org.examengine.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.marking.AnswerFiles.Layout;
import org.examengine.source.ExamException;

/**
 * Whatever a centre's file holds, reading it ends in answers and rejections that name the file and a
 * line, or in one located {@link ExamException}: never a library exception. And a file that Commons CSV
 * itself wrote is read back exactly.
 */
class AnswerFilesPropertiesTest {

    private static final String FILE = "answers.csv";

    /** A well-formed file and the answers it holds. */
    record Sample(Layout layout, String text, List<AnswerRow> rows) {
    }

    @Property(tries = 200)
    void randomBytesGiveLocatedRowsOrALocatedExamException(@ForAll("csvishBytes") byte[] bytes) throws IOException {
        assertReadSurvives(bytes);
    }

    @Property(tries = 200)
    void aValidFileCutAnywhereGivesLocatedRowsOrALocatedExamException(@ForAll("validFile") Sample sample,
                                                                      @ForAll @IntRange(min = 0, max = 2000) int cut) throws IOException {
        byte[] bytes = sample.text().getBytes(StandardCharsets.UTF_8);
        byte[] cutBytes = new byte[Math.min(cut, bytes.length)];
        System.arraycopy(bytes, 0, cutBytes, 0, cutBytes.length);
        assertReadSurvives(cutBytes);
    }

    @Property(tries = 200)
    void strayQuotesGiveLocatedRowsOrALocatedExamException(@ForAll("validFile") Sample sample,
                                                           @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 2000) Integer> at)
            throws IOException {
        StringBuilder text = new StringBuilder(sample.text());
        for (int i : at) {
            text.insert(Math.min(i, text.length()), '"');
        }
        assertReadSurvives(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void whatCommonsCsvWritesIsReadBackExactlyInOrderWithTheLinesRowsStartOn(@ForAll("validFile") Sample sample)
            throws IOException {
        List<AnswerRow> answers = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        Layout layout = read(sample.text().getBytes(StandardCharsets.UTF_8), AnswerFiles.DEFAULT_MAX_ANSWER_CHARS, new AnswerSink() {
            @Override
            public void answer(AnswerRow row) {
                answers.add(row);
            }

            @Override
            public void rejected(AnswerRow row, String reason) {
                rejections.add(row.line() + ": " + reason);
            }
        });
        assertThat(rejections).isEmpty();
        assertThat(layout).isEqualTo(sample.layout());
        assertThat(answers).containsExactlyElementsOf(sample.rows());
    }

    private static void assertReadSurvives(byte[] bytes) throws IOException {
        long lines = 1 + lineBreaks(new String(bytes, StandardCharsets.UTF_8));
        List<AnswerRow> rows = new ArrayList<>();
        AnswerSink sink = new AnswerSink() {
            @Override
            public void answer(AnswerRow row) {
                rows.add(row);
            }

            @Override
            public void rejected(AnswerRow row, String reason) {
                assertThat(row.answer()).isEmpty();
                assertOneLineMessage(reason);
                rows.add(row);
            }
        };
        try {
            read(bytes, 8, sink);
        } catch (ExamException e) {
            assertThat(e.location()).as(e.getMessage()).isNotNull();
            assertThat(e.location().file()).isEqualTo(FILE);
            assertThat((long) e.location().line()).isBetween(1L, lines);
            assertOneLineMessage(e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError("the reader let a " + e.getClass().getName() + " escape: " + e.getMessage(), e);
        }
        long last = 1;
        for (AnswerRow row : rows) {
            assertThat(row.file()).isEqualTo(FILE);
            assertThat(row.line()).as("rows come in file order").isBetween(Math.max(2, last), lines);
            last = row.line();
        }
    }

    private static void assertOneLineMessage(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n", "\r", "Exception");
        assertThat(Character.isLowerCase(message.codePointAt(0))).as(message).isTrue();
    }

    private static Layout read(byte[] bytes, int maxAnswerChars, AnswerSink sink) throws IOException {
        Path file = Files.createTempFile("answers", ".csv");
        try {
            Files.write(file, bytes);
            return new AnswerFiles(maxAnswerChars).read(file, FILE, sink);
        } finally {
            Files.delete(file);
        }
    }

    /** Line ends as Commons CSV counts them: CR, LF and CRLF each one. */
    private static long lineBreaks(CharSequence text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Provide
    Arbitrary<byte[]> csvishBytes() {
        Arbitrary<byte[]> tokens = Arbitraries.of("candidate,question,answer\n", "candidate,Q1,Q2\r\n", "candidate", ",", "\"",
                "\"\"", "\n", "\r", "\r\n", "C1", "Q1", " ", "\uFEFF", "\u00e9", "\uD83D\uDE00", "\u0007", "", "x".repeat(9))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalid = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE9, ','});
        Arbitrary<byte[]> csvish = Arbitraries.frequencyOf(Tuple.of(8, tokens), Tuple.of(1, invalid)).list().ofMaxSize(60)
                .map(AnswerFilesPropertiesTest::concat);
        return Arbitraries.oneOf(csvish, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<Sample> validFile() {
        Arbitrary<String> ids = Arbitraries.of("C", "0", "7", "L2-", "x", " ", ",", "\"", "\u00e9", "\u4e2d", "\uD83D\uDE00", "=")
                .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l).strip()).filter(s -> !s.isEmpty());
        Arbitrary<String> answers = Arbitraries.of("word", " ", ",", "\"", "\n", "\r\n", "\r", "\t", "\u00e9", "\uD83D\uDE00", "=1", "''")
                .list().ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<List<String>> longRow = Combinators.combine(ids, ids, answers).as(List::of);
        Arbitrary<List<String>> questions = ids.list().ofMinSize(1).ofMaxSize(4).uniqueElements()
                .filter(q -> !q.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList().equals(List.of("question", "answer")));
        Arbitrary<Sample> longFile = Combinators.combine(longRow.list().ofMaxSize(6), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((rows, bom, crlf) -> sample(Layout.LONG, List.of("candidate", "question", "answer"), rows, bom, crlf));
        Arbitrary<Sample> wideFile = questions.flatMap(qs -> {
            Arbitrary<List<String>> row = Combinators.combine(ids, answers.list().ofSize(qs.size()))
                    .as((c, as) -> concat(List.of(c), as));
            return Combinators.combine(row.list().ofMaxSize(6), Arbitraries.of(true, false), Arbitraries.of(true, false))
                    .as((rows, bom, crlf) -> sample(Layout.WIDE, concat(List.of("Candidate"), qs), rows, bom, crlf));
        });
        return Arbitraries.oneOf(longFile, wideFile);
    }

    private static Sample sample(Layout layout, List<String> header, List<List<String>> records, boolean bom, boolean crlf) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").get();
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        List<AnswerRow> rows = new ArrayList<>();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(header);
            for (List<String> record : records) {
                long line = 1 + lineBreaks(text);
                printer.printRecord(record);
                if (layout == Layout.LONG) {
                    rows.add(new AnswerRow(FILE, line, record.get(0), record.get(1), record.get(2)));
                } else {
                    for (int i = 1; i < header.size(); i++) {
                        rows.add(new AnswerRow(FILE, line, record.get(0), header.get(i), record.get(i)));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new Sample(layout, text.toString(), rows);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
