package org.examengine.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.examengine.source.ExamException;
import picocli.CommandLine;

/**
 * Turns what a command throws into one line on stderr and an exit status. A project error prints its
 * location and message; anything else is an internal error, with the stack trace only under
 * {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof ExamException exam) {
            err.println("exam: " + exam.render());
        } else if (ex instanceof UncheckedIOException io) {
            err.println("exam: " + describe(io.getCause()));
        } else {
            err.println("exam: internal error: " + ex);
        }
        if (wantsStackTrace(commandLine)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.FINDINGS.code();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return ExitStatus.USAGE.code();
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return "cannot read or write a file: " + e.getMessage();
    }

    private static boolean wantsStackTrace(CommandLine commandLine) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof ExamCommand exam && exam.stackTrace;
    }
}
