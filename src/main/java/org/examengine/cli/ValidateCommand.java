package org.examengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exam validate}: check banks, grids and blueprints, and show what the syllabus still lacks. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Check question banks, marking grids and blueprints, and show syllabus coverage.",
            "",
            "Prints every problem as path:line:col: error|warning: message, then a coverage table per level",
            "(LO and AC against questions, marks and scenario parts). Each grid's worked examples are marked",
            "with the grid and must get their stated mark."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:errors found", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (default: question-banks/ and marking-grids/ here, "
                    + "or else the shipped ones).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        List<Path> roots = paths.isEmpty() ? home.defaultSources() : paths;
        if (roots.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "no question-banks/ or marking-grids/ folder here; name the files or folders to check");
        }
        ValidationReport report = new ValidatorFactory().validate(roots, home::shown);
        if (format == OutputFormat.JSON) {
            new ValidationJson().print(report, spec.commandLine().getOut());
        } else {
            new ValidationText().print(report, spec.commandLine().getOut());
        }
        return report.clean() ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
    }
}
