package org.examengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.marking.BatchMarker;
import org.examengine.marking.GridMarker;
import org.examengine.marking.MarkingSources;
import org.examengine.report.AnswerMarksWriter;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam mark --grids DIR --answers CSV --out DIR}: mark answers with grids, no paper needed. */
@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {
            "Mark long answers files (candidate,question,answer) with the grids of a folder.",
            "",
            "Writes OUT/answers.csv (candidate,question,mark,max,confidence,points; one row per input row, in order),",
            "OUT/answers.jsonl (the same with the evidence of every point) and OUT/errors.csv (rows with no grid)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row marked", "1:some rows could not be marked, or the input could not be used",
            "2:usage error"})
final class MarkCommand implements Callable<Integer> {

    @Mixin
    GridSourceOptions gridSources;

    @Option(names = "--answers", required = true, arity = "1..*", paramLabel = "CSV", description = "Long answers files.")
    List<Path> answers = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path a : answers) {
            if (!Files.isRegularFile(a)) {
                throw new ParameterException(spec.commandLine(), "no such answers file: " + a);
            }
        }
        ExamHome home = ExamHome.fromSystem();
        MarkingSources sources = gridSources.load(spec.commandLine(), home);
        BatchMarker.Summary summary;
        try (TextAnalysis analysis = sources.analysis(); AnswerMarksWriter writer = new AnswerMarksWriter(out)) {
            summary = new BatchMarker(sources, new GridMarker(analysis, EnglishWords.wordNet())).mark(answers, home::shown, writer);
            writer.commit();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Marked %d answer(s), %d for review; %d row(s) rejected%s. Results in %s%n", summary.marked(),
                summary.review(), summary.rejected(), summary.rejected() == 0 ? "" : " (see errors.csv)", home.shown(out));
        stdout.flush();
        return summary.rejected() == 0 ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
    }
}
