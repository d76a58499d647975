package org.examengine.sitting;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;

/**
 * What plain mode writes: whole lines, each made safe with {@link SafeText}, so no escape sequence, colour or
 * cursor movement can reach the terminal, whatever the text (candidate answers, paper wording, names).
 */
final class PlainOutput {

    private final Terminal terminal;
    private final PrintWriter writer;

    PlainOutput(Terminal terminal) {
        this.terminal = terminal;
        this.writer = terminal.writer();
    }

    /** Writes the lines (a line holding LF is split; any other control is shown, not sent) and flushes. */
    synchronized void lines(List<String> lines) {
        for (String line : lines) {
            for (String part : line.split("\n", -1)) {
                writer.print(SafeText.visible(part));
                writer.print('\n');
            }
        }
        writer.flush();
        terminal.flush();
    }

    void lines(String... lines) {
        lines(List.of(lines));
    }

    /** Something that happened while the candidate may be typing: after an empty line, so it stands on its own. */
    void notice(List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(lines);
        lines(all);
    }
}
