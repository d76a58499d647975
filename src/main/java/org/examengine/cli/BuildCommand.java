package org.examengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.examengine.paper.BankStatistics;
import org.examengine.paper.Blueprint;
import org.examengine.paper.BuildResult;
import org.examengine.paper.DifficultyTarget;
import org.examengine.paper.ExpectedMean;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperBuilder;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.paper.SeriesOverlap;
import org.examengine.grid.Grid;
import org.examengine.marking.MarkingSources;
import org.examengine.report.PaperFiles;
import org.examengine.report.PaperPrint;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;
import org.examengine.source.Finding;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;
import org.examengine.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam build --level N --out DIR}: papers from the banks to the level's blueprint. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Build Level 1, 2 or 3 papers from the question banks to the level's blueprint.",
            "",
            "Writes OUT/<paper id>.json for each paper (with --print, also OUT/<id>.html or .md to hand out and",
            "OUT/<id>-marker.html or .md with the grids). The same banks, blueprint and seed give the same paper,",
            "byte for byte. A series (--count) keeps the questions papers share as few as the bank allows."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:papers built", "1:the banks have errors, or the blueprint cannot be met", "2:usage error"})
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--level", required = true, paramLabel = "N", description = "Level of the paper: 1, 2 or 3.")
    int level;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the search; the same seed rebuilds the same paper (default: drawn, and printed).")
    Long seed;

    @Option(names = "--count", paramLabel = "K", defaultValue = "1",
            description = "How many papers, seeds S, S+1, ... (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--avoid", arity = "1..*", paramLabel = "PAPER",
            description = "Earlier paper files whose questions are used only where the blueprint needs them.")
    List<Path> avoid = new ArrayList<>();

    @Option(names = "--banks", paramLabel = "DIR",
            description = "Folder of question banks with blueprints (default: question-banks/ here, or the shipped one).")
    Path banks;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the papers.")
    Path out;

    /** Printable formats of a paper. */
    enum PrintFormat { md, html }

    @Option(names = "--print", paramLabel = "FORMAT",
            description = "Also write each paper to print (md or html), and a marker's copy with the grids.")
    PrintFormat print;

    @Option(names = "--grids", paramLabel = "DIR",
            description = "Grids for the marker's copy (default: marking-grids/ here, or the shipped one).")
    Path grids;

    @Option(names = "--bank-stats", paramLabel = "FILE",
            description = "Statistics of earlier sittings (exam report --bank-stats): each paper's expected mean is "
                    + "reported.")
    Path bankStats;

    @Option(names = "--target-mean", paramLabel = "PCT",
            description = "With --bank-stats: of the papers the seed allows, prefer the one whose expected mean is "
                    + "nearest PCT % of the marks.")
    Double targetMean;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        Syllabus syllabus = Syllabus.standard();
        Level lvl = syllabus.level(level).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--level: the syllabus has levels " + syllabus.levelNumbers() + ", not " + level));
        if (count < 1 || count > 1000) {
            throw new ParameterException(spec.commandLine(), "--count: between 1 and 1000, not " + count);
        }
        Path banksDir = banks != null ? banks : home.defaultBanks().orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no question-banks/ folder here; give one with --banks"));
        if (!Files.isDirectory(banksDir)) {
            throw new ParameterException(spec.commandLine(), "--banks: no such folder: " + banksDir);
        }
        Set<String> avoided = avoidedQuestions(home);
        Optional<BankStatistics> statistics = bankStatistics(home);
        double defaultFacility = statistics.map(st -> st.levelFacility(level).orElseThrow(() -> new ExamException(
                SourceLocation.startOf(home.shown(bankStats)), "no statistics of Level " + level
                        + " questions; give the statistics of Level " + level + " sittings"))).orElse(Double.NaN);
        DifficultyTarget target = targetMean == null ? null
                : new DifficultyTarget(statistics.orElseThrow(), defaultFacility, targetMean);
        Map<String, Grid> gridsById = print == null ? Map.of() : grids(home);
        PrintWriter err = spec.commandLine().getErr();
        Validator.Checked checked = new ValidatorFactory().check(List.of(banksDir), home::shown);
        if (!checked.report().clean()) {
            checked.report().findings().stream().filter(Finding::isError).forEach(f -> err.println(f.render()));
            err.printf("exam build: the banks in %s have %d error(s); run exam validate%n", home.shown(banksDir),
                    checked.report().errors());
            return ExitStatus.FINDINGS.code();
        }
        Optional<Blueprint> blueprint = checked.sources().blueprints().stream().filter(b -> b.level() == level).findFirst();
        if (blueprint.isEmpty()) {
            err.printf("exam build: no blueprint for Level %d in %s%n", level, home.shown(banksDir));
            return ExitStatus.FINDINGS.code();
        }
        PaperBuilder builder = new PaperBuilder(lvl, blueprint.get(), checked.sources().banks());
        long first = seed != null ? seed : System.currentTimeMillis() % 1_000_000;
        List<Paper> papers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>(avoided);
        for (int i = 0; i < count; i++) {
            BuildResult result = builder.build(first + i, used, target);
            if (!result.built()) {
                String where = blueprint.get().origin().location().file();
                result.problems().forEach(p -> err.printf("%s: error: the Level %d blueprint cannot be met: %s%n", where, level, p));
                return ExitStatus.FINDINGS.code();
            }
            papers.add(result.paper());
            notes.addAll(result.notes());
            result.paper().allQuestions().forEach(q -> used.add(q.id()));
        }
        try (PaperFiles files = new PaperFiles()) {
            List<Path> written = papers.stream().map(p -> files.write(p, out)).toList();
            if (print != null) {
                PaperPrint printer = new PaperPrint(syllabus.qualification() + " " + syllabus.title());
                for (Paper p : papers) {
                    boolean html = print == PrintFormat.html;
                    files.writeText(html ? printer.candidateHtml(p, lvl.title()) : printer.candidateMarkdown(p, lvl.title()),
                            out, p.id() + "." + print);
                    files.writeText(html ? printer.markerHtml(p, lvl.title(), gridsById)
                            : printer.markerMarkdown(p, lvl.title(), gridsById), out, p.id() + "-marker." + print);
                }
            }
            files.commit();
            report(papers, written, notes.stream().distinct().toList(), avoided, home);
            statistics.ifPresent(st -> expectedMeans(papers, st, defaultFacility));
        }
        return ExitStatus.OK.code();
    }

    private Map<String, Grid> grids(ExamHome home) {
        Path dir = grids != null ? grids : home.defaultGrids().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--print: the marker's copy needs the grids; give --grids DIR"));
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--grids: no such folder: " + dir);
        }
        return MarkingSources.load(dir, null, home::shown).grids();
    }

    private Optional<BankStatistics> bankStatistics(ExamHome home) {
        if (targetMean != null && (bankStats == null || targetMean < 0 || targetMean > 100)) {
            throw new ParameterException(spec.commandLine(), bankStats == null ? "--target-mean needs --bank-stats"
                    : "--target-mean: a percentage from 0 to 100, not " + targetMean);
        }
        if (bankStats == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(bankStats)) {
            throw new ParameterException(spec.commandLine(), "--bank-stats: no such file: " + bankStats);
        }
        return Optional.of(BankStatistics.read(bankStats, home.shown(bankStats)));
    }

    private void expectedMeans(List<Paper> papers, BankStatistics statistics, double defaultFacility) {
        PrintWriter stdout = spec.commandLine().getOut();
        for (Paper p : papers) {
            ExpectedMean e = statistics.expectedMean(p, defaultFacility);
            stdout.printf(java.util.Locale.ROOT, "%s: expected mean %.1f of %d marks (%.1f %%): %d of %d questions from "
                    + "the statistics, the rest at %.1f %%%s%n", p.id(), e.marks(), e.max(), e.percent(), e.withStatistics(),
                    e.questions(), e.defaultFacility(), targetMean == null ? ""
                    : String.format(java.util.Locale.ROOT, "; target %.1f %%", targetMean));
        }
        stdout.flush();
    }

    private Set<String> avoidedQuestions(ExamHome home) {
        Set<String> ids = new LinkedHashSet<>();
        PaperReader reader = new PaperReader(new DocumentParser());
        for (Path p : avoid) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), "--avoid: no such paper file: " + p);
            }
            Paper paper = reader.read(p, home.shown(p)).orThrow();
            paper.allQuestions().forEach(q -> ids.add(q.id()));
        }
        return ids;
    }

    private void report(List<Paper> papers, List<Path> written, List<String> notes, Set<String> avoided, ExamHome home) {
        PrintWriter stdout = spec.commandLine().getOut();
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            List<PaperQuestion> qs = p.allQuestions();
            long reused = qs.stream().filter(q -> avoided.contains(q.id())).count();
            stdout.printf("%s: Level %d, seed %d, %d marks, %d questions (%d scenario tasks), %d of %d minutes%s -> %s%n",
                    p.id(), p.level(), p.seed(), p.marks(), qs.size(), p.scenarios().size(),
                    qs.stream().mapToInt(PaperQuestion::minutes).sum(), p.duration(),
                    avoid.isEmpty() ? "" : ", " + reused + " question(s) from the papers avoided", home.shown(written.get(i)));
        }
        notes.forEach(n -> stdout.println("note: " + n));
        if (papers.size() > 1) {
            SeriesOverlap overlap = SeriesOverlap.of(papers);
            stdout.printf("Overlap: two papers share at most %d question(s) (%.1f on average); %d of %d questions "
                    + "appear on more than one paper%n", overlap.mostShared(), overlap.meanShared(), overlap.reused(),
                    overlap.distinct());
        }
        stdout.flush();
    }
}
