package org.examengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.marking.MarkingSources;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.report.OutputFile;
import org.examengine.sample.AnswerLayout;
import org.examengine.sample.SampleAnswers;
import org.examengine.source.DocumentParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam sample --paper PAPER --candidates N --out FILE}: made-up answers to a paper, for trying the marker. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {
            "Write made-up answers of N candidates to a paper, from its questions' grids, for trying the marker.",
            "",
            "Candidates C000001, C000002... answer every question, well or badly: abilities vary, and answers are "
                    + "reworded, misspelt, padded, blank, rambling or written to another question (see docs/formats.md). "
                    + "The same paper, grids and seed give the same file, byte for byte."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answers written", "1:a question on the paper has no grid, or the paper could not be read",
            "2:usage error"})
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--paper", required = true, paramLabel = "PAPER", description = "A paper from exam build.")
    Path paper;

    @Option(names = "--candidates", required = true, paramLabel = "N", description = "How many candidates.")
    int candidates;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed; the same seed writes the same answers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "long",
            description = "long (candidate,question,answer; a row per answer) or wide (candidate and a column per "
                    + "question; a row per candidate). Default: ${DEFAULT-VALUE}.")
    AnswerLayout layout;

    @Option(names = "--grids", paramLabel = "DIR",
            description = "Folder of marking grids; its synonyms.txt, if any, is the thesaurus "
                    + "(default: marking-grids/ here, or the shipped one).")
    Path grids;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The answers file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (candidates < 1) {
            throw new ParameterException(spec.commandLine(), "--candidates: 1 or more, not " + candidates);
        }
        if (!Files.isRegularFile(paper)) {
            throw new ParameterException(spec.commandLine(), "--paper: no such paper file: " + paper);
        }
        ExamHome home = ExamHome.fromSystem();
        Path gridsDir = grids != null ? grids : home.defaultGrids().orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no marking-grids/ folder here; give one with --grids"));
        if (!Files.isDirectory(gridsDir)) {
            throw new ParameterException(spec.commandLine(), "--grids: no such folder: " + gridsDir);
        }
        Paper p = new PaperReader(new DocumentParser()).read(paper, home.shown(paper)).orThrow();
        MarkingSources sources = MarkingSources.load(gridsDir, null, home::shown);
        List<String> missing = SampleAnswers.questionsWithoutGrid(p, sources.grids());
        if (!missing.isEmpty()) {
            spec.commandLine().getErr().printf("exam sample: %s has question(s) with no grid in %s: %s; nothing was written%n",
                    home.shown(paper), home.shown(gridsDir), String.join(", ", missing));
            return ExitStatus.FINDINGS.code();
        }
        SampleAnswers sample = new SampleAnswers(p, sources.grids(), sources.thesaurus(), seed);
        SampleAnswers.Written written;
        try (OutputFile file = new OutputFile(out)) {
            written = sample.write(file.writer(), candidates, layout);
            file.commit();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %d answers of %d candidates to %s%n", written.answers(), written.candidates(), home.shown(out));
        stdout.flush();
        return ExitStatus.OK.code();
    }
}
