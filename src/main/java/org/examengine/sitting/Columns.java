package org.examengine.sitting;

import org.jline.utils.WCWidth;

/**
 * Terminal columns of text already made safe by {@link SafeText}: wide characters (CJK, most emoji) take two
 * columns, combining marks none. Cutting and padding count columns, never chars, so a line of Chinese or emoji
 * fits the screen as well as one of Latin letters.
 */
final class Columns {

    static final String ELLIPSIS = "…";

    private Columns() {
    }

    static int of(int codePoint) {
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    static int of(String shown) {
        return shown.codePoints().map(Columns::of).sum();
    }

    /** The chars of {@code shown} that fit in {@code width} columns, never splitting a character. */
    static int fittingChars(String shown, int width) {
        int used = 0;
        int i = 0;
        while (i < shown.length()) {
            int cp = shown.codePointAt(i);
            if (used + of(cp) > width) {
                break;
            }
            used += of(cp);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** At most {@code width} columns: the text itself when it fits, else its start and an ellipsis. */
    static String cut(String shown, int width) {
        if (width <= 0) {
            return "";
        }
        if (of(shown) <= width) {
            return shown;
        }
        return shown.substring(0, fittingChars(shown, width - 1)) + ELLIPSIS;
    }

    /** Exactly {@code width} columns: cut, then padded with spaces. */
    static String fit(String shown, int width) {
        String cut = cut(shown, width);
        return cut + " ".repeat(Math.max(0, width - of(cut)));
    }

    /** The text in the middle of {@code width} columns. */
    static String centred(String shown, int width) {
        String cut = cut(shown, width);
        return " ".repeat(Math.max(0, (width - of(cut)) / 2)) + cut;
    }
}
