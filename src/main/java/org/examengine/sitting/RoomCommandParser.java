package org.examengine.sitting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the invigilator's command line: {@code pause all fire alarm}, {@code resume C03}, {@code add all 10 fire
 * alarm}, {@code add C03 5 min machine restarted}, {@code extra C07 25% dyslexia; approved J. Okafor},
 * {@code end all time is up}, {@code board}, {@code help}, {@code quit}. Words of a verb are not case sensitive.
 */
public final class RoomCommandParser {

    private static final Pattern NUMBER = Pattern.compile("[+]?(\\d{1,4})(%?)");
    private static final Pattern MINUTE_WORD = Pattern.compile("(?i)m|min|mins|minute|minutes");
    private static final Pattern APPROVED = Pattern.compile("(?i)^(.*?);\\s*approved(?:\\s+by)?\\b:?\\s*(.*)$");

    /** The lines {@code help} shows. */
    public static final List<String> HELP = List.of(
            "pause all|ID REASON         stop the clocks of everyone, or of one candidate",
            "resume all|ID [REASON]      start their clocks again",
            "add all|ID MINUTES REASON   add time; to all, each extra-time % applies on top",
            "extra ID PCT REASON; approved NAME",
            "                            change a candidate's extra time (access arrangement)",
            "end all|ID REASON           submit their answers now (asks you to confirm)",
            "board                       show the room again (line-by-line board)",
            "help                        this list",
            "quit                        leave the board; the sittings go on");

    public RoomCommand parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return new RoomCommand.Nothing();
        }
        String[] words = text.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1] : "";
        try {
            return switch (verb) {
                case "help", "?", "h" -> new RoomCommand.Help();
                case "board", "b", "show" -> new RoomCommand.ShowBoard();
                case "quit", "q", "exit" -> new RoomCommand.Quit();
                case "pause" -> act(ControlCommand.Action.PAUSE, rest);
                case "resume" -> act(ControlCommand.Action.RESUME, rest);
                case "end" -> act(ControlCommand.Action.END, rest);
                case "add" -> add(rest);
                case "extra" -> extra(rest);
                default -> new RoomCommand.Invalid("no command '" + SafeText.visible(words[0]) + "': type help for the list");
            };
        } catch (IllegalArgumentException e) {
            return new RoomCommand.Invalid(e.getMessage());
        }
    }

    private static RoomCommand act(ControlCommand.Action action, String rest) {
        String[] w = rest.split("\\s+", 2);
        return new RoomCommand.Act(RoomAction.of(action, w[0], w.length > 1 ? w[1] : ""));
    }

    private static RoomCommand add(String rest) {
        String[] w = rest.split("\\s+", 3);
        if (w.length < 2 || w[0].isEmpty()) {
            throw new IllegalArgumentException("add needs who and how many minutes: e.g. "
                    + RoomAction.example(ControlCommand.Action.ADD));
        }
        int minutes = number(w[1], "minutes", ControlCommand.Action.ADD);
        String reason = w.length > 2 ? w[2] : "";
        String[] afterUnit = reason.split("\\s+", 2);
        if (MINUTE_WORD.matcher(afterUnit[0]).matches()) {
            reason = afterUnit.length > 1 ? afterUnit[1] : "";
        }
        return new RoomCommand.Act(RoomAction.add(w[0], minutes, reason));
    }

    private static RoomCommand extra(String rest) {
        String approvedBy = "";
        Matcher m = APPROVED.matcher(rest);
        if (m.matches()) {
            rest = m.group(1);
            approvedBy = m.group(2);
        }
        String[] w = rest.strip().split("\\s+", 3);
        if (w.length < 2 || w[0].isEmpty()) {
            throw new IllegalArgumentException("extra needs the candidate and the new percentage: e.g. "
                    + RoomAction.example(ControlCommand.Action.EXTRA));
        }
        int percent = number(w[1], "a percentage", ControlCommand.Action.EXTRA);
        return new RoomCommand.Act(RoomAction.extra(w[0], percent, w.length > 2 ? w[2] : "", approvedBy));
    }

    private static int number(String word, String what, ControlCommand.Action action) {
        Matcher m = NUMBER.matcher(word);
        if (!m.matches() || (action == ControlCommand.Action.ADD && !m.group(2).isEmpty())) {
            throw new IllegalArgumentException("'" + SafeText.visible(word) + "' is not " + what + ": e.g. "
                    + RoomAction.example(action));
        }
        return Integer.parseInt(m.group(1));
    }
}
