package org.examengine.sitting;

import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The board line by line, for a screen reader or a dumb terminal: shows the board at the start and when asked
 * ({@code board}), never on its own, and reads commands one line at a time. No cursor movement, no colour.
 */
public final class PlainBoard {

    private static final int ACTIONS = 5;

    private final Terminal terminal;
    private final BoardConsole console;

    public PlainBoard(Terminal terminal, BoardConsole console) {
        this.terminal = terminal;
        this.console = console;
    }

    /** Runs until {@code quit}, end of input or Ctrl-C. */
    public void run() {
        PrintWriter out = terminal.writer();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        printBoard(out);
        out.println("Type a command (help lists them; board shows the room again; quit leaves).");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(console.asking() ? "yes to end? " : "> ");
            } catch (EndOfFileException | UserInterruptException e) {
                return;
            }
            BoardConsole.Reply reply = console.handle(line);
            reply.lines().forEach(l -> out.println(SafeText.visible(l)));
            if (reply.request() == BoardConsole.Reply.Request.BOARD) {
                printBoard(out);
            }
            out.flush();
            if (reply.request() == BoardConsole.Reply.Request.QUIT) {
                return;
            }
        }
    }

    private void printBoard(PrintWriter out) {
        console.refresh().ifPresent(problem -> problem.lines().forEach(out::println));
        BoardText.lines(console.board(), ACTIONS).forEach(out::println);
    }
}
