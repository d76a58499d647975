package org.examengine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.examengine.marking.ReviewReason;

/** Prints one data set's agreement figures: a line per question when asked, then the data set's summary. */
final class AccuracyTable {

    private static final String ROW = "%-14s %7s %6s %6s %7s %7s %8s %12s%n";

    private final PrintStream out;

    AccuracyTable(PrintStream out) {
        this.out = out;
    }

    void print(String dataset, Map<String, Accuracy.Tally> tallies, int ungraded, boolean byQuestion) {
        out.printf("%n%s%s%n", dataset, ungraded > 0 ? " (" + ungraded + " answers to questions without a grid left out)" : "");
        out.printf(ROW, "question", "answers", "exact", "QWK", "human", "human", "review", "disagreements");
        out.printf(ROW, "", "", "", "", "exact", "QWK", "share", "in review");
        List<Double> kappas = new ArrayList<>();
        List<Double> humanKappas = new ArrayList<>();
        List<Agreement.Pair> all = new ArrayList<>();
        List<Agreement.Pair> allHumans = new ArrayList<>();
        int answers = 0;
        int review = 0;
        int disagreements = 0;
        int inReview = 0;
        Map<ReviewReason, int[]> reasons = new EnumMap<>(ReviewReason.class);
        for (Map.Entry<String, Accuracy.Tally> e : tallies.entrySet()) {
            Accuracy.Tally t = e.getValue();
            t.reasons.forEach((r, c) -> {
                int[] sum = reasons.computeIfAbsent(r, x -> new int[2]);
                sum[0] += c[0];
                sum[1] += c[1];
            });
            Agreement marker = Agreement.of(t.marker);
            Agreement humans = Agreement.of(t.humans);
            kappas.add(marker.qwk());
            if (humans.answers() > 0) {
                humanKappas.add(humans.qwk());
            }
            all.addAll(t.marker);
            allHumans.addAll(t.humans);
            answers += t.marker.size();
            review += t.review;
            disagreements += t.disagreements;
            inReview += t.disagreementsInReview;
            if (byQuestion) {
                out.printf(ROW, e.getKey(), t.marker.size(), f(marker.exact()), f(marker.qwk()), f(humans.exact()),
                        f(humans.qwk()), pct(t.review, t.marker.size()), pct(t.disagreementsInReview, t.disagreements));
            }
        }
        if (answers == 0) {
            out.println("no answers in this part");
            return;
        }
        Agreement pooled = Agreement.of(all);
        Agreement pooledHumans = Agreement.of(allHumans);
        out.printf(ROW, "all", answers, f(pooled.exact()), f(pooled.qwk()), f(pooledHumans.exact()), f(pooledHumans.qwk()),
                pct(review, answers), pct(inReview, disagreements));
        out.printf("QWK per question: mean %s, Fisher mean %s over %d questions; human-human: mean %s, Fisher mean %s%n",
                f(mean(kappas)), f(Agreement.fisherMean(kappas)), kappas.size(),
                humanKappas.isEmpty() ? "-" : f(mean(humanKappas)),
                humanKappas.isEmpty() ? "-" : f(Agreement.fisherMean(humanKappas)));
        final int n = answers;
        final int wrong = disagreements;
        out.println("review reasons (share of answers; of those, share the marker got wrong; share of all disagreements):");
        reasons.forEach((r, c) -> out.printf("  %-16s %5s %5s %5s%n", r.name().toLowerCase(java.util.Locale.ROOT),
                pct(c[0], n), pct(c[1], c[0]), pct(c[1], wrong)));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.0f %%", 100.0 * part / whole);
    }
}
