package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.examengine.marking.MarkingSources;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.review.FullScreenReview;
import org.examengine.review.MarkedWith;
import org.examengine.review.PlainReview;
import org.examengine.review.Regrade;
import org.examengine.review.ReviewInputs;
import org.examengine.review.ReviewOutcome;
import org.examengine.review.ReviewPage;
import org.examengine.review.ReviewSession;
import org.examengine.review.ReviewWalk;
import org.examengine.sitting.SafeText;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exam review DIR}: a human marker goes through the answers the marker was unsure of, then re-grades. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Review the answers the marker was unsure of, one at a time.",
            "",
            "Shows each answer of DIR/review.csv (from exam mark --paper) with",
            "its question, the words that earned points, why it was flagged",
            "and the grid. Enter accepts the marker's mark, or type your own",
            "(and a comment). Each decision is saved at once to",
            "DIR/review-decisions.jsonl: run it again to go on from there.",
            "Finishing writes DIR/review.csv filled in (the first time keeping",
            "review.csv.orig) and re-grades through exam mark --overrides, or",
            "prints that command when it cannot. Filling in examiner_mark in",
            "review.csv in a spreadsheet does the same (see docs/review.md).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (left, finished, or finished and re-graded)",
            "1:the review or its journal could not be read, or the re-grade found problems", "2:usage error"})
final class ReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of exam mark --paper.")
    Path dir;

    @Option(names = "--paper", paramLabel = "PAPER", order = 1,
            description = "The paper DIR was marked with: shows each question's wording and lets the review re-grade. "
                    + "Recorded for the next run.")
    Path paper;

    @Option(names = "--answers", arity = "1..*", paramLabel = "CSV", order = 2,
            description = "The answers files DIR was marked from (with --sittings: DIR/sittings-answers.csv first), "
                    + "for the re-grade. Recorded for the next run.")
    List<Path> answers = new ArrayList<>();

    @Mixin
    GridSourceOptions gridSources;

    @Option(names = "--plain", order = 3,
            description = "Plain lines, one command a line, no escape sequences (also chosen for a dumb terminal): for "
                    + "screen readers.")
    boolean plain;

    @Option(names = "--finish", order = 4,
            description = "Do not show the answers: write review.csv with the decisions so far and re-grade.")
    boolean finish;

    @Option(names = "--examiner", paramLabel = "NAME", order = 5,
            description = "Who decides, for the journal (default: your user name).")
    String examiner;

    @Spec
    CommandSpec spec;

    /** Where the review is shown; tests put a terminal over piped streams here. */
    Callable<Terminal> terminals = () -> TerminalBuilder.builder().system(true).dumb(true).build();

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "DIR: no such folder: " + dir);
        }
        if (!Files.isRegularFile(dir.resolve(ReviewSession.REVIEW_FILE))) {
            throw new ParameterException(spec.commandLine(), dir.resolve(ReviewSession.REVIEW_FILE) + ": no such file "
                    + "(exam mark --paper ... --out " + dir + " writes it)");
        }
        requireFile(paper, "--paper");
        answers.forEach(a -> requireFile(a, "--answers"));
        ExamHome home = ExamHome.fromSystem();
        PrintWriter out = spec.commandLine().getOut();
        try (ReviewSession session = ReviewSession.open(dir, home::shown, who(), Clock.systemUTC())) {
            if (session.items().isEmpty()) {
                out.println(home.shown(dir.resolve(ReviewSession.REVIEW_FILE)) + " lists no answers: nothing to review.");
                return ExitStatus.OK.code();
            }
            ReviewInputs recorded = session.recorded();
            List<String> notes = new ArrayList<>();
            Path usedPaper = usable(paper != null ? paper : recorded.paper(), notes, "paper");
            List<Path> usedAnswers = answers.isEmpty() ? recorded.answers() : answers;
            if (usedAnswers.stream().anyMatch(a -> !Files.isRegularFile(a))) {
                notes.add("an answers file recorded by an earlier run is gone; give --answers to re-grade");
                usedAnswers = List.of();
            }
            gridSources.grids = gridSources.grids != null ? gridSources.grids : recorded.grids();
            gridSources.banks = gridSources.banks != null ? gridSources.banks : recorded.banks();
            MarkingSources sources = gridSources.load(spec.commandLine(), home, usedPaper == null);
            Paper read = null;
            String mismatch = null;
            Map<String, String> stems = new HashMap<>(sources.stems());
            if (usedPaper != null) {
                byte[] bytes = bytes(usedPaper, home);
                read = new PaperReader(new DocumentParser()).read(usedPaper, home.shown(usedPaper)).orThrow();
                read.allQuestions().forEach(q -> stems.put(q.id(), q.stem()));
                mismatch = MarkedWith.differences(session.items(), bytes, read, sources).orElse(null);
                if (mismatch != null) {
                    notes.add(home.shown(dir) + " was marked with other inputs than these (" + mismatch + "): the "
                            + "re-grade will not run by itself");
                }
            }
            ReviewInputs used = new ReviewInputs(usedPaper, usedAnswers, gridSources.grids, gridSources.banks);
            ReviewWalk walk = session.begin(used);
            ReviewPage pages = session.pages(sources.grids(), stems, home.shown(gridSources.grids));
            PrintWriter err = spec.commandLine().getErr();
            session.notes().forEach(n -> err.println("exam review: " + SafeText.visible(n)));
            notes.forEach(n -> err.println("exam review: " + SafeText.visible(n)));
            err.flush();
            ReviewOutcome outcome = finish ? ReviewOutcome.FINISH : show(walk, pages, home);
            if (outcome == ReviewOutcome.QUIT) {
                out.printf("%d of %d answer(s) decided, each saved in %s. exam review %s goes on from there; with "
                        + "--finish it writes review.csv and re-grades.%n", walk.decided(), walk.size(),
                        home.shown(dir.resolve(ReviewSession.JOURNAL_FILE)), home.shown(dir));
                return ExitStatus.OK.code();
            }
            ReviewSession.Finished done = session.finish();
            out.printf("Wrote %s: %d examiner mark(s), %d answer(s) undecided (keeping the marker's mark); the "
                    + "marker's list is kept as %s.orig%n", home.shown(done.file()), done.filled(), done.undecided(),
                    ReviewSession.REVIEW_FILE);
            return regrade(Regrade.plan(dir, used, mismatch), home);
        }
    }

    private ReviewOutcome show(ReviewWalk walk, ReviewPage pages, ExamHome home) {
        try (Terminal terminal = terminals.call()) {
            return plain || TerminalChoice.plainOnly(terminal) ? new PlainReview(terminal, walk, pages).run()
                    : new FullScreenReview(terminal, walk, pages, "exam review " + home.shown(dir),
                            TerminalChoice.colourWanted()).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("no terminal to review on: " + e.getMessage(), e);
        }
    }

    private int regrade(Regrade plan, ExamHome home) {
        PrintWriter out = spec.commandLine().getOut();
        if (!plan.automatic()) {
            out.println("Not re-graded: " + plan.notAutomatic() + ". To re-grade, run:");
            out.println("  " + plan.command(home::shown));
            return ExitStatus.OK.code();
        }
        out.println("Re-grading: " + plan.command(home::shown));
        out.flush();
        return Exam.commandLine(out, spec.commandLine().getErr()).execute(plan.arguments(p -> p.toAbsolutePath().toString())
                .toArray(String[]::new));
    }

    private Path usable(Path given, List<String> notes, String what) {
        if (given == null || Files.isRegularFile(given)) {
            return given;
        }
        notes.add("the " + what + " " + given + " recorded by an earlier run is gone; give --" + what);
        return null;
    }

    private void requireFile(Path file, String option) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), option + ": no such file: " + file);
        }
    }

    private static byte[] bytes(Path file, ExamHome home) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(home.shown(file)), "cannot read the paper: " + e.getMessage(), e);
        }
    }

    private String who() {
        String name = examiner != null ? examiner : System.getProperty("user.name", "");
        return name == null ? "" : name.strip();
    }
}
