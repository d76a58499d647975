package org.examengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.report.stats.Flag;
import org.examengine.report.stats.ItemStatistics;
import org.examengine.report.stats.ResultStatistics;

/**
 * The item-analysis table as CSV, a row per question per result set: {@code paper, question, number, topic, lo,
 * ac, max, n, facility, sd, discrimination, efficiency, answered, review, review_share, changed, flags}. Numbers
 * have two decimals and a point; a value that cannot be computed is empty; flags are {@code too_easy},
 * {@code too_hard}, {@code not_discriminating}, {@code low_efficiency}, {@code ;}-separated.
 */
public final class ItemAnalysisCsv {

    public static final List<String> HEADER = List.of("paper", "question", "number", "topic", "lo", "ac", "max", "n",
            "facility", "sd", "discrimination", "efficiency", "answered", "review", "review_share", "changed", "flags");

    private ItemAnalysisCsv() {
    }

    public static void write(Writer out, List<ResultStatistics> sets) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(HEADER);
            for (ResultStatistics s : sets) {
                for (ItemStatistics i : s.items()) {
                    csv.printRecord(CsvCells.neutralise(s.set().paper().id()), CsvCells.neutralise(i.item().id()),
                            CsvCells.neutralise(i.item().number()), CsvCells.neutralise(i.item().topic()), i.item().lo(),
                            CsvCells.neutralise(i.item().ac()), i.item().max(), i.n(), number(i.facility()), number(i.sd()),
                            number(i.discrimination()), number(i.efficiency()), i.answered(), i.review(),
                            number(i.reviewShare()), i.changed(), i.flags().stream()
                                    .map(ItemAnalysisCsv::flag).collect(Collectors.joining(";")));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two decimals, or empty for NaN. */
    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : Figures.fixed(value, 2);
    }

    static String flag(Flag f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }
}
