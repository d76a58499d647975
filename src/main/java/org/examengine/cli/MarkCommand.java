package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examengine.grading.Grade;
import org.examengine.grading.Grader;
import org.examengine.marking.AnswerFiles;
import org.examengine.marking.BatchMarker;
import org.examengine.marking.GridMarker;
import org.examengine.marking.GridRowMarker;
import org.examengine.marking.MarkingSources;
import org.examengine.marking.PaperGrids;
import org.examengine.marking.PaperMarker;
import org.examengine.marking.RunFingerprint;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.report.AnswerMarksWriter;
import org.examengine.report.ExaminerMarks;
import org.examengine.report.LongAnswersCsv;
import org.examengine.report.PaperResultsWriter;
import org.examengine.report.Tally;
import org.examengine.sitting.SittingAnswers;
import org.examengine.sitting.SittingFiles;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code exam mark}: mark answers files against a paper and grade the candidates, or, without a paper, mark
 * each answer with its question's grid.
 */
@Command(name = "mark",
        header = "Mark answers files or a room of sittings, and grade every candidate.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Mark answers files: long (candidate,question,answer) or wide",
            "(candidate,<question id>,...).",
            "",
            "With --paper: marks the paper's questions and grades every candidate.",
            "  OUT/results.csv    a row per candidate: mark per question, total, max,",
            "                     percent, grade, codes",
            "  OUT/results.jsonl  the same with the evidence for every mark",
            "  OUT/review.csv     answers a human should mark: fill in examiner_mark",
            "                     and give it back with --overrides",
            "  OUT/errors.csv     rows that could not be used, with file and line",
            "",
            "Without --paper: OUT/answers.csv (a row per answer, in order),",
            "OUT/answers.jsonl and OUT/errors.csv.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row marked", "1:some rows or examiner marks could not be used, or the input could "
            + "not be used at all", "2:usage error"})
final class MarkCommand implements Callable<Integer> {

    @Option(names = "--paper", paramLabel = "PAPER", order = 1,
            description = "A paper from exam build: its questions are marked, each needing a grid out of its marks, "
                    + "and the candidates graded by its rules. The banks (--banks, or question-banks/) must be the "
                    + "ones it was built from.")
    Path paper;

    @Option(names = "--answers", arity = "1..*", paramLabel = "CSV", order = 2,
            description = "Answers files, long or wide, read in order.")
    List<Path> answers = new ArrayList<>();

    @Option(names = "--sittings", paramLabel = "DIR", order = 2,
            description = "A room folder of exam sit journals (with --paper): the answers of its submitted sittings "
                    + "of the paper are marked too, written first to OUT/sittings-answers.csv.")
    Path sittings;

    @Option(names = "--out", required = true, paramLabel = "DIR", order = 3, description = "Folder for the results.")
    Path out;

    @Option(names = "--overrides", paramLabel = "REVIEW_CSV", order = 4,
            description = "A review.csv with examiner_mark filled in: those marks replace the marker's (with --paper).")
    Path overrides;

    @Mixin
    GridSourceOptions gridSources;

    @Option(names = "--threads", paramLabel = "N", order = 5,
            description = "Answers marked at once (default: the number of cores, ${DEFAULT-VALUE}). The results "
                    + "are the same whatever the number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-answer-chars", paramLabel = "N", order = 6,
            description = "A longer answer is rejected (default: ${DEFAULT-VALUE}).")
    int maxAnswerChars = AnswerFiles.DEFAULT_MAX_ANSWER_CHARS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (answers.isEmpty() && sittings == null) {
            throw new ParameterException(spec.commandLine(), "give --answers, or --sittings with --paper");
        }
        if (sittings != null && (paper == null || !Files.isDirectory(sittings))) {
            throw new ParameterException(spec.commandLine(), paper == null ? "--sittings needs --paper"
                    : "--sittings: no such folder: " + sittings);
        }
        for (Path a : answers) {
            if (!Files.isRegularFile(a)) {
                throw new ParameterException(spec.commandLine(), "no such answers file: " + a);
            }
        }
        if (threads < 1 || maxAnswerChars < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --max-answer-chars must be at least 1");
        }
        if (overrides != null && paper == null) {
            throw new ParameterException(spec.commandLine(), "--overrides needs --paper: examiners' marks re-grade a paper");
        }
        if (overrides != null && !Files.isRegularFile(overrides)) {
            throw new ParameterException(spec.commandLine(), "--overrides: no such file: " + overrides);
        }
        ExamHome home = ExamHome.fromSystem();
        // with a paper, the stems are the paper's own
        MarkingSources sources = gridSources.load(spec.commandLine(), home, paper == null);
        BatchMarker batch = new BatchMarker(new AnswerFiles(maxAnswerChars), threads);
        return paper == null ? markWithGrids(sources, batch, home) : markPaper(sources, batch, home);
    }

    private int markWithGrids(MarkingSources sources, BatchMarker batch, ExamHome home) {
        RunFingerprint fingerprint = RunFingerprint.of(null, sources.grids().values(), sources.thesaurus());
        Tally tally;
        try (TextAnalysis analysis = sources.analysis(); AnswerMarksWriter writer = new AnswerMarksWriter(out, fingerprint)) {
            batch.mark(answers, home::shown, new GridRowMarker(sources, new GridMarker(analysis, EnglishWords.wordNet())),
                    writer);
            writer.commit();
            tally = writer.tally();
        }
        return summary(tally, "", home);
    }

    private int markPaper(MarkingSources sources, BatchMarker batch, ExamHome home) {
        byte[] paperBytes = readPaper();
        Paper p = new PaperReader(new DocumentParser()).read(paper, home.shown(paper)).orThrow();
        Optional<Path> banks = gridSources.banks != null ? Optional.of(gridSources.banks) : home.defaultBanks();
        List<String> problems = PaperCheck.problems(p, sources, banks, home);
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(m -> err.println("exam mark: " + m));
            err.printf("exam mark: %s cannot be marked with %s; nothing was written%n", home.shown(paper),
                    home.shown(gridSources.grids));
            return ExitStatus.FINDINGS.code();
        }
        int leftOut = sittings == null ? 0 : takeSittings(p, home);
        ExaminerMarks examiner = overrides == null ? ExaminerMarks.none()
                : ExaminerMarks.read(overrides, home.shown(overrides), p);
        var grids = PaperGrids.onPaper(p, sources.grids());
        RunFingerprint fingerprint = RunFingerprint.of(paperBytes, grids.values(), sources.thesaurus());
        Tally tally;
        String grades;
        try (TextAnalysis analysis = sources.analysis();
             PaperResultsWriter writer = new PaperResultsWriter(out, p, new Grader(p, Syllabus.standard()), examiner,
                     fingerprint)) {
            batch.mark(answers, home::shown, new PaperMarker(p, grids, analysis, EnglishWords.wordNet()), writer);
            writer.finish();
            writer.commit();
            tally = writer.tally();
            grades = " of " + writer.candidates() + " candidate(s) (" + grades(writer.grades()) + ")";
        }
        int status = summary(tally, grades, home);
        return leftOut > 0 ? ExitStatus.FINDINGS.code() : status;
    }

    /** Writes the room's answers to OUT/sittings-answers.csv, puts it first among the answers; sittings left out. */
    private int takeSittings(Paper p, ExamHome home) {
        SittingAnswers.Harvest h = SittingAnswers.of(new SittingFiles(sittings), p, false);
        PrintWriter err = spec.commandLine().getErr();
        h.problems().forEach(m -> err.println("exam mark: " + m));
        err.flush();
        Path file = out.resolve("sittings-answers.csv");
        LongAnswersCsv.write(file, h.rows());
        answers.add(0, file);
        spec.commandLine().getOut().printf("Took %d submitted sitting(s) of %s from %s%n", h.sittings(), p.id(),
                home.shown(sittings));
        return h.leftOut();
    }

    private byte[] readPaper() {
        if (!Files.isRegularFile(paper)) {
            throw new ParameterException(spec.commandLine(), "--paper: no such paper file: " + paper);
        }
        try {
            return Files.readAllBytes(paper);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(paper.toString()), "cannot read the paper: " + e.getMessage(), e);
        }
    }

    private static String grades(Map<Grade, Integer> byGrade) {
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            parts.add(byGrade.getOrDefault(g, 0) + " " + g.label());
        }
        return String.join(", ", parts);
    }

    private int summary(Tally tally, String candidates, ExamHome home) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Marked %d answer(s)%s; %d for review; %d row(s) rejected%s. Results in %s%n", tally.marked(),
                candidates, tally.review(), tally.rejected(), tally.rejected() == 0 ? "" : " (see errors.csv)",
                home.shown(out));
        stdout.flush();
        return tally.rejected() == 0 ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
    }
}
