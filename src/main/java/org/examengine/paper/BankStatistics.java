package org.examengine.paper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ByteOrderMark;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * How the bank's questions did in earlier sittings, as {@code exam report --bank-stats} writes it (columns
 * {@link #HEADER}; see docs/report.md), and what a paper made of them may be expected to score. The default
 * facility of a level, for questions never sat, is the mean facility of the level's questions in the file,
 * weighted by marks and candidates: the share of all the marks sat at that level that were earned.
 */
public final class BankStatistics {

    /** The columns of a bank-statistics file, in order. */
    public static final List<String> HEADER = List.of("question", "level", "topic", "max", "sittings", "n", "facility",
            "discrimination", "per_sitting");

    private final Map<String, QuestionFacility> byQuestion;

    public BankStatistics(Collection<QuestionFacility> rows) {
        Map<String, QuestionFacility> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.question(), r));
        this.byQuestion = java.util.Collections.unmodifiableMap(map);
    }

    public Map<String, QuestionFacility> byQuestion() {
        return byQuestion;
    }

    /** The share of the marks earned over every question of the level in the file, %; empty when it has none. */
    public OptionalDouble levelFacility(int level) {
        double earned = 0;
        double available = 0;
        for (QuestionFacility q : byQuestion.values()) {
            if (q.level() == level && q.n() > 0) {
                earned += q.facility() / 100 * q.max() * q.n();
                available += (double) q.max() * q.n();
            }
        }
        return available > 0 ? OptionalDouble.of(100 * earned / available) : OptionalDouble.empty();
    }

    /** The expected mean of these questions (id and marks), the rest at {@code defaultFacility} %. */
    public ExpectedMean expectedMean(Map<String, Integer> marksById, double defaultFacility) {
        double marks = 0;
        int with = 0;
        int max = 0;
        for (Map.Entry<String, Integer> q : marksById.entrySet()) {
            QuestionFacility f = byQuestion.get(q.getKey());
            boolean known = f != null && f.n() > 0;
            with += known ? 1 : 0;
            marks += (known ? f.facility() : defaultFacility) / 100 * q.getValue();
            max += q.getValue();
        }
        return new ExpectedMean(marks, max, with, marksById.size(), defaultFacility);
    }

    /** The expected mean of a built paper. */
    public ExpectedMean expectedMean(Paper paper, double defaultFacility) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        paper.allQuestions().forEach(q -> marks.put(q.id(), q.marks()));
        return expectedMean(marks, defaultFacility);
    }

    /** Reads a bank-statistics file; a bad row is an {@link ExamException} naming file, line and column. */
    public static BankStatistics read(Path file, String shownAs) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<QuestionFacility> rows = new java.util.ArrayList<>();
        try (Reader in = ByteOrderMark.skip(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (String column : List.of("question", "level", "max", "n", "facility", "discrimination")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ExamException(SourceLocation.startOf(shownAs), "not a bank-statistics file of exam report: "
                            + "it has no '" + column + "' column");
                }
            }
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                rows.add(row(records.next(), new SourceLocation(shownAs, (int) line, 1)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot be read: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return new BankStatistics(rows);
    }

    private static QuestionFacility row(CSVRecord r, SourceLocation at) {
        String question = r.get("question").strip();
        if (question.startsWith("'")) {
            question = question.substring(1);
        }
        if (question.isEmpty()) {
            throw new ExamException(at, "field 'question': empty");
        }
        int level = (int) number(r, "level", at, 1, 9, false);
        int max = (int) number(r, "max", at, 1, 1000, false);
        int n = (int) number(r, "n", at, 0, Integer.MAX_VALUE, false);
        double facility = number(r, "facility", at, 0, 100, false);
        double discrimination = number(r, "discrimination", at, -100, 100, true);
        return new QuestionFacility(question, level, max, n, facility, discrimination);
    }

    private static double number(CSVRecord r, String column, SourceLocation at, double low, double high, boolean blank) {
        String text = r.isSet(column) ? r.get(column).strip() : "";
        if (blank && text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            boolean whole = !column.equals("facility") && !column.equals("discrimination");
            if (value >= low && value <= high && (!whole || value == Math.rint(value))) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExamException(at, "field '" + column + "': expected a number from " + Math.round(low) + " to "
                + Math.round(high) + ", found '" + text + "'");
    }
}
