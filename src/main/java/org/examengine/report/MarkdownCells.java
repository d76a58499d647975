package org.examengine.report;

import java.util.List;

/**
 * Markdown table rows. A cell's text is made inert: {@code |} and backslashes escaped, line breaks turned to
 * spaces, other control and format characters (escape sequences, bidirectional overrides) written as a
 * backslash, {@code u} and their code in hex, and characters Markdown would read as markup
 * ({@code * _ ` < > [ ] #}) escaped, so an id or name from a file cannot change the table or inject HTML.
 */
final class MarkdownCells {

    private MarkdownCells() {
    }

    static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        return out.append('\n').toString();
    }

    /** A header row and its alignment row: {@code align} has an {@code l} or {@code r} per column. */
    static String header(String align, List<String> titles) {
        if (align.length() != titles.size()) {
            throw new IllegalArgumentException(align + " for " + titles.size() + " columns");
        }
        StringBuilder line = new StringBuilder("|");
        for (char a : align.toCharArray()) {
            line.append(a == 'r' ? "---:|" : "---|");
        }
        return row(titles) + line + "\n";
    }

    static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else if ("|\\*_`<>[]#".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
