package org.examengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code exam demo}: the main job on the shipped banks, step by step. Today: validate the banks and grids
 * and show the coverage. Each later capability adds its step (build a paper, mark, report).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the shipped banks and grids, step by step.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        PrintWriter out = spec.commandLine().getOut();
        List<java.nio.file.Path> sources = home.shippedSources();
        if (sources.isEmpty()) {
            throw new org.examengine.source.ExamException("no shipped question-banks/ or marking-grids/ found; "
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
        out.println("Demo finished: the shipped banks are valid. Building papers, marking and reports come in later releases.");
        return ExitStatus.OK.code();
    }
}
