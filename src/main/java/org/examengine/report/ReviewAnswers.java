package org.examengine.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ByteOrderMark;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * The answers examiners re-marked, for the report: which answers and which marks come from the result set
 * (the examiner's mark and the marker's own, as {@code results.jsonl} records them); only the candidate's text
 * and the examiner's comment come from {@code review.csv}, which is the one file that holds them.
 */
public final class ReviewAnswers {

    private ReviewAnswers() {
    }

    /** @param reviewCsv the result set's {@code review.csv}; when it does not exist, answers are listed without text */
    public static List<ReviewedAnswer> of(ResultSet rs, Path reviewCsv, String shownAs) {
        Map<String, String[]> text = Files.isRegularFile(reviewCsv) ? read(reviewCsv, shownAs) : Map.of();
        List<ReviewedAnswer> out = new ArrayList<>();
        for (CandidateResult c : rs.candidates()) {
            for (int i = 0; i < rs.items().size(); i++) {
                ItemResult r = c.item(i);
                if (r.markedBy() != MarkedBy.EXAMINER) {
                    continue;
                }
                String[] answerAndComment = text.getOrDefault(key(c.candidate(), r.question()), new String[] {"", ""});
                out.add(new ReviewedAnswer(c.candidate(), r.question(), rs.items().get(i).number(), r.max(), r.markerMark(),
                        r.mark(), answerAndComment[0], answerAndComment[1]));
            }
        }
        return out;
    }

    private static Map<String, String[]> read(Path file, String shownAs) {
        Map<String, String[]> out = new HashMap<>();
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
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    continue; // a short row holds no answer worth showing; exam mark --overrides reports bad rows
                }
                String comment = hasComment ? CsvCells.restore(r.get("examiner_comment")) : "";
                out.put(key(CsvCells.restore(r.get("candidate").strip()), CsvCells.restore(r.get("question").strip())),
                        new String[] {CsvCells.restore(r.get("answer")), comment});
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
