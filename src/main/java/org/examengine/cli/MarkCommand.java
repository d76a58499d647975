package org.examengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examengine.marking.BatchMarker;
import org.examengine.marking.GridMarker;
import org.examengine.marking.MarkingSources;
import org.examengine.marking.PaperGrids;
import org.examengine.paper.Blueprint;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperBuilder;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;
import org.examengine.validate.Validator;
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
            "Mark answers files, long (candidate,question,answer) or wide (candidate,<question id>,...), with the grids of a folder.",
            "",
            "Writes OUT/answers.csv (candidate,question,mark,max,confidence,points; one row per answer, in input order),",
            "OUT/answers.jsonl (the same with the evidence of every point) and OUT/errors.csv (rows that cannot be used or have no grid)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row marked", "1:some rows could not be marked, or the input could not be used",
            "2:usage error"})
final class MarkCommand implements Callable<Integer> {

    @Mixin
    GridSourceOptions gridSources;

    @Option(names = "--answers", required = true, arity = "1..*", paramLabel = "CSV", description = "Answers files, long or wide.")
    List<Path> answers = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    Path out;

    @Option(names = "--paper", paramLabel = "PAPER",
            description = "A paper from exam build: only its questions are marked, and every one needs a grid "
                    + "out of its marks; with --banks, the banks must be the ones it was built from.")
    Path paper;

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
        if (paper != null) {
            Optional<MarkingSources> forPaper = forPaper(sources, home);
            if (forPaper.isEmpty()) {
                return ExitStatus.FINDINGS.code();
            }
            sources = forPaper.get();
        }
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

    /**
     * The grids of the paper's questions, with the paper's stems; empty (each reason printed) when the
     * grids no longer fit the paper or the banks are not the ones it was built from.
     */
    private Optional<MarkingSources> forPaper(MarkingSources sources, ExamHome home) {
        if (!Files.isRegularFile(paper)) {
            throw new ParameterException(spec.commandLine(), "--paper: no such paper file: " + paper);
        }
        Paper p = new PaperReader(new DocumentParser()).read(paper, home.shown(paper)).orThrow();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>(PaperGrids.mismatches(p, sources.grids()));
        if (gridSources.banks != null) {
            Validator.Checked banks = new ValidatorFactory().check(List.of(gridSources.banks), home::shown);
            Optional<Blueprint> blueprint = banks.sources().blueprints().stream().filter(b -> b.level() == p.level()).findFirst();
            Optional<Level> level = Syllabus.standard().level(p.level());
            if (blueprint.isPresent() && level.isPresent()) {
                String now = new PaperBuilder(level.get(), blueprint.get(), banks.sources().banks()).fingerprint();
                if (!now.equals(p.bankFingerprint())) {
                    problems.add("paper " + p.id() + " was built from other banks than " + home.shown(gridSources.banks)
                            + " (its fingerprint " + p.bankFingerprint() + ", theirs " + now + "): a question may have "
                            + "changed since; rebuild the paper, or give the banks it was built from");
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(m -> err.println("exam mark: " + m));
            err.printf("exam mark: %s cannot be marked with %s; nothing was written%n", home.shown(paper),
                    home.shown(gridSources.grids));
            return Optional.empty();
        }
        Map<String, String> stems = new LinkedHashMap<>();
        p.allQuestions().forEach(q -> stems.put(q.id(), q.stem()));
        return Optional.of(new MarkingSources(PaperGrids.onPaper(p, sources.grids()), stems, sources.thesaurus(),
                sources.thesaurusFile()));
    }
}
