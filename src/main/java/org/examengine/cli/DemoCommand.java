package org.examengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code exam demo}: the main job on the shipped banks, step by step: validate the banks and grids and show
 * the coverage, then build a paper per level with its printable HTML, then mark made-up answers to the
 * Level 1 paper and show the grades. Each later capability adds its step (sittings, reports).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the shipped banks and grids, step by step.")
final class DemoCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-output",
            description = "Folder for the papers the demo builds (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        List<java.nio.file.Path> sources = home.shippedSources();
        if (sources.size() < 2) {
            throw new org.examengine.source.ExamException("the shipped question-banks/ and marking-grids/ were not found; "
                    + "run the demo through scripts/exam, which says where the project is");
        }
        out.println("== Step 1: validate the shipped question banks, marking grids and blueprints ==");
        out.println("$ exam validate " + String.join(" ", sources.stream().map(home::shown).toList()));
        ValidationReport report = new ValidatorFactory().validate(sources, home::shown);
        new ValidationText().print(report, out);
        if (!report.clean()) {
            out.println("The shipped content has errors; the demo stops here.");
            return ExitStatus.FINDINGS.code();
        }
        out.println();
        out.println("== Step 2: build a paper per level, with a copy to print and a marker's copy ==");
        String banks = home.shown(sources.get(0));
        for (int level = 1; level <= 3; level++) {
            String[] args = {"build", "--level", String.valueOf(level), "--seed", "2026", "--banks", banks,
                "--print", "html", "--out", home.shown(this.out)};
            int status = run(args, out);
            if (status != ExitStatus.OK.code()) {
                out.println("Building the Level " + level + " paper failed; the demo stops here.");
                return status;
            }
        }
        out.println("Open " + home.shown(this.out.resolve("L2-2026.html")) + " in a browser to see a paper as a centre prints it.");
        out.println();
        out.println("== Step 3: mark the shipped sample set: 30 fictional candidates' answers to a Level 1 paper ==");
        String paper = home.shown(home.shippedSample("level1-paper.json"));
        String answers = home.shown(home.shippedSample("level1-answers.csv"));
        String results = home.shown(this.out.resolve("level1-sample-results"));
        int status = run(new String[] {"mark", "--paper", paper, "--banks", banks, "--grids", home.shown(sources.get(1)),
            "--answers", answers, "--out", results}, out);
        if (status != ExitStatus.OK.code()) {
            out.println("Step 3 failed; the demo stops here.");
            return status;
        }
        out.println();
        new GradeTable().print(this.out.resolve("level1-sample-results/results.csv"), out);
        out.println();
        out.println("Per answer evidence is in " + results + "/results.jsonl; answers for a human in " + results
                + "/review.csv.");
        out.println();
        out.println("Demo finished. Sittings and reports come in later releases.");
        return ExitStatus.OK.code();
    }

    /** Shows the command as a user would type it, then runs it with the demo's output streams. */
    private int run(String[] args, PrintWriter out) {
        out.println("$ exam " + String.join(" ", args));
        out.flush();
        return Exam.commandLine(out, spec.commandLine().getErr()).execute(args);
    }
}
