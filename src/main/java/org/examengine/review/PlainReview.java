package org.examengine.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.examengine.sitting.SafeText;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The review as plain lines, for a screen reader or a dumb terminal: each answer's page printed once when it is
 * reached (and again on {@code r}), then one command a line. Never a cursor movement, colour or any other escape
 * sequence; candidate text goes through {@link SafeText}. The terminal stays in its line mode.
 */
public final class PlainReview {

    private final Terminal terminal;
    private final ReviewWalk walk;
    private final ReviewPage pages;
    private final PrintWriter out;
    private final StringBuilder line = new StringBuilder();
    private boolean afterCarriageReturn;

    public PlainReview(Terminal terminal, ReviewWalk walk, ReviewPage pages) {
        this.terminal = terminal;
        this.walk = walk;
        this.pages = pages;
        this.out = terminal.writer();
    }

    /** Runs until the examiner finishes or leaves ({@code q}, end of input). */
    public ReviewOutcome run() {
        out.println(walk.size() + " answer(s) to review, " + walk.decided() + " decided. Type ? for the commands.");
        show();
        while (true) {
            out.print(walk.atEnd() ? "f finishes, b goes back, q leaves: " : ReviewText.markPrompt(walk));
            out.flush();
            String typed = readLine();
            if (typed == null) {
                out.println();
                out.flush();
                return ReviewOutcome.QUIT;
            }
            ReviewOutcome outcome = handle(typed.strip());
            if (outcome != null) {
                return outcome;
            }
        }
    }

    private ReviewOutcome handle(String typed) {
        int before = walk.position();
        String word = typed.isEmpty() ? "" : typed.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        String rest = typed.contains(" ") ? typed.substring(typed.indexOf(' ') + 1).strip() : "";
        if (!typed.isEmpty() && Character.isDigit(typed.charAt(0))) {
            if (walk.atEnd()) {
                say(new ReviewWalk.Reply(false, "This is the end of the list: b goes back to the last answer."));
            } else {
                say(walk.enter(word, rest.isEmpty() ? null : rest));
            }
        } else {
            switch (word) {
                case "" -> {
                    if (walk.atEnd()) {
                        return confirmFinish();
                    }
                    say(walk.enter(""));
                }
                case "c", "comment" -> say(walk.comment(rest));
                case "n", "next", "s", "skip" -> walk.next();
                case "p", "prev", "previous", "b", "back" -> walk.back();
                case "g", "go" -> go(rest);
                case "u", "undo" -> say(walk.clear());
                case "r", "read", "again" -> show();
                case "f", "finish" -> {
                    return confirmFinish();
                }
                case "q", "quit" -> {
                    return ReviewOutcome.QUIT;
                }
                case "?", "h", "help" -> ReviewHelp.plain().forEach(out::println);
                default -> out.println("'" + SafeText.visible(typed) + "' is not a command: ? lists them.");
            }
        }
        if (walk.position() != before) {
            show();
        }
        return null;
    }

    private void go(String where) {
        if (where.isEmpty()) {
            walk.firstUndecided();
            return;
        }
        try {
            say(walk.go(Integer.parseInt(where)));
        } catch (NumberFormatException e) {
            out.println("'" + SafeText.visible(where) + "' is not an answer number: g 12 goes to answer 12.");
        }
    }

    private ReviewOutcome confirmFinish() {
        int left = walk.size() - walk.decided();
        if (left == 0) {
            return ReviewOutcome.FINISH;
        }
        out.print(left + " answer(s) are undecided and keep the marker's mark. Finish now? (y/n) ");
        out.flush();
        String answer = readLine();
        if (answer == null) {
            return ReviewOutcome.QUIT;
        }
        if (answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
            return ReviewOutcome.FINISH;
        }
        out.println("Not finished.");
        return null;
    }

    private void say(ReviewWalk.Reply reply) {
        if (!reply.message().isEmpty()) {
            out.println(reply.message());
        }
    }

    private void show() {
        out.println();
        out.println("== " + ReviewText.progress(walk) + " ==");
        List<TextLine> lines = walk.atEnd() ? ReviewText.endPage(walk)
                : pages.lines(walk.current(), walk.decision(walk.current()), walk.pendingComment());
        lines.forEach(l -> out.println(l.plain()));
        out.flush();
    }

    /** The next line typed (CR, LF or CR LF ends it), or null at the end of input. */
    private String readLine() {
        NonBlockingReader reader = terminal.reader();
        while (true) {
            int c;
            try {
                c = reader.read();
            } catch (IOException e) {
                c = NonBlockingReader.EOF;
            }
            if (c == NonBlockingReader.EOF) {
                if (line.length() == 0) {
                    return null;
                }
                String last = line.toString();
                line.setLength(0);
                return last;
            }
            if (c == NonBlockingReader.READ_EXPIRED || (c == '\n' && afterCarriageReturn)) {
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                String done = line.toString();
                line.setLength(0);
                return done;
            }
            line.append((char) c);
        }
    }
}
