package org.examengine.review;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Small review folders and queues for the tests: a review.csv as exam mark writes it, and items in memory. */
final class ReviewFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);
    static final String FINGERPRINT = "exam 0.1.0 paper:db13cf37 grids:953fce15 thesaurus:f39054dd";

    private ReviewFixtures() {
    }

    /** Item {@code i} (from 0): candidate C001.., question Q1, 3 marks, the marker's mark i % 4 capped at 3. */
    static ReviewItem item(int i) {
        return new ReviewItem(i + 2, new AnswerKey(String.format("C%03d", i + 1), "Q1"), "1", Math.min(3, i % 4), 3,
                List.of("near_miss"), "", "answer " + (i + 1), List.of(), null, "", FINGERPRINT);
    }

    static List<ReviewItem> items(int n) {
        List<ReviewItem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(item(i));
        }
        return out;
    }

    /** A review.csv of {@code n} rows like {@link #item}; {@code examinerMarks[i]}, when given, fills row i. */
    static Path reviewCsv(Path dir, int n, String answer, String... examinerMarks) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("candidate", "question", "number", "mark", "max", "reasons", "misread", "answer", "points",
                    "examiner_mark", "examiner_comment", "fingerprint");
            for (int i = 0; i < n; i++) {
                ReviewItem it = item(i);
                csv.printRecord(it.candidate(), it.question(), it.number(), it.mark(), it.max(), "near_miss", "",
                        answer == null ? it.answer() : answer, "", i < examinerMarks.length ? examinerMarks[i] : "", "",
                        FINGERPRINT);
            }
            Files.createDirectories(dir);
            Path file = dir.resolve(ReviewSession.REVIEW_FILE);
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sink that keeps what it is given, in order. */
    static final class Recorder implements DecisionSink {
        final List<Object> saved = new ArrayList<>();

        @Override
        public void decided(Decision decision) {
            saved.add(decision);
        }

        @Override
        public void cleared(AnswerKey key, String by) {
            saved.add("cleared " + key);
        }
    }
}
