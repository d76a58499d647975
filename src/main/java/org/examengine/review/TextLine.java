package org.examengine.review;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a review page as plain values: runs of text, each with a style; a highlighted run names the
 * grid point it earned, which plain mode writes after it in brackets. Text here is already safe to show.
 */
public record TextLine(List<Run> runs) {

    /** How a run is shown: full screen maps these to bold, reverse or colour; plain mode to nothing or brackets. */
    public enum Style { PLAIN, HEADING, HIGHLIGHT, NOTE, WARNING, DECIDED }

    /** @param label for a highlight, the point it earned (else empty) */
    public record Run(String text, Style style, String label) {
    }

    public TextLine {
        runs = List.copyOf(runs);
    }

    static TextLine of(String text) {
        return of(text, Style.PLAIN);
    }

    static TextLine of(String text, Style style) {
        return new TextLine(List.of(new Run(text, style, "")));
    }

    static TextLine blank() {
        return new TextLine(List.of());
    }

    /** The line in plain text: highlights as {@code [words](point)}, or in quotes when they name no point. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            if (r.style() != Style.HIGHLIGHT) {
                out.append(r.text());
            } else if (r.label().isEmpty()) {
                out.append('"').append(r.text()).append('"');
            } else {
                out.append('[').append(r.text()).append("](").append(r.label()).append(')');
            }
        }
        return out.toString();
    }

    /** A builder for lines of several runs. */
    static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        Builder add(String text, Style style) {
            if (!text.isEmpty()) {
                runs.add(new Run(text, style, ""));
            }
            return this;
        }

        Builder add(String text) {
            return add(text, Style.PLAIN);
        }

        Builder highlight(String text, String label) {
            runs.add(new Run(text, Style.HIGHLIGHT, label));
            return this;
        }

        TextLine build() {
            return new TextLine(runs);
        }
    }
}
