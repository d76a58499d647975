package org.examengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How close {@code exam mark} comes to the marks the writers of the shipped sample sets intended: per level,
 * answer agreement (exact, within one mark, QWK), candidates' totals, grades and codes, then each candidate.
 * Run by {@code scripts/accuracy --samples [--grids DIR]}.
 */
public final class SampleAgreement {

    private SampleAgreement() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path grids = root.resolve("marking-grids");
        if (args.length == 2 && args[0].equals("--grids")) {
            grids = Path.of(args[1]).toAbsolutePath();
        } else if (args.length != 0) {
            throw new IllegalArgumentException("usage: SampleAgreement [--grids DIR]");
        }
        PrintStream out = System.out;
        Path scratch = Files.createTempDirectory("exam-samples");
        boolean any = false;
        for (int level = 1; level <= 3; level++) {
            Optional<SampleSet> set = SampleSet.at(root, level);
            if (set.isEmpty()) {
                continue;
            }
            any = true;
            SampleSet.Comparison c = set.get().compare(root.resolve("question-banks"), grids,
                    scratch.resolve("level" + level));
            print(c, out);
        }
        if (!any) {
            out.println("No sample sets under samples/ (levelN-paper.json, levelN-answers.csv, levelN-intended.csv).");
        }
    }

    static void print(SampleSet.Comparison c, PrintStream out) {
        int n = c.candidates().size();
        out.printf(Locale.ROOT, "%nLevel %d sample set, paper %s (%d marks): %d candidates, %d answers%n", c.paper().level(),
                c.paper().id(), c.paper().marks(), n, c.answers().answers());
        out.printf(Locale.ROOT, "  answers: exact %.1f%%, within one mark %.1f%%, QWK %.3f%n", 100 * c.answers().exact(),
                100 * c.withinOne(), c.answers().qwk());
        out.printf(Locale.ROOT, "  totals: mean difference %.2f marks, largest %d; grades agree %d of %d, codes agree %d of %d%n",
                c.meanTotalDifference(), c.largestTotalDifference(), c.sameGrades(), n, c.sameCodes(), n);
        String row = "  %-10s %9s %-17s %-12s %9s %-17s %s%n";
        out.printf(row, "candidate", "intended", "grade", "codes", "marked", "grade", "codes");
        for (SampleSet.Candidate k : c.candidates()) {
            out.printf(row, k.id(), k.intended().total(), k.intended().grade().label(), String.join(" ", k.intended().codes()),
                    k.marked().total(), k.marked().grade().label() + (k.sameGrade() ? "" : " *"),
                    String.join(" ", k.marked().codes()));
        }
    }
}
