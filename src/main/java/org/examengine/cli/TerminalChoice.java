package org.examengine.cli;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * What the terminal programs (sit, invigilate, review) and explain decide alike about the terminal: whether colour
 * is wanted, and whether only plain lines will do.
 */
final class TerminalChoice {

    private TerminalChoice() {
    }

    /** Colour unless NO_COLOR is set and not empty, as no-color.org says. */
    static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    /**
     * Whether the terminal can only take plain lines: a dumb one, or one that cannot place the cursor (its type is
     * not known), where a full screen would only garble.
     */
    static boolean plainOnly(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                || terminal.getStringCapability(InfoCmp.Capability.cursor_address) == null;
    }
}
