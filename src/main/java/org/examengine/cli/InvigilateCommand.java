package org.examengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.examengine.sitting.BoardConsole;
import org.examengine.sitting.BoardText;
import org.examengine.sitting.ControlCommand;
import org.examengine.sitting.FullScreenBoard;
import org.examengine.sitting.PlainBoard;
import org.examengine.sitting.Room;
import org.examengine.sitting.RoomAction;
import org.examengine.sitting.RoomControl;
import org.examengine.sitting.SittingFiles;
import org.examengine.source.ExamException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code exam invigilate}: the room's live board, and the invigilator's commands to the running sittings. */
@Command(name = "invigilate",
        header = "Watch a room of sittings live, and pause, add time, change extra time or end.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Watch a room of sittings live: a row per candidate with phase, time left, extra time,",
            "answers, flags, last activity and submission. Type commands at the bottom to pause,",
            "resume, add minutes, change extra time or end, for all or one candidate (help lists",
            "them). Commands go to DIR/control.jsonl with who gave them, when and why; each",
            "running sitting applies them within a second, a stopped one when it is resumed.",
            "With one of --once, --pause, --resume, --add, --extra or --end it does that and exits.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (board closed, board printed, or command given)",
            "1:the room could not be read or written", "2:usage error, or a command the room cannot take"})
final class InvigilateCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", order = 1,
            description = "The room's folder of journals, as given to exam sit (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("sittings");

    @Option(names = "--invigilator", paramLabel = "NAME", order = 2,
            description = "Who gives the commands, for the log (default: your user name).")
    String invigilator;

    @Option(names = "--plain", order = 3,
            description = "A line-by-line board (also chosen for a dumb terminal): shows the room when asked (board) "
                    + "and reads one command a line. NO_COLOR is respected either way.")
    boolean plain;

    @Option(names = "--once", order = 4, description = "Print the board once as plain text and exit.")
    boolean once;

    @Option(names = "--pause", paramLabel = "all|ID", order = 5, description = "Pause all sittings or one; needs --reason.")
    String pause;

    @Option(names = "--resume", paramLabel = "all|ID", order = 6, description = "Resume all sittings or one.")
    String resume;

    @Option(names = "--add", paramLabel = "MINUTES", order = 7,
            description = "Add minutes --to all (each candidate's extra time applied on top) or to one; needs --reason.")
    Integer add;

    @Option(names = "--extra", paramLabel = "PCT", order = 8,
            description = "Change one candidate's extra time (--to ID), an access arrangement: needs --reason and "
                    + "--approved-by.")
    Integer extra;

    @Option(names = "--end", paramLabel = "all|ID", order = 9,
            description = "End all sittings or one: the answers are submitted; needs --reason.")
    String end;

    @Option(names = "--to", paramLabel = "all|ID", order = 10, description = "Who --add or --extra is for.")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT", order = 11, description = "Why, for the log (resume: 'resumed').")
    String reason;

    @Option(names = "--approved-by", paramLabel = "NAME", order = 12, description = "Who approved an --extra change.")
    String approvedBy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RoomAction> actions = actions();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--dir: no such folder: " + dir + " (exam sit --dir makes "
                    + "it when the first candidate starts)");
        }
        ExamHome home = ExamHome.fromSystem();
        Clock clock = Clock.systemDefaultZone();
        Room room = new Room(new SittingFiles(dir));
        RoomControl control = new RoomControl(room, who(), clock);
        PrintWriter out = spec.commandLine().getOut();
        if (!actions.isEmpty()) {
            try {
                out.println(control.give(actions.get(0)).describe(clock.getZone()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return ExitStatus.OK.code();
        }
        BoardConsole console = new BoardConsole(room, control, clock, home.shown(dir));
        if (once) {
            console.refresh().ifPresent(problem -> {
                throw new ExamException(problem.lines().get(0));
            });
            BoardText.lines(console.board(), 5).forEach(out::println);
            return ExitStatus.OK.code();
        }
        live(console);
        return ExitStatus.OK.code();
    }

    private void live(BoardConsole console) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            if (plain || TerminalChoice.plainOnly(terminal)) {
                new PlainBoard(terminal, console).run();
            } else {
                new FullScreenBoard(terminal, TerminalChoice.colourWanted(), console).run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one action asked for, checked; none for the board. */
    private List<RoomAction> actions() {
        List<RoomAction> asked = new ArrayList<>();
        List<String> named = new ArrayList<>();
        try {
            if (pause != null) {
                asked.add(RoomAction.of(ControlCommand.Action.PAUSE, pause, reason));
                named.add("--pause");
            }
            if (resume != null) {
                asked.add(RoomAction.of(ControlCommand.Action.RESUME, resume, reason));
                named.add("--resume");
            }
            if (add != null) {
                asked.add(RoomAction.add(needTo("--add"), add, reason));
                named.add("--add");
            }
            if (extra != null) {
                asked.add(RoomAction.extra(needTo("--extra"), extra, reason, approvedBy));
                named.add("--extra");
            }
            if (end != null) {
                asked.add(RoomAction.of(ControlCommand.Action.END, end, reason));
                named.add("--end");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (once) {
            named.add("--once");
        }
        if (named.size() > 1) {
            throw new ParameterException(spec.commandLine(), String.join(" and ", named) + " cannot go together: one "
                    + "command at a time");
        }
        if (to != null && add == null && extra == null) {
            throw new ParameterException(spec.commandLine(), "--to goes with --add or --extra");
        }
        if (approvedBy != null && extra == null) {
            throw new ParameterException(spec.commandLine(), "--approved-by goes with --extra");
        }
        if (reason != null && asked.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--reason goes with --pause, --resume, --add, --extra or --end");
        }
        return asked;
    }

    private String needTo(String option) {
        if (to == null) {
            throw new IllegalArgumentException(option + " needs --to all or --to ID");
        }
        return to;
    }

    private String who() {
        String name = invigilator != null ? invigilator : System.getProperty("user.name", "");
        if (name == null || name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--invigilator: give your name, for the log");
        }
        return name.strip();
    }
}
