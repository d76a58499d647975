package org.examengine.sitting;

import java.util.EnumMap;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * A terminal taken over for a full-screen program, as JLine's TTop does it, and given back exactly as it was:
 * raw mode, the program's signal handlers, the alternate screen (or a cleared one), keypad keys; {@link #close}
 * undoes each, whatever happened in between. Shared by the sitting, the invigilator's board and the review.
 */
public final class RawScreen implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes before;
    private final Map<Terminal.Signal, Terminal.SignalHandler> replaced = new EnumMap<>(Terminal.Signal.class);

    private RawScreen(Terminal terminal, Map<Terminal.Signal, Terminal.SignalHandler> handlers, boolean controlKeysAsInput) {
        this.terminal = terminal;
        handlers.forEach((signal, handler) -> replaced.put(signal, terminal.handle(signal, handler)));
        this.before = terminal.enterRawMode();
        if (controlKeysAsInput) {
            // Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S/Q arrive as keys instead of signals or flow control
            Attributes raw = new Attributes(terminal.getAttributes());
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            raw.setInputFlag(Attributes.InputFlag.IXON, false);
            terminal.setAttributes(raw);
        }
        if (!terminal.puts(Capability.enter_ca_mode)) {
            terminal.puts(Capability.clear_screen);
        }
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
    }

    /**
     * Takes the terminal over, installing {@code handlers} (the ones they replace come back on close).
     * @param controlKeysAsInput whether the control keys that would signal or stop output come in as keys
     */
    public static RawScreen enter(Terminal terminal, Map<Terminal.Signal, Terminal.SignalHandler> handlers,
                                  boolean controlKeysAsInput) {
        return new RawScreen(terminal, handlers, controlKeysAsInput);
    }

    /** Binds the key the terminal's own description gives for {@code capability}, when it gives one. */
    public static <K> void bindCapability(KeyMap<K> keys, Terminal terminal, K key, Capability capability) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(key, sequence);
        }
    }

    @Override
    public void close() {
        try {
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.cursor_visible);
            if (!terminal.puts(Capability.exit_ca_mode)) {
                terminal.puts(Capability.clear_screen);
            }
            terminal.flush();
        } finally {
            terminal.setAttributes(before);
            replaced.forEach((signal, handler) -> {
                if (handler != null) {
                    terminal.handle(signal, handler);
                }
            });
        }
    }
}
