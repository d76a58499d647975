package org.examengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.paper.BankStatistics;
import org.examengine.report.stats.QuestionHistory;
import org.examengine.report.stats.SittingFigures;

/**
 * The bank statistics over time as CSV, a row per question ({@link BankStatistics#HEADER}), which
 * {@code exam build --bank-stats} reads back: pooled facility and discrimination with two decimals (the
 * discrimination empty when unknown), and {@code per_sitting}, each sitting in words, {@code ;}-separated.
 */
public final class BankStatisticsCsv {

    private BankStatisticsCsv() {
    }

    public static void write(Writer out, List<QuestionHistory> questions) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(BankStatistics.HEADER);
            for (QuestionHistory q : questions) {
                csv.printRecord(CsvCells.neutralise(q.question()), q.level(), CsvCells.neutralise(q.topic()), q.max(),
                        q.sittings().size(), q.n(), ItemAnalysisCsv.number(q.facility()),
                        ItemAnalysisCsv.number(q.discrimination()), CsvCells.neutralise(perSitting(q)));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code out/a (L2-42): n 30, facility 55.0 %, discrimination 40.1 %; ...} */
    static String perSitting(QuestionHistory q) {
        return q.sittings().stream().map(BankStatisticsCsv::sitting).collect(Collectors.joining("; "));
    }

    static String sitting(SittingFigures s) {
        return s.sitting() + " (" + s.paper() + "): n " + s.n() + ", facility " + Figures.percent(s.facility())
                + " %, discrimination " + Figures.percent(s.discrimination()) + " %";
    }
}
