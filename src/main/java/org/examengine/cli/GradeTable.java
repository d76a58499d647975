package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/** Prints the candidates of a results.csv as a table: marks, percent, grade and codes. */
final class GradeTable {

    void print(Path resultsCsv, PrintWriter out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(resultsCsv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<CSVRecord> rows = parser.getRecords();
            int width = Math.max("candidate".length(), rows.stream().mapToInt(r -> r.get("candidate").length()).max().orElse(0));
            String line = "%-" + width + "s  %5s  %7s  %-16s  %s%n";
            out.printf(line, "candidate", "marks", "percent", "grade", "codes");
            for (CSVRecord r : rows) {
                out.printf(line, r.get("candidate"), r.get("total") + "/" + r.get("max"), r.get("percent"), r.get("grade"),
                        r.get("codes"));
            }
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(resultsCsv.toString()), "cannot read the results: "
                    + e.getMessage(), e);
        }
    }
}
