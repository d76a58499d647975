package org.examengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code exam}, through the same command line {@code main} builds: status, stdout, stderr. */
record CliRun(ExitStatus status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Exam.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(ExitStatus.fromCode(code), out.toString(), err.toString());
    }
}
