package org.examengine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.examengine.grid.Grid;
import org.examengine.grid.Point;
import org.examengine.marking.MarkingSources;
import org.examengine.report.BankStatisticsCsv;
import org.examengine.report.FeedbackAdvice;
import org.examengine.report.HtmlReport;
import org.examengine.report.ItemAnalysisCsv;
import org.examengine.report.OutputFile;
import org.examengine.report.ResultReports;
import org.examengine.report.stats.Thresholds;
import org.examengine.syllabus.Syllabus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam report DIR...}: statistics of marked results, one set or several of one level. */
@Command(name = "report",
        header = "Report on marked results: summary, item analysis, agreement, feedback sheets (md, csv, HTML).", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Report on the results of exam mark --paper: centre summary (grades, mark distribution,",
            "performance codes, topics), paper statistics, item analysis with flags, and the agreement",
            "between the marker and the examiners, as Moodle's quiz statistics define them.",
            "",
            "With several folders (papers of one level): each question's facility and discrimination",
            "per sitting and pooled. --bank-stats writes them for exam build --bank-stats.",
            "",
            "--html FILE writes one result set's report as a self-contained web page to read, share or print,",
            "with charts and a feedback sheet per candidate; the Markdown then goes to stdout only with",
            "--format or --out.",
            "",
            "The paper is --paper, or DIR/<paper id>.json, DIR/paper.json or DIR/../<paper id>.json.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:the results, paper or review file could not be used", "2:usage error"})
final class ReportCommand implements Callable<Integer> {

    /** What the report is written as. */
    enum Format { md, csv }

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders exam mark --paper wrote.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--paper", paramLabel = "PAPER", order = 1,
            description = "The paper the results were marked against; repeat for several folders (matched by id).")
    List<Path> papers = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", order = 2, defaultValue = "md",
            description = "md: readable tables (default); csv: the item-analysis table, a row per question.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", order = 3, description = "Write the report here (default: stdout).")
    Path out;

    @Option(names = "--overrides", paramLabel = "REVIEW_CSV", order = 4,
            description = "A filled-in review.csv: agreement of its examiner_mark with the marker's mark (default: the "
                    + "examiners' marks already in the results).")
    Path overrides;

    @Option(names = "--bank-stats", paramLabel = "FILE", order = 5,
            description = "Also write each question's pooled facility and discrimination as CSV, for exam build.")
    Path bankStats;

    @Option(names = "--html", paramLabel = "FILE", order = 6,
            description = "Also write the report as one HTML page: charts, item analysis and a feedback sheet per "
                    + "candidate (one results folder).")
    Path html;

    @Option(names = "--grids", paramLabel = "DIR", order = 7,
            description = "Grids, to list the points nobody was credited (default: marking-grids/ here or shipped, "
                    + "if there is one).")
    Path grids;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExamHome home = ExamHome.fromSystem();
        checkOptions();
        Map<String, List<String>> points = gridPoints(home);
        ResultReports reports = new ResultReports(home::shown, Syllabus.standard(), Thresholds.MOODLE);
        ResultReports.Analysis analysis = reports.analyse(dirs, papers, overrides, points);
        String page = html == null ? null : new HtmlReport(Syllabus.standard(), FeedbackAdvice.standard())
                .render(analysis, dirs.get(0), overrides, home::shown);
        // with --html alone the page is the report; the text report needs --out or --format then
        boolean text = html == null || out != null || spec.commandLine().getParseResult().hasMatchedOption("--format");
        try (OutputFile report = out == null ? null : new OutputFile(out);
             OutputFile bank = bankStats == null ? null : new OutputFile(bankStats);
             OutputFile htmlFile = html == null ? null : new OutputFile(html)) {
            java.io.Writer writer = report != null ? report.writer() : spec.commandLine().getOut();
            if (text && format == Format.csv) {
                ItemAnalysisCsv.write(writer, analysis.sets());
            } else if (text) {
                writer.write(reports.markdown(analysis));
            }
            writer.flush();
            if (htmlFile != null) {
                htmlFile.writer().write(page);
                htmlFile.commit();
            }
            if (bank != null) {
                BankStatisticsCsv.write(bank.writer(), analysis.history());
                bank.commit();
            }
            if (report != null) {
                report.commit();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (out != null || bankStats != null || html != null) {
            err.printf("Report on %d result set(s)%s%s%s%n", dirs.size(), out == null ? "" : " -> " + home.shown(out),
                    html == null ? "" : "; HTML -> " + home.shown(html),
                    bankStats == null ? "" : "; bank statistics of " + analysis.history().size() + " question(s) -> "
                            + home.shown(bankStats));
        }
        return ExitStatus.OK.code();
    }

    private void checkOptions() {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "no such folder: " + dir);
            }
        }
        if (new HashSet<>(dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList()).size() < dirs.size()) {
            throw new ParameterException(spec.commandLine(), "a folder is given twice");
        }
        for (Path p : papers) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), "--paper: no such paper file: " + p);
            }
        }
        if (overrides != null && (!Files.isRegularFile(overrides) || dirs.size() > 1)) {
            throw new ParameterException(spec.commandLine(), dirs.size() > 1
                    ? "--overrides goes with one results folder" : "--overrides: no such file: " + overrides);
        }
        if (html != null && dirs.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--html goes with one results folder");
        }
        if (html != null && Files.isDirectory(html)) {
            throw new ParameterException(spec.commandLine(), "--html: " + html + " is a folder; give the file to write");
        }
        if (grids != null && !Files.isDirectory(grids)) {
            throw new ParameterException(spec.commandLine(), "--grids: no such folder: " + grids);
        }
    }

    /** Point ids per question, in grid order, from --grids or the default grids folder; none without one. */
    private Map<String, List<String>> gridPoints(ExamHome home) {
        Optional<Path> dir = grids != null ? Optional.of(grids) : home.defaultGrids();
        if (dir.isEmpty()) {
            return Map.of();
        }
        Map<String, Grid> byId = MarkingSources.load(dir.get(), null, home::shown).grids();
        return byId.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().points().stream().map(Point::id).toList()));
    }
}
