package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.examengine.grid.Grid;
import org.examengine.marking.Explanation;
import org.examengine.marking.GridMarker;
import org.examengine.marking.MarkingSources;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam explain --grids DIR --question ID "answer"}: one mark, point by point, for an author fixing a grid. */
@Command(name = "explain",
        header = "Mark one answer and show why: the words that earned each point.", mixinStandardHelpOptions = true,
        description = {
            "Mark one answer and show why: the words that earned each point (highlighted on a terminal,",
            "in brackets otherwise or when NO_COLOR is set), and for each point not credited the nearest",
            "accept phrase and what it lacked."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:the grids could not be read", "2:usage error, or no grid for the question"})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    GridSourceOptions gridSources;

    @Option(names = "--question", required = true, paramLabel = "ID", description = "The question whose grid marks the answer.")
    String question;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Highlight with colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: on a terminal, "
                    + "unless NO_COLOR is set).")
    ColorChoice color;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ANSWER",
            description = "The answer text; '-' or nothing reads it from standard input.")
    String answer;

    @Spec
    CommandSpec spec;

    enum ColorChoice { auto, always, never }

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        MarkingSources sources = gridSources.load(spec.commandLine(), home);
        Grid grid = sources.grids().get(question);
        if (grid == null) {
            throw new ParameterException(spec.commandLine(), "--question: no grid for " + question + " under "
                    + home.shown(gridSources.grids) + " (it has " + sources.grids().size() + " grid(s))");
        }
        String text = answer == null || answer.equals("-") ? readStandardInput() : answer;
        Explanation explanation;
        try (TextAnalysis analysis = sources.analysis()) {
            explanation = new GridMarker(analysis, EnglishWords.wordNet()).explain(grid, sources.stems().get(question), text);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ExplanationText(grid, text, explanation, useColour()).render());
        out.flush();
        return ExitStatus.OK.code();
    }

    private boolean useColour() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && TerminalChoice.colourWanted()
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private static String readStandardInput() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer from standard input", e);
        }
    }
}
