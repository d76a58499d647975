package org.examengine.sitting;

import java.io.IOError;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The sitting as plain sequential text, for screen readers and dumb terminals: no cursor movement, no colour,
 * no redrawing, no escape sequence at all; lines written once, in order. The terminal stays in its normal
 * line mode (the candidate edits a line before Enter as anywhere else); lines starting with a colon are
 * commands ({@code :help} lists them), any other line is added to the answer and saved before "Saved" is said.
 * Time is said at the start, the warnings, the phase changes, pauses, time added and the submission, and when
 * asked ({@code :time}); never every second.
 */
public final class PlainView implements SittingView {

    /** How long a read waits for typing before the clock is moved again. */
    static final Duration POLL = Duration.ofMillis(250);

    private static final List<Terminal.Signal> CAUGHT = List.of(Terminal.Signal.INT, Terminal.Signal.TSTP);
    /**
     * A control character switched off, so its key is typed like any other: Linux's _POSIX_VDISABLE, and what
     * JLine's stty-based terminals write as "undef". (macOS disables with 0xff; there 0 moves the job to Ctrl-@.)
     */
    private static final int DISABLED = 0;

    private final Terminal terminal;
    private final PlainOutput out;
    private final PlainInput in;
    private final Duration poll;
    private final Attributes original;
    private final Map<Terminal.Signal, Terminal.SignalHandler> replaced = new EnumMap<>(Terminal.Signal.class);
    private final Queue<Terminal.Signal> caught = new ConcurrentLinkedQueue<>();
    private boolean guarded;
    private boolean resumed;

    /** {@code colour} is accepted for the common view interface; plain mode never uses colour. */
    public PlainView(Terminal terminal, boolean colour) {
        this(terminal, POLL);
    }

    PlainView(Terminal terminal, Duration poll) {
        this.terminal = terminal;
        this.out = new PlainOutput(terminal);
        this.in = new PlainInput(terminal.reader());
        this.poll = poll;
        this.original = terminal.getAttributes();
        guardLineMode();
        for (Terminal.Signal signal : CAUGHT) {
            replaced.put(signal, terminal.handle(signal, caught::add));
        }
    }

    /**
     * Keeps the normal line mode but makes sure a pasted escape sequence is echoed as {@code ^[} rather than
     * acted on (ECHOCTL), that Ctrl-D is not taken as the end of input (which would end the sitting), and that
     * Ctrl-\ does not make the Java runtime print its threads over the exam. {@link #close} puts it all back.
     */
    private void guardLineMode() {
        if (!original.getLocalFlag(Attributes.LocalFlag.ICANON)) {
            return; // not a terminal in line mode (a pipe, a test): nothing echoes or takes Ctrl-D but this program
        }
        Attributes safer = new Attributes(original);
        safer.setLocalFlag(Attributes.LocalFlag.ECHOCTL, true);
        safer.setControlChar(Attributes.ControlChar.VEOF, DISABLED);
        safer.setControlChar(Attributes.ControlChar.VQUIT, DISABLED);
        try {
            terminal.setAttributes(safer);
            guarded = true;
        } catch (IOError | RuntimeException e) {
            // a terminal that cannot take them still works: these guards only make slips harmless
        }
    }

    @Override
    public boolean confirm(StartDetails details) {
        resumed = details.resumed().isPresent();
        out.lines(PlainText.details(details));
        while (true) {
            tellInterruptions();
            PlainInput.Read read = in.next(poll);
            if (read.kind() == PlainInput.Kind.ENDED) {
                return false;
            }
            if (read.kind() == PlainInput.Kind.LINE) {
                boolean yes = read.line().strip().equalsIgnoreCase("yes");
                if (!yes) {
                    out.lines("Not begun. Tell the invigilator if these details are wrong.");
                }
                return yes;
            }
        }
    }

    @Override
    public Ending run(SittingSession session) {
        return new PlainSitting(session, out, in, poll, this::tellInterruptions).run(resumed);
    }

    /** Says, for each Ctrl-C or Ctrl-Z caught, that nothing was lost and how the invigilator can leave. */
    private void tellInterruptions() {
        Terminal.Signal signal;
        while ((signal = caught.poll()) != null) {
            String what = signal == Terminal.Signal.INT ? "Ctrl-C does not stop the exam"
                    : "Ctrl-Z does not pause the exam; your clock is still running";
            out.notice(List.of(what + ". Every line you have entered is saved. If you must leave, the invigilator "
                    + "types :leave and then LEAVE."));
        }
    }

    @Override
    public void close() {
        replaced.forEach(terminal::handle);
        if (guarded) {
            terminal.setAttributes(original);
            guarded = false;
        }
    }
}
