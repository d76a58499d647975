package org.examengine.sitting;

/**
 * Candidate text made safe to show on a terminal: control characters (escape included) in caret form
 * ({@code ^[}, {@code ^G}, {@code ^?}), C1 controls and the direction overrides that could reorder a line as
 * {@code <U+202E>}, a tab as spaces. What is stored is never changed, only what is shown.
 */
public final class SafeText {

    private SafeText() {
    }

    /** One line (no line breaks expected; a stray CR or LF is shown as a control too). */
    public static String visible(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    /** Whether the character is shown other than as itself. */
    public static boolean hidden(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || bidiControl(cp);
    }

    private static void append(StringBuilder out, int cp) {
        if (cp == '\t') {
            out.append("    ");
        } else if (cp < 0x20) {
            out.append('^').append((char) (cp + 64));
        } else if (cp == 0x7f) {
            out.append("^?");
        } else if ((cp >= 0x80 && cp < 0xa0) || bidiControl(cp)) {
            out.append(String.format("<U+%04X>", cp));
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static boolean bidiControl(int cp) {
        return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f;
    }
}
