package org.examengine.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ByteOrderMark;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The answers examiners marked, for the HTML report, with the candidate's text and the examiner's comment from
 * a {@code review.csv}, the one file that holds them: either the marks applied to the results (which answers
 * and both marks from {@code results.jsonl}), or those of a filled-in review file not yet applied.
 */
public final class ReviewAnswers {

    private ReviewAnswers() {
    }

    /**
     * The answers whose final mark in the results is an examiner's (applied by {@code exam mark --overrides}),
     * with their text from the result set's own {@code review.csv}; without that file, listed without text.
     */
    public static List<ReviewedAnswer> fromResults(ResultSet rs, Path reviewCsv, String shownAs) {
        Map<String, String[]> text = Files.isRegularFile(reviewCsv) ? read(reviewCsv, shownAs) : Map.of();
        List<ReviewedAnswer> out = new ArrayList<>();
        for (CandidateResult c : rs.candidates()) {
            for (int i = 0; i < rs.items().size(); i++) {
                ItemResult r = c.item(i);
                if (r.markedBy() != MarkedBy.EXAMINER) {
                    continue;
                }
                String[] answerAndComment = text.getOrDefault(key(c.candidate(), r.question()), new String[] {"", "", "", ""});
                out.add(new ReviewedAnswer(c.candidate(), r.question(), rs.items().get(i).number(), r.max(), r.markerMark(),
                        r.mark(), answerAndComment[0], answerAndComment[1]));
            }
        }
        return out;
    }

    /**
     * The answers of a filled-in review file that carry an examiner's mark, both marks as the file gives them
     * ({@code mark} the marker's, {@code examiner_mark} the examiner's): what {@code exam report --overrides}
     * compares. Rows whose marks are not whole numbers, or whose question is not on the paper, are left out
     * (the agreement statistics refuse the file first).
     */
    public static List<ReviewedAnswer> fromReviewFile(ResultSet rs, Path reviewCsv, String shownAs) {
        List<ReviewedAnswer> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : read(reviewCsv, shownAs).entrySet()) {
            String[] row = e.getValue();
            String[] who = e.getKey().split("\u0000", 2);
            var index = rs.indexOf(who[1]);
            Integer marker = whole(row[2]);
            Integer examiner = whole(row[3]);
            if (index.isEmpty() || marker == null || examiner == null) {
                continue;
            }
            Item item = rs.items().get(index.getAsInt());
            out.add(new ReviewedAnswer(who[0], who[1], item.number(), item.max(), marker, examiner, row[0], row[1]));
        }
        return out;
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String[]> read(Path file, String shownAs) {
        Map<String, String[]> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = ByteOrderMark.skip(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (String column : List.of("candidate", "question", "answer")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ExamException(SourceLocation.startOf(shownAs), "not a review.csv of exam mark: it has no '"
                            + column + "' column");
                }
            }
            boolean hasComment = parser.getHeaderMap().containsKey("examiner_comment");
            boolean hasMarks = parser.getHeaderMap().containsKey("mark") && parser.getHeaderMap().containsKey("examiner_mark");
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    continue; // a short row holds no answer worth showing; exam mark --overrides reports bad rows
                }
                String comment = hasComment ? CsvCells.restore(r.get("examiner_comment")) : "";
                out.put(key(CsvCells.restore(r.get("candidate").strip()), CsvCells.restore(r.get("question").strip())),
                        new String[] {CsvCells.restore(r.get("answer")), comment, hasMarks ? r.get("mark") : "",
                            hasMarks ? r.get("examiner_mark") : ""});
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot read the answers under review: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return out;
    }

    private static String key(String candidate, String question) {
        return candidate + '\u0000' + question;
    }
}
