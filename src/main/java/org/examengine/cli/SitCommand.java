package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.sitting.Arrangement;
import org.examengine.sitting.Claim;
import org.examengine.sitting.FullScreenView;
import org.examengine.sitting.PlainView;
import org.examengine.sitting.Sitting;
import org.examengine.report.LongAnswersCsv;
import org.examengine.sitting.SittingAnswers;
import org.examengine.sitting.SittingFiles;
import org.examengine.sitting.SittingSession;
import org.examengine.sitting.SittingView;
import org.examengine.sitting.StartDetails;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam sit}: a candidate sits a paper at a terminal, every change journalled; run again, it resumes. */
@Command(name = "sit",
        header = "Sit a paper in the terminal, timed, every answer journalled; run again to resume.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Sit a paper in the terminal: a start screen, reading time (read, not answer),",
            "then writing time with a countdown. Every answer, flag and move is saved to",
            "DIR/<candidate>.<paper>.journal.jsonl before the screen confirms it. Run the",
            "same command again after a crash to resume with the same answers and time left.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:submitted, left to resume later, or (already submitted) shown read only",
            "1:the sitting could not be opened (in use elsewhere, paper changed, journal damaged)", "2:usage error"})
final class SitCommand implements Callable<Integer> {

    @Option(names = "--paper", required = true, paramLabel = "PAPER", order = 1, description = "A paper from exam build.")
    Path paper;

    @Option(names = "--candidate", paramLabel = "ID", order = 2,
            description = "The candidate's id: letters, digits, '-' and '_'.")
    String candidate;

    @Option(names = "--centre", paramLabel = "NAME", order = 3,
            description = "The centre, recorded in the journal (needed to begin; on resume it must match).")
    String centre;

    @Option(names = "--dir", paramLabel = "DIR", order = 4,
            description = "The room's folder of journals (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("sittings");

    @Option(names = "--extra-time", paramLabel = "PCT", order = 5,
            description = "Extra time as an access arrangement, a percentage of both reading and writing time; "
                    + "needs --reason and --approved-by. Given on resume with another value, the change is recorded.")
    Integer extraTime;

    @Option(names = "--reason", paramLabel = "TEXT", order = 6, description = "Why extra time was granted.")
    String reason;

    @Option(names = "--approved-by", paramLabel = "NAME", order = 7, description = "Who approved the extra time.")
    String approvedBy;

    @Option(names = "--resume", order = 8,
            description = "Resume a sitting that has begun; refused when there is none (without it, one that has "
                    + "begun is resumed anyway).")
    boolean resume;

    @Option(names = "--charge-downtime", order = 9,
            description = "On resume, count the time the program was not running against the candidate (the "
                    + "invigilator's choice; by default it is not counted).")
    boolean chargeDowntime;

    @Option(names = "--plain", order = 10,
            description = "Plain sequential text, no cursor movement or colour: for screen readers and dumb "
                    + "terminals (also chosen for a dumb terminal). NO_COLOR is respected either way.")
    boolean plain;

    @Option(names = "--export", paramLabel = "CSV", order = 11,
            description = "Instead of sitting: write the answers of every submitted sitting of the paper in DIR as "
                    + "a long answers file (candidate,question,answer), the one exam mark reads.")
    Path export;

    @Option(names = "--include-unsubmitted", order = 12,
            description = "With --export: take sittings not yet submitted as they stand (each is named).")
    boolean includeUnsubmitted;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (export != null) {
            if (candidate != null) {
                throw new ParameterException(spec.commandLine(), "--export takes every sitting in --dir; leave out "
                        + "--candidate");
            }
            return export();
        }
        if (candidate == null) {
            throw new ParameterException(spec.commandLine(), "--candidate is needed");
        }
        if (!SittingFiles.validId(candidate)) {
            throw new ParameterException(spec.commandLine(), "--candidate '" + candidate + "': use letters, digits, "
                    + "'-' and '_' (up to 40), as it names the journal file");
        }
        Optional<Arrangement> arrangement = arrangement();
        ExamHome home = ExamHome.fromSystem();
        Paper p = readPaper(home);
        Clock clock = Clock.systemUTC();
        PrintWriter out = spec.commandLine().getOut();
        try (Claim claim = Claim.of(new SittingFiles(dir), p, candidate, clock)) {
            Optional<Sitting> existing = claim.existing();
            if (resume && existing.isEmpty()) {
                throw new ExamException("there is no sitting of " + candidate + " for " + p.id() + " in " + home.shown(dir)
                        + " to resume");
            }
            if (existing.isPresent() && existing.get().phase() == org.examengine.sitting.Phase.SUBMITTED) {
                new Transcript(out).print(p, existing.get());
                return ExitStatus.OK.code();
            }
            String where = existing.map(s -> s.opened().centre()).orElse(centre);
            if (where == null || where.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--centre is needed to begin a sitting");
            }
            if (existing.isPresent() && centre != null && !centre.equals(where)) {
                throw new ExamException(claim.journalShownAs() + ": this sitting was begun at centre '" + where
                        + "', not '" + centre + "'");
            }
            return sit(claim, p, where, arrangement, clock, home);
        }
    }

    private Paper readPaper(ExamHome home) {
        if (!Files.isRegularFile(paper)) {
            throw new ParameterException(spec.commandLine(), "--paper: no such paper file: " + paper);
        }
        return new PaperReader(new DocumentParser()).read(paper, home.shown(paper)).orThrow();
    }

    private int export() {
        ExamHome home = ExamHome.fromSystem();
        Paper p = readPaper(home);
        SittingAnswers.Harvest h = SittingAnswers.of(new SittingFiles(dir), p, includeUnsubmitted);
        h.problems().forEach(m -> spec.commandLine().getErr().println("exam sit: " + m));
        spec.commandLine().getErr().flush();
        LongAnswersCsv.write(export, h.rows());
        spec.commandLine().getOut().printf("Exported %d sitting(s) of %s (%d answer rows) to %s%n", h.sittings(), p.id(),
                h.rows().size(), home.shown(export));
        spec.commandLine().getOut().flush();
        return h.leftOut() > 0 ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
    }

    private int sit(Claim claim, Paper p, String where, Optional<Arrangement> arrangement, Clock clock, ExamHome home) {
        Optional<Sitting> existing = claim.existing();
        int percent = arrangement.map(Arrangement::percent)
                .orElse(existing.map(s -> s.timing().percent()).orElse(0));
        StartDetails details = new StartDetails(candidate, where, p.id(), p.level(), p.allQuestions().size(), p.marks(),
                p.reading(), p.duration(), percent, existing.map(s -> new StartDetails.Resumed(s.phase(),
                        (int) s.answers().values().stream().filter(a -> !a.isBlank()).count(),
                        s.remainingAt(s.lastAt()), claim.tornTail())));
        PrintWriter out = spec.commandLine().getOut();
        try (Terminal terminal = TerminalBuilder.builder().system(true).build();
             SittingView view = view(terminal)) {
            if (!view.confirm(details)) {
                spec.commandLine().getErr().println("exam sit: not begun: the details were not confirmed");
                return ExitStatus.FINDINGS.code();
            }
            try (SittingSession session = existing.isPresent() ? claim.resume(chargeDowntime, arrangement, clock)
                    : claim.begin(where, arrangement, clock)) {
                SittingView.Ending ending = view.run(session);
                Sitting s = session.state();
                if (ending == SittingView.Ending.SUBMITTED) {
                    out.printf("%s: %s submitted (%s); journal %s%n", candidate, p.id(), s.submitCause(),
                            home.shown(new SittingFiles(dir).journal(candidate, p.id())));
                } else {
                    out.printf("%s: %s left with every answer saved; the same command resumes it%n", candidate, p.id());
                }
                return ExitStatus.OK.code();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text when asked or when the terminal can take nothing else; plain mode has no colour anyway. */
    private SittingView view(Terminal terminal) {
        return plain || TerminalChoice.plainOnly(terminal) ? new PlainView(terminal, false)
                : new FullScreenView(terminal, TerminalChoice.colourWanted());
    }

    private Optional<Arrangement> arrangement() {
        if (extraTime == null) {
            if (reason != null || approvedBy != null) {
                throw new ParameterException(spec.commandLine(), "--reason and --approved-by go with --extra-time");
            }
            return Optional.empty();
        }
        if (extraTime < 0 || extraTime > Arrangement.MAX_PERCENT) {
            throw new ParameterException(spec.commandLine(), "--extra-time must be 0 to " + Arrangement.MAX_PERCENT
                    + " (percent), not " + extraTime);
        }
        if (extraTime > 0 && (blank(reason) || blank(approvedBy))) {
            throw new ParameterException(spec.commandLine(), "--extra-time is an access arrangement: give --reason "
                    + "and --approved-by too");
        }
        return Optional.of(new Arrangement(extraTime, reason == null ? "" : reason, approvedBy == null ? "" : approvedBy));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
