package org.examengine.sitting;

import static org.jline.keymap.KeyMap.ctrl;
import static org.jline.keymap.KeyMap.del;
import static org.jline.keymap.KeyMap.esc;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The keys of the full-screen sitting, bound in one place, and reading them: a key becomes a {@link KeyInput};
 * a bracketed paste ({@code ESC[200~} ... {@code ESC[201~}) becomes one input of literal text, whatever it holds,
 * control characters and escape sequences included, so nothing pasted is ever taken as a key.
 */
final class Keys {

    static final String PASTE_START = "\033[200~";
    static final String PASTE_END = "\033[201~";
    /** How long a lone Esc waits to be sure it is not the start of a longer key. */
    static final long ESC_WAIT_MILLIS = 150;
    /** The longest escape sequence a terminal sends for a key: longer, and the rest is read as keys again. */
    static final int MAX_SEQUENCE = 16;

    private Keys() {
    }

    static KeyMap<Action> keyMap(Terminal terminal) {
        KeyMap<Action> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(ESC_WAIT_MILLIS);
        keys.setUnicode(Action.TYPE);
        keys.setNomatch(Action.IGNORE);
        keys.bind(Action.TYPE, KeyMap.range(" -~"));
        keys.bind(Action.TYPE, ctrl('I'));
        keys.bind(Action.PASTE, PASTE_START);
        keys.bind(Action.NEWLINE, "\r", "\n");
        keys.bind(Action.BACKSPACE, del(), ctrl('H'));
        keys.bind(Action.DELETE, "\033[3~");
        keys.bind(Action.UP, "\033[A", "\033OA");
        keys.bind(Action.DOWN, "\033[B", "\033OB");
        keys.bind(Action.RIGHT, "\033[C", "\033OC");
        keys.bind(Action.LEFT, "\033[D", "\033OD");
        keys.bind(Action.HOME, "\033[H", "\033OH", "\033[1~", "\033[7~");
        keys.bind(Action.END, "\033[F", "\033OF", "\033[4~", "\033[8~");
        keys.bind(Action.PAGE_UP, "\033[5~");
        keys.bind(Action.PAGE_DOWN, "\033[6~");
        keys.bind(Action.NEXT, ctrl('N'), "\033[6;5~");
        keys.bind(Action.PREVIOUS, ctrl('P'), "\033[5;5~");
        keys.bind(Action.LIST, ctrl('G'), "\033OQ", "\033[12~");
        keys.bind(Action.FLAG, ctrl('F'));
        keys.bind(Action.CLOCK, ctrl('T'));
        keys.bind(Action.SUBMIT, ctrl('X'));
        keys.bind(Action.HELP, ctrl('K'), "\033OP", "\033[11~");
        keys.bind(Action.READ, ctrl('R'));
        keys.bind(Action.SAVE, ctrl('S'));
        keys.bind(Action.LEAVE, ctrl('Q'));
        keys.bind(Action.CANCEL, esc());
        keys.bind(Action.REDRAW, ctrl('L'));
        keys.bind(Action.INTERRUPT, ctrl('C'), ctrl('Z'), ctrl('\\'), ctrl('D'));
        RawScreen.bindCapability(keys, terminal, Action.UP, Capability.key_up);
        RawScreen.bindCapability(keys, terminal, Action.DOWN, Capability.key_down);
        RawScreen.bindCapability(keys, terminal, Action.LEFT, Capability.key_left);
        RawScreen.bindCapability(keys, terminal, Action.RIGHT, Capability.key_right);
        RawScreen.bindCapability(keys, terminal, Action.HOME, Capability.key_home);
        RawScreen.bindCapability(keys, terminal, Action.END, Capability.key_end);
        RawScreen.bindCapability(keys, terminal, Action.PAGE_UP, Capability.key_ppage);
        RawScreen.bindCapability(keys, terminal, Action.PAGE_DOWN, Capability.key_npage);
        RawScreen.bindCapability(keys, terminal, Action.DELETE, Capability.key_dc);
        RawScreen.bindCapability(keys, terminal, Action.BACKSPACE, Capability.key_backspace);
        RawScreen.bindCapability(keys, terminal, Action.HELP, Capability.key_f1);
        RawScreen.bindCapability(keys, terminal, Action.LIST, Capability.key_f2);
        return keys;
    }


    /** The next key, or null at the end of input. Blocks until a whole key (or paste) has arrived. */
    static KeyInput read(KeyReader reader, KeyMap<Action> keys) {
        try {
            Action action = reader.readBinding(keys);
            if (action == null) {
                return null;
            }
            if (action == Action.PASTE) {
                String pasted = pasted(reader);
                return pasted == null ? null : new KeyInput(Action.PASTE, pasted);
            }
            if (esc().equals(reader.getLastBinding()) && reader.dropUnknownSequence()) {
                return KeyInput.of(Action.IGNORE);
            }
            return new KeyInput(action, reader.getLastBinding() == null ? "" : reader.getLastBinding());
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /**
     * The text up to the end of the paste, exactly as it came except for line ends: terminals send a pasted line
     * break as CR, which is stored as the line break Enter makes. Null when the input ends mid-paste.
     */
    private static String pasted(KeyReader reader) {
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = reader.readCharacter();
            if (c < 0) {
                return text.length() == 0 ? null : lineEnds(text.toString());
            }
            text.appendCodePoint(c);
            if (text.length() >= PASTE_END.length() && text.lastIndexOf(PASTE_END) == text.length() - PASTE_END.length()) {
                return lineEnds(text.substring(0, text.length() - PASTE_END.length()));
            }
        }
    }

    private static String lineEnds(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A binding reader that can drop the rest of an escape sequence no binding knows. */
    static final class KeyReader extends BindingReader {

        KeyReader(NonBlockingReader reader) {
            super(reader);
        }

        /**
         * After an Esc, whether what follows is the rest of a key the map does not know (F12 sends
         * {@code ESC[24~}): if so it is read and dropped, so that it is neither Esc nor typed into the answer.
         * The rest may wait in the reader's buffer of a failed match, or still be on its way.
         */
        boolean dropUnknownSequence() {
            int next = !opBuffer.isEmpty() ? opBuffer.codePointAt(0) : peekCharacter(1);
            if (next != '[' && next != 'O') {
                return false;
            }
            next();
            if (next == 'O') {
                next();
                return true;
            }
            for (int i = 0; i < MAX_SEQUENCE; i++) {
                int c = next();
                if (c < 0x20 || c > 0x3f) {
                    break;
                }
            }
            return true;
        }

        private int next() {
            if (opBuffer.isEmpty()) {
                return readCharacter();
            }
            int c = opBuffer.codePointAt(0);
            opBuffer.delete(0, Character.charCount(c));
            return c;
        }
    }
}
