package org.examengine.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point. {@link #commandLine} wires the same command line for {@code main} and for tests. */
public final class Exam {

    private Exam() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code exam} with the process's own streams and returns the exit code; never exits. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new ExamCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
