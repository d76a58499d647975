package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The key map, through a JLine terminal fed bytes as a keyboard (and a terminal's paste) would send them. */
class KeysTest {

    /** Everything the bytes make, read as the view reads it, until the input ends. */
    private static List<KeyInput> keys(String bytes) throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm",
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            Attributes raw = terminal.enterRawMode();
            raw = new Attributes(terminal.getAttributes());
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            KeyMap<Action> map = Keys.keyMap(terminal);
            Keys.KeyReader reader = new Keys.KeyReader(terminal.reader());
            List<KeyInput> out = new ArrayList<>();
            for (KeyInput k = Keys.read(reader, map); k != null; k = Keys.read(reader, map)) {
                out.add(k);
            }
            return out;
        }
    }

    private static List<Action> actions(String bytes) throws IOException {
        return keys(bytes).stream().map(KeyInput::action).toList();
    }

    @Test
    void controlKeysMoveBetweenQuestionsAndOpenTheDialogs() throws IOException {
        assertThat(actions("\016\020\007\006\024\030\013\022\023\021\014"))
                .containsExactly(Action.NEXT, Action.PREVIOUS, Action.LIST, Action.FLAG, Action.CLOCK, Action.SUBMIT,
                        Action.HELP, Action.READ, Action.SAVE, Action.LEAVE, Action.REDRAW);
        assertThat(actions("\033OP\033OQ")).containsExactly(Action.HELP, Action.LIST);
    }

    @Test
    void editingKeysInBothCursorModes() throws IOException {
        assertThat(actions("\033[A\033OB\033[C\033OD\033[H\033[F\033[5~\033[6~\033[3~\177\r"))
                .containsExactly(Action.UP, Action.DOWN, Action.RIGHT, Action.LEFT, Action.HOME, Action.END,
                        Action.PAGE_UP, Action.PAGE_DOWN, Action.DELETE, Action.BACKSPACE, Action.NEWLINE);
    }

    @Test
    void ctrlCCtrlZAndCtrlDArriveAsKeysNotSignals() throws IOException {
        List<KeyInput> keys = keys("\003\032\004");
        assertThat(keys).extracting(KeyInput::action).containsOnly(Action.INTERRUPT).hasSize(3);
        assertThat(keys).extracting(KeyInput::name).containsExactly("Ctrl-C", "Ctrl-Z", "Ctrl-D");
    }

    @Test
    void typedTextIsTextWhateverTheScript() throws IOException {
        assertThat(keys("Hé 漢😀\t")).extracting(KeyInput::text).containsExactly("H", "é", " ", "漢", "😀", "\t");
        assertThat(actions("Hé 漢😀\t")).containsOnly(Action.TYPE);
    }

    @Test
    void aBracketedPasteIsOneLiteralTextEscapesAndControlsIncluded() throws IOException {
        String pasted = "line one\rline two\r\n\033[2J\003\016 \033[201";
        List<KeyInput> keys = keys("x" + Keys.PASTE_START + pasted + Keys.PASTE_END + "\016");
        assertThat(keys).extracting(KeyInput::action).containsExactly(Action.TYPE, Action.PASTE, Action.NEXT);
        assertThat(keys.get(1).text()).as("CR from the terminal is a line break; all else as pasted")
                .isEqualTo("line one\nline two\n\033[2J\003\016 \033[201");
    }

    @Test
    void aPasteCutShortByTheEndOfInputKeepsWhatArrived() throws IOException {
        List<KeyInput> keys = keys(Keys.PASTE_START + "half a pas");
        assertThat(keys).containsExactly(new KeyInput(Action.PASTE, "half a pas"));
    }

    @Test
    void unknownEscapeSequencesAreIgnoredNotTyped() throws IOException {
        List<KeyInput> keys = keys("\033[24~a\033[1;2Pb\033Oxc");
        assertThat(keys).extracting(KeyInput::action).doesNotContain(Action.PASTE).endsWith(Action.TYPE);
        assertThat(keys).filteredOn(k -> k.action() == Action.TYPE).extracting(KeyInput::text)
                .containsExactly("a", "b", "c");
    }
}
