package org.examengine.report;

import java.util.Locale;
import org.examengine.sitting.SafeText;

/**
 * Text made safe for HTML and SVG (element text and quoted attributes alike), and numbers written the same
 * way whatever the machine's locale, so a report is the same bytes everywhere.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '}: candidate text and ids can hold anything. Control characters, escape sequences
     * and direction overrides are first made visible as {@link SafeText} shows them on a terminal ({@code ^[},
     * {@code <U+202E>}), line by line, so an answer reads the same in {@code exam review} and in the report and
     * cannot reorder the page; line breaks are kept. A lone surrogate or a non-character, which XML cannot
     * hold, becomes U+FFFD.
     */
    static String esc(String s) {
        String[] lines = s.replace("\r\n", "\n").split("\n", -1);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                b.append('\n');
            }
            SafeText.visible(lines[l]).codePoints().forEach(cp -> append(b, cp));
        }
        return b.toString();
    }

    private static void append(StringBuilder b, int cp) {
        switch (cp) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> {
                if (Character.isSurrogate((char) cp) && cp <= 0xffff || cp == 0xfffe || cp == 0xffff) {
                    b.append('\uFFFD');
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
    }

    /** A number with this many decimals, a point as separator. */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A coordinate for SVG: at most one decimal, no trailing ".0". */
    static String px(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : fixed(tenths / 10.0, 1);
    }
}
