package org.examengine.report;

import java.util.Locale;

/**
 * Text made safe for HTML and SVG (element text and quoted attributes alike), and numbers written the same
 * way whatever the machine's locale, so a report is the same bytes everywhere.
 */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '}: candidate text and ids can hold anything. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append('\uFFFD'); // control characters are not allowed in XML-compatible output
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
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
