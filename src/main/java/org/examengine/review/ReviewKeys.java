package org.examengine.review;

import org.examengine.sitting.RawScreen;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The full screen's keys: several sequences per action, the terminal's own arrow and page keys among them. */
final class ReviewKeys {

    enum Key { INSERT, ENTER, BACKSPACE, CANCEL, LEFT, RIGHT, UP, DOWN, PAGE_UP, PAGE_DOWN, REDRAW, QUIT, EOF, NONE }

    private ReviewKeys() {
    }

    static KeyMap<Key> of(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setUnicode(Key.INSERT);
        keys.setNomatch(Key.NONE);
        keys.setAmbiguousTimeout(150);
        keys.bind(Key.INSERT, KeyMap.range(" -~"));
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.CANCEL, KeyMap.esc(), KeyMap.ctrl('G'), KeyMap.ctrl('U'));
        keys.bind(Key.LEFT, "\033[D", "\033OD");
        keys.bind(Key.RIGHT, "\033[C", "\033OC");
        keys.bind(Key.UP, "\033[A", "\033OA");
        keys.bind(Key.DOWN, "\033[B", "\033OB");
        keys.bind(Key.PAGE_UP, "\033[5~");
        keys.bind(Key.PAGE_DOWN, "\033[6~");
        keys.bind(Key.REDRAW, KeyMap.ctrl('L'));
        keys.bind(Key.QUIT, KeyMap.ctrl('C'));
        keys.bind(Key.EOF, KeyMap.ctrl('D'));
        RawScreen.bindCapability(keys, terminal, Key.LEFT, Capability.key_left);
        RawScreen.bindCapability(keys, terminal, Key.RIGHT, Capability.key_right);
        RawScreen.bindCapability(keys, terminal, Key.UP, Capability.key_up);
        RawScreen.bindCapability(keys, terminal, Key.DOWN, Capability.key_down);
        RawScreen.bindCapability(keys, terminal, Key.PAGE_UP, Capability.key_ppage);
        RawScreen.bindCapability(keys, terminal, Key.PAGE_DOWN, Capability.key_npage);
        return keys;
    }

}
