package org.examengine.marking;

/** Text from an input file made fit for a one-line message: control characters escaped, long text cut. */
final class Shown {

    private static final int MAX_CODE_POINTS = 60;

    private Shown() {
    }

    /** A character that has no place in a one-line message: C0 and C1 controls and the line separators. */
    static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    static String text(String text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (shown++ == MAX_CODE_POINTS) {
                return out.append('…').toString();
            }
            int c = text.codePointAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
