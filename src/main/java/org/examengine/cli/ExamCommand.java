package org.examengine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** The root command: lists the verbs; run without one, it shows the help. */
@Command(name = "exam",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Exam engine for written customer-service assessments (8992 Level 1, 2 and 3).",
        subcommands = {ValidateCommand.class, BuildCommand.class, SitCommand.class, InvigilateCommand.class, MarkCommand.class, ReportCommand.class, SampleCommand.class, ExplainCommand.class,
            DemoCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, nothing wrong",
            "1:findings in the input, or the input could not be used",
            "2:usage error: bad option, missing value, no such path"})
final class ExamCommand implements Runnable {

    @Option(names = "--stacktrace", hidden = true, description = "Show the stack trace of an internal error.")
    boolean stackTrace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
